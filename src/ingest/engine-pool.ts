// The engine in worker threads (piscina): attribute() off the main thread, several texts at once.
// One pool module for every caller that must not block its event loop on the engine: `npm run
// ingest` (a batch's texts in parallel, while the main thread writes the previous batch) and the
// API. The engine is pure and synchronous (src/attribution), so a worker holds no state but its
// warm caches; a result crosses back by structured clone (a few kB per article).
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { AttributeOptions, Attribution } from '../attribution/types.js';
import type { AttributeFn } from './engine.js';
import type { EngineTask, EngineTaskResult } from './engine-worker.js';

export interface EnginePoolOptions {
  /** Worker threads (default: the machine's cores less one, at least one). */
  threads?: number;
  /** Tasks waiting for a thread before `attribute` rejects (default: unbounded). */
  maxQueue?: number;
}

export interface EnginePool {
  /** attribute() in a worker thread; the same result as the in-process engine's. */
  attribute: AttributeFn;
  readonly threads: number;
  /** Tasks waiting for a thread now. */
  readonly queued: number;
  close(): Promise<void>;
}

export function defaultEngineThreads(): number {
  return Math.max(1, (os.availableParallelism?.() ?? os.cpus().length) - 1);
}

/**
 * The worker is TypeScript, run through tsx as the rest of the project is. A worker inherits the
 * parent's execArgv, which holds tsx's loader under `npm run`/`tsx`; elsewhere (vitest, plain
 * node with a loader of its own) it is added.
 */
function workerExecArgv(): string[] {
  const hasTsx = process.execArgv.some((a) => a.includes('tsx'));
  return hasTsx ? process.execArgv : [...process.execArgv, '--import', 'tsx'];
}

export function createEnginePool(options: EnginePoolOptions = {}): EnginePool {
  const threads = Math.max(1, Math.floor(options.threads ?? defaultEngineThreads()));
  const pool = new Piscina<EngineTask, EngineTaskResult>({
    filename: fileURLToPath(new URL('./engine-worker.ts', import.meta.url)),
    minThreads: threads,
    maxThreads: threads,
    maxQueue: options.maxQueue ?? Infinity,
    execArgv: workerExecArgv(),
    // Ingest runs one task per article: a thread is kept busy rather than idled between them.
    idleTimeout: 30_000,
  });
  return {
    attribute: async (text: string, opts: AttributeOptions): Promise<Attribution> => {
      const { onError, ...options } = opts;
      const { attribution, errors } = await pool.run({ text, options });
      for (const { stage, error } of errors) {
        const rebuilt = typeof error === 'string' ? error : Object.assign(new Error(error.message), { name: error.name, stack: error.stack });
        onError?.({ stage, error: rebuilt });
      }
      return attribution;
    },
    threads,
    get queued() {
      return pool.queueSize;
    },
    close: () => pool.destroy(),
  };
}
