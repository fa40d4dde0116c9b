// Anonymous reads answered from memory: the same document with the same variables, asked again
// within the TTL, gets the stored result without parsing, validating, executing or touching the
// database (@graphql-yoga/plugin-response-cache, with ETag / If-None-Match → 304 for free).
//
// Why a generation counter rather than the plugin's entity invalidation: a write changes lists and
// searches that held none of the written entities (a new statement enters `statements(first: 50)`,
// a new person makes `persons(search:)` match), so every write made through this server starts a
// new generation, and results of an older generation are never served again. Writes made by
// another process (another replica, `npm run ingest`) show after at most the TTL.
import { createHash, randomBytes } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
import { jsonSizeAtMost } from './budgets.js';
import { createInMemoryCache, useResponseCache, type Cache } from '@graphql-yoga/plugin-response-cache';
import { Kind, type DocumentNode, type ExecutionResult, type OperationDefinitionNode } from 'graphql';

export interface ResponseCacheOptions {
  /** How long a result is served from memory, in ms; 0 turns the cache off. */
  ttlMs: number;
  /** Most results held (least recently used go first). */
  maxEntries?: number;
  /** When reads need an API key, nothing is shared between callers: no cache. */
  privateReads?: boolean;
  /** Largest result stored, in bytes of JSON (about); larger ones are answered, not kept. */
  maxEntryBytes?: number;
}

export const DEFAULT_MAX_CACHED_RESULT_BYTES = 256 * 1024;

export const DEFAULT_RESPONSE_CACHE_ENTRIES = 1_000;

/** The generation a cache key belongs to: the keys are `<generation>:<hash>`. */
const generationOf = (key: string): string => key.slice(0, key.indexOf(':'));

/** A random name per generation: the ETag (the cache key) must not count the server's writes. */
const newGeneration = () => randomBytes(9).toString('base64url');

/** A cache whose keys carry the generation they were made in; a new generation empties it. */
export function generationalCache(maxEntries = DEFAULT_RESPONSE_CACHE_ENTRIES): Cache & { generation(): string; nextGeneration(): void } {
  let generation = newGeneration();
  let inner = createInMemoryCache({ max: maxEntries });
  return {
    generation: () => generation,
    nextGeneration() {
      generation = newGeneration();
      inner = createInMemoryCache({ max: maxEntries });
    },
    // A read that began before a write may finish after it: its result is stored under the old
    // generation, and never served.
    get: (key) => (generationOf(key) === generation ? inner.get(key) : undefined),
    set: (key, ...rest) => (generationOf(key) === generation ? inner.set(key, ...rest) : undefined),
    invalidate: (entities) => inner.invalidate(entities),
  };
}

const operationOf = (document: DocumentNode, operationName?: string | null): string | undefined =>
  document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  )?.operation;

/** How long a caller waits for an identical read in flight before running its own. */
const FOLLOWER_PATIENCE_MS = 30_000;

/**
 * Identical anonymous reads in flight share one execution. When a popular entry expires under
 * load, the callers asking for it at that moment would otherwise all run it at once (a stampede
 * whose slowest request sets the p99); with this, it runs once and they all get its result.
 *
 * It wraps the execute function rather than stopping execution, and comes before the response
 * cache, whose own wrapper therefore runs for every caller: each stores and cleans the shared
 * result as if it had run it (the cache copies, never mutates, what it cleans), and none makes
 * the cache warn that its execute function was skipped.
 */
export function useCoalescedReads(shared: (request: Request) => boolean): Plugin {
  const inFlight = new Map<string, Promise<ExecutionResult | null>>();
  return {
    onExecute: ({ args, executeFn, setExecuteFn }) => {
      const context = args.contextValue as { request?: Request; params?: { query?: string } };
      if (!context.request || !shared(context.request) || operationOf(args.document, args.operationName) !== 'query') return;
      const key = JSON.stringify([context.params?.query ?? '', args.variableValues ?? {}, args.operationName ?? null]);
      setExecuteFn(async (executeArgs) => {
        const leader = inFlight.get(key);
        if (leader) {
          let timer: NodeJS.Timeout | undefined;
          const patience = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), FOLLOWER_PATIENCE_MS)));
          const result = await Promise.race([leader, patience]);
          clearTimeout(timer);
          // No result to share (the leader threw, or took too long): run it ourselves.
          if (result) return result;
          return executeFn(executeArgs);
        }
        let settle!: (result: ExecutionResult | null) => void;
        const mine = new Promise<ExecutionResult | null>((resolve) => (settle = resolve));
        inFlight.set(key, mine);
        try {
          const result = await executeFn(executeArgs);
          settle(Symbol.asyncIterator in (result as object) ? null : (result as ExecutionResult));
          return result;
        } finally {
          // Whatever happened to the leader, its followers are released now.
          settle(null);
          if (inFlight.get(key) === mine) inFlight.delete(key);
        }
      });
    },
  };
}

/** The response cache for anonymous reads, or no plugin at all when the TTL is 0. */
export function useAnonymousResponseCache({ ttlMs, maxEntries, privateReads = false, maxEntryBytes = DEFAULT_MAX_CACHED_RESULT_BYTES }: ResponseCacheOptions): Plugin[] {
  if (ttlMs <= 0 || privateReads) return [];
  const cache = generationalCache(maxEntries);
  // A caller with a key may see more than the public (and is refused writes less): never shared.
  const shared = (request: Request) => !request.headers.get('authorization');
  return [
    // Before the cache: see useCoalescedReads.
    useCoalescedReads(shared),
    useResponseCache({
      session: () => null,
      enabled: shared,
      cache,
      ttl: ttlMs,
      // A thousand entries of a megabyte each would be a gigabyte: large results are not kept.
      shouldCacheResult: ({ result }) => !result.errors?.length && jsonSizeAtMost(result.data, maxEntryBytes) <= maxEntryBytes,
      buildResponseCacheKey: ({ documentString, variableValues, operationName }) =>
        `${cache.generation()}:${createHash('sha256').update(JSON.stringify([documentString, variableValues ?? {}, operationName ?? null])).digest('base64url')}`,
    }),
    {
      // Only a write that committed starts a new generation: a refused or invalid mutation changes
      // nothing, so it must not empty the cache (or show in the ETag). Mutation resolvers call
      // `markWritten` after their transaction commits (src/schema/mutation.ts).
      onExecute: ({ args, extendContext }) => {
        if (operationOf(args.document, args.operationName) !== 'mutation') return;
        let wrote = false;
        extendContext({ markWritten: () => (wrote = true) } as never);
        return {
          onExecuteDone: () => {
            if (wrote) cache.nextGeneration();
          },
        };
      },
    },
  ];
}
