// Rate limits: a token bucket per anonymous client (keyed by IP address) on every GraphQL request,
// and one per API key (keyed by a hash of the key) on writes. A client over its limit gets HTTP 429
// with Retry-After and a RATE_LIMITED error. Buckets live in memory: one process, one set of limits.

import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { GraphQLError, Kind, type DocumentNode, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
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

  /** Takes `cost` tokens for `key`: 0 when granted, otherwise the seconds to wait before they are there. */
  take(key: string, cost = 1): number {
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
    if (bucket.tokens >= cost) {
      bucket.tokens -= cost;
      return 0;
    }
    // More than a full bucket is never granted: such a request must be split.
    const need = Math.min(cost, this.capacity);
    return Math.max(1, Math.ceil((need - bucket.tokens) / this.ratePerMs / 1000));
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
  /** Proxies in front whose X-Forwarded-For entries are trusted: true is 1 (see `clientAddress`). */
  trustProxy?: boolean | number;
  /** Path of the GraphQL endpoint: other paths (/healthz, /metrics) are not limited. */
  graphqlPath?: string;
  now?: () => number;
}

export function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 32);
}

/**
 * The client's address: the socket's peer, or, behind `trustProxy` proxies of yours, the entry of
 * X-Forwarded-For that the outermost of them added. Entries are counted from the right: each
 * proxy appends the address it saw, so everything left of those is whatever the client wrote
 * (trusting the leftmost let a client pick its own address, and its own rate limit).
 */
export function clientAddress(request: Request, serverContext: unknown, trustProxy: boolean | number = false): string {
  const hops = trustProxy === true ? 1 : trustProxy === false ? 0 : Math.max(0, Math.floor(trustProxy));
  if (hops > 0) {
    const entries = (request.headers.get('x-forwarded-for') ?? '')
      .split(',')
      .map((e) => e.trim())
      .filter((e) => e.length > 0);
    if (entries.length > 0) return entries[Math.max(0, entries.length - hops)];
  }
  const req = (serverContext as { req?: IncomingMessage } | undefined)?.req;
  return req?.socket?.remoteAddress ?? 'local';
}

/** Text bytes of the attribution engine worth one request's token in the anonymous limit. */
export const ATTRIBUTE_BYTES_PER_TOKEN = 20_000;

/**
 * The root fields `operation` runs (aliases, inline fragments and fragment spreads expanded), with
 * the argument `arg` of each as its value (variables resolved).
 */
function rootFields(document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined) {
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const fields: FieldNode[] = [];
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) fields.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet);
      else if (!seen.has(selection.name.value)) {
        // A fragment spread twice at the root runs its fields once (they merge).
        seen.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) walk(fragment.selectionSet);
      }
    }
  };
  walk(operation.selectionSet);
  const argument = (field: FieldNode, name: string): unknown => {
    const value = field.arguments?.find((a) => a.name.value === name)?.value;
    if (!value) return undefined;
    if (value.kind === Kind.VARIABLE) return variables?.[value.name.value];
    return value.kind === Kind.STRING ? value.value : undefined;
  };
  return { fields, argument };
}

/** Tokens an anonymous request costs: 1, plus one per ATTRIBUTE_BYTES_PER_TOKEN of text given to `attribute`. */
export function readCost(document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined): number {
  if (operation.operation !== 'query') return 1;
  const { fields, argument } = rootFields(document, operation, variables);
  let bytes = 0;
  for (const field of fields) {
    if (field.name.value !== 'attribute') continue;
    const text = argument(field, 'text');
    if (typeof text === 'string') bytes += Buffer.byteLength(text, 'utf8');
  }
  return 1 + Math.floor(bytes / ATTRIBUTE_BYTES_PER_TOKEN);
}

/** Writes a mutation makes: one per root field (30 aliased ingestArticle calls are 30 writes). */
export function writeCost(document: DocumentNode, operation: OperationDefinitionNode): number {
  const { fields } = rootFields(document, operation, undefined);
  return Math.max(1, fields.filter((f) => !f.name.value.startsWith('__')).length);
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
  const addresses = new WeakMap<Request, string>();
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
      const address = clientAddress(request, serverContext, trustProxy);
      addresses.set(request, address);
      const wait = anonymous.take(`ip:${address}`);
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
      const operation = operationOf(args.document, args.operationName);
      if (!operation) return;
      const request = (args.contextValue as { request?: Request }).request;
      const key = request ? keyOf(request) : null;
      if (operation.operation === 'query' && anonymous && request && !key) {
        // The request itself took its token in onRequest; text for the engine costs more.
        const extra = readCost(args.document, operation, args.variableValues as Record<string, unknown> | undefined) - 1;
        if (extra <= 0) return;
        const address = addresses.get(request) ?? 'local';
        const wait = anonymous.take(`ip:${address}`, extra);
        if (wait > 0) setResultAndStopExecution({ errors: [rateLimitedError(wait, 'text read from this address')] });
        return;
      }
      if (!writes || operation.operation !== 'mutation') return;
      // Anonymous writes are refused by authorization; their requests already count per address.
      if (!key) return;
      const wait = writes.take(`key:${key}`, writeCost(args.document, operation));
      if (wait === 0) return;
      setResultAndStopExecution({ errors: [rateLimitedError(wait, 'writes with this API key')] });
    },
  };
}
