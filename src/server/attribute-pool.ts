// The attribution engine off the event loop: `Query.attribute` runs it in worker threads (piscina),
// so a megabyte of text being read does not stop /healthz or anyone else's request. Each text has
// a time budget (its worker is terminated past it) and the queue is bounded (SERVER_BUSY past it).
import os from 'node:os';
import { GraphQLError } from 'graphql';
import { Piscina } from 'piscina';
import type { Attribution, AttributeOptions } from '../attribution/index.js';

export interface AttributePoolOptions {
  /** Worker threads; default one less than the cores, at least one. */
  threads?: number;
  /** Texts waiting for a thread before SERVER_BUSY; default 4 per thread. */
  maxQueue?: number;
  /** Longest a text may take, in ms; default 10 s. */
  timeBudgetMs?: number;
}

export const DEFAULT_ATTRIBUTE_TIME_BUDGET_MS = 10_000;
const RETRY_AFTER = 2;

/** What the worker answers (src/server/attribute-worker.mjs). */
interface WorkerAnswer {
  attribution: Attribution;
  errors: { stage: string; error: { name?: string; message: string; stack?: string } }[];
}

export type AttributeRunner = (text: string, options: AttributeOptions) => Promise<Attribution>;

export interface AttributePool {
  run: AttributeRunner;
  destroy(): Promise<void>;
}

export function createAttributePool(options: AttributePoolOptions = {}): AttributePool {
  const threads = options.threads ?? Math.max(1, os.availableParallelism() - 1);
  const timeBudgetMs = options.timeBudgetMs ?? DEFAULT_ATTRIBUTE_TIME_BUDGET_MS;
  let pool: Piscina | null = null;
  let warm: Promise<unknown> | null = null;
  const poolOf = () => {
    if (!pool) {
      pool = new Piscina({
        filename: new URL('./attribute-worker.mjs', import.meta.url).href,
        minThreads: threads,
        maxThreads: threads,
        maxQueue: options.maxQueue ?? 4 * threads,
      });
      // A new thread loads (and, under tsx, compiles) the engine first: seconds on a busy machine,
      // which must not count against a text's time budget.
      const p = pool;
      warm = Promise.all(Array.from({ length: threads }, () => p.run({ text: 'قال', options: {} }))).catch(() => {});
    }
    return pool;
  };
  return {
    run: async (text, attributeOptions) => {
      const p = poolOf();
      if (p.queueSize >= p.options.maxQueue) throw busy();
      await warm;
      try {
        const { onError, ...rest } = attributeOptions;
        const out = (await p.run({ text, options: rest }, { signal: AbortSignal.timeout(timeBudgetMs) })) as WorkerAnswer;
        for (const { stage, error } of out.errors) onError?.({ stage, error: Object.assign(new Error(error.message), error) });
        return out.attribution;
      } catch (error) {
        const name = (error as { name?: string })?.name;
        if (name === 'AbortError' || name === 'TimeoutError') {
          throw new GraphQLError(`The text took longer than ${timeBudgetMs / 1000} s to read and was given up; send a shorter text.`, {
            extensions: { code: 'ATTRIBUTION_TIMEOUT', http: { status: 503, headers: { 'retry-after': String(RETRY_AFTER) } } },
          });
        }
        if (/queue is at limit/i.test(String((error as Error)?.message))) throw busy();
        throw error;
      }
    },
    destroy: async () => {
      const p = pool;
      pool = null;
      warm = null;
      await p?.destroy();
    },
  };
}

function busy(): GraphQLError {
  return new GraphQLError('The server is reading as many texts as it can at the moment; try again shortly.', {
    extensions: { code: 'SERVER_BUSY', retryAfter: RETRY_AFTER, http: { status: 503, headers: { 'retry-after': String(RETRY_AFTER) } } },
  });
}

/** One pool per process: every server of the process (tests start several) shares its threads. */
let shared: AttributePool | null = null;
export function sharedAttributePool(options: AttributePoolOptions = {}): AttributePool {
  return (shared ??= createAttributePool(options));
}
