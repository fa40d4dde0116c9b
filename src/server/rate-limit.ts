// Rate limits: a token bucket per anonymous client (keyed by IP address) on every GraphQL request,
// and one per API key (keyed by a hash of the key) on writes. A client over its limit gets HTTP 429
// with Retry-After and a RATE_LIMITED error. Buckets live in memory: one process, one set of limits.

import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { GraphQLError, Kind, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** A token bucket: `capacity` tokens, refilled at `perMinute` per minute. */
export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly ratePerMs: number;

  constructor(
    readonly perMinute: number,
    readonly capacity = perMinute,
    private readonly now: () => number = Date.now,
    /** Most clients remembered; the least recently seen are forgotten beyond it. */
    private readonly maxKeys = 50_000,
  ) {
    this.ratePerMs = perMinute / 60_000;
  }

  /** Takes a token for `key`: 0 when granted, otherwise the seconds to wait before the next one. */
  take(key: string): number {
    const now = this.now();
    let bucket = this.buckets.get(key);
    if (bucket) {
      this.buckets.delete(key); // re-inserted below: the Map keeps recency order
      bucket.tokens = Math.min(this.capacity, bucket.tokens + (now - bucket.at) * this.ratePerMs);
      bucket.at = now;
    } else {
      bucket = { tokens: this.capacity, at: now };
      if (this.buckets.size >= this.maxKeys) this.buckets.delete(this.buckets.keys().next().value!);
    }
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.ratePerMs / 1000));
  }

  get size(): number {
    return this.buckets.size;
  }
}

export interface RateLimitOptions {
  /** GraphQL requests per minute per IP address without a valid API key; 0 disables. */
  anonymousPerMinute: number;
  /** Mutations per minute per API key; 0 disables. */
  writesPerMinute: number;
  /**
   * The caller's API key when the request carries a valid one (anonymous requests otherwise).
   * Only the key's hash is kept.
   */
  apiKeyOf?: (request: Request) => string | null | undefined;
  /** Take the client address from X-Forwarded-For (behind a trusted reverse proxy). */
  trustProxy?: boolean;
  /** Path of the GraphQL endpoint: other paths (/healthz, /metrics) are not limited. */
  graphqlPath?: string;
  now?: () => number;
}

export function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 32);
}

/** The client's address: the socket's peer, or the first X-Forwarded-For hop behind a trusted proxy. */
export function clientAddress(request: Request, serverContext: unknown, trustProxy = false): string {
  if (trustProxy) {
    const forwarded = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  const req = (serverContext as { req?: IncomingMessage } | undefined)?.req;
  return req?.socket?.remoteAddress ?? 'local';
}

export function rateLimitedError(retryAfter: number, what: string): GraphQLError {
  return new GraphQLError(`Too many ${what}; retry in ${retryAfter} s.`, {
    extensions: { code: 'RATE_LIMITED', retryAfter, http: { status: 429, headers: { 'retry-after': String(retryAfter) } } },
  });
}

function operationOf(document: DocumentNode, name: string | null | undefined): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return name ? operations.find((o) => o.name?.value === name) : operations.length === 1 ? operations[0] : undefined;
}

export function useRateLimits(options: RateLimitOptions): Plugin {
  const { trustProxy = false, graphqlPath = '/graphql', now } = options;
  const anonymous = options.anonymousPerMinute > 0 ? new TokenBuckets(options.anonymousPerMinute, options.anonymousPerMinute, now) : null;
  const writes = options.writesPerMinute > 0 ? new TokenBuckets(options.writesPerMinute, options.writesPerMinute, now) : null;
  const keys = new WeakMap<Request, string | null>();
  const keyOf = (request: Request) => {
    if (!keys.has(request)) {
      const key = options.apiKeyOf?.(request);
      keys.set(request, key ? hashKey(key) : null);
    }
    return keys.get(request)!;
  };

  return {
    onRequest: ({ request, url, serverContext, endResponse, fetchAPI }) => {
      if (!anonymous || url.pathname !== graphqlPath || request.method === 'OPTIONS') return;
      if (keyOf(request)) return;
      const wait = anonymous.take(`ip:${clientAddress(request, serverContext, trustProxy)}`);
      if (wait === 0) return;
      const error = rateLimitedError(wait, 'requests from this address');
      endResponse(
        new fetchAPI.Response(JSON.stringify({ errors: [{ message: error.message, extensions: { code: 'RATE_LIMITED', retryAfter: wait } }] }), {
          status: 429,
          headers: { 'content-type': 'application/json; charset=utf-8', 'retry-after': String(wait) },
        }),
      );
    },
    onExecute: ({ args, setResultAndStopExecution }) => {
      if (!writes) return;
      const operation = operationOf(args.document, args.operationName);
      if (operation?.operation !== 'mutation') return;
      const request = (args.contextValue as { request?: Request }).request;
      const key = request ? keyOf(request) : null;
      // Anonymous writes are refused by authorization; their requests already count per address.
      if (!key) return;
      const wait = writes.take(`key:${key}`);
      if (wait === 0) return;
      setResultAndStopExecution({ errors: [rateLimitedError(wait, 'writes with this API key')] });
    },
  };
}
