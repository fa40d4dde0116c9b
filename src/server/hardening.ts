// What makes the service fit for the internet, in one place (issue 6): query shape limits, request
// body size, rate limits, CSRF prevention, CORS origins, introspection and GraphiQL switches,
// request ids with a structured access log, Prometheus metrics, and a clear, typed error when the
// database is unreachable. src/server/yoga.ts wires what `hardening()` returns.

import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import { GraphQLError, Kind, NoSchemaIntrospectionCustomRule, visit, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { useRequestBudgets, type RequestBudgets } from './budgets.js';
import { DEFAULT_QUERY_LIMITS, useQueryLimits, type QueryLimits } from './limits.js';
import { createMetrics, type IsnadMetrics } from './metrics.js';
import { clientAddress, useRateLimits } from './rate-limit.js';

export interface HardeningConfig {
  production?: boolean;
  apiKeys?: readonly string[];
  limits?: Partial<QueryLimits>;
  /** Largest request body in bytes (413 above). */
  maxBodyBytes?: number;
  rateLimits?: { anonymousPerMinute: number; writesPerMinute: number };
  /** Proxies in front of the service whose X-Forwarded-For entries are trusted (true: 1; src/server/rate-limit.ts). */
  trustProxy?: boolean | number;
  /** /metrics needs `Authorization: Bearer <token>`; without one it answers loopback clients only. */
  metricsToken?: string;
  /** Allowed browser origins; ['*'] or empty allows any. */
  corsOrigins?: readonly string[];
  introspection?: boolean;
  graphiql?: boolean;
  metrics?: boolean;
  /** Largest answer and longest query (src/server/budgets.ts). */
  budgets?: Partial<RequestBudgets>;
}

/** Defaults when no configuration is given (tests, embedding): limits on, rate limits off. */
export const DEFAULT_MAX_BODY_BYTES = 2_000_000 + 64 * 1024;

export interface RequestLogger {
  info(details: object, message?: string): void;
  warn(details: object, message?: string): void;
  debug(details: object, message?: string): void;
}

export interface Hardening {
  plugins: Plugin[];
  cors: { origin: string | string[]; credentials: boolean; methods: string[]; allowedHeaders: string[]; exposedHeaders: string[]; maxAge: number };
  graphiql: boolean;
  metrics: IsnadMetrics | null;
  /** The database-unavailable error for `error`, or null when it is some other failure. */
  databaseUnavailable(error: unknown): GraphQLError | null;
}

export function hardening({
  prisma,
  config = {},
  logger,
  graphqlPath = '/graphql',
}: {
  prisma: object;
  config?: HardeningConfig;
  logger?: RequestLogger;
  graphqlPath?: string;
}): Hardening {
  const production = config.production ?? false;
  const keyOf = apiKeyLookup(config.apiKeys ?? []);
  const metrics =
    config.metrics === false ? null : createMetrics({ prisma, routes: [graphqlPath, '/healthz'], allow: metricsAccess(config.metricsToken, config.trustProxy) });
  const origins = (config.corsOrigins ?? ['*']).filter((o) => o.length > 0);
  const plugins: Plugin[] = [
    useRequestIds({ logger, trustProxy: config.trustProxy }),
    ...(metrics ? [metrics.plugin] : []),
    useCsrfPrevention(graphqlPath),
    useStrictJsonBody(),
    useVariableDepthLimit(),
    // After every plugin that picks a request parser: it bounds whichever one was picked.
    useRequestBodyLimit(config.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES),
    useNoNulInReads(),
    ...(config.rateLimits
      ? [useRateLimits({ ...config.rateLimits, apiKeyOf: keyOf, trustProxy: config.trustProxy, graphqlPath })]
      : []),
    useQueryLimits({ ...DEFAULT_QUERY_LIMITS, ...config.limits }),
    useRequestBudgets(config.budgets),
    ...((config.introspection ?? !production) ? [] : [useNoIntrospection()]),
  ];
  return {
    plugins,
    // Never credentials: the API's keys travel in a header a page must be given, not in cookies a
    // browser would attach for any site. Any origin by default (reads are public), or only those listed.
    cors: {
      origin: origins.length === 0 || origins.includes('*') ? '*' : [...origins],
      credentials: false,
      methods: ['GET', 'POST', 'OPTIONS'],
      allowedHeaders: ['content-type', 'authorization', 'x-request-id', 'x-graphql-yoga-csrf', 'graphql-preflight'],
      exposedHeaders: ['x-request-id', 'retry-after'],
      maxAge: 600,
    },
    graphiql: config.graphiql ?? !production,
    metrics,
    databaseUnavailable,
  };
}

/** The valid API key a request carries (`Authorization: Bearer <key>`), or null. */
export function apiKeyLookup(keys: readonly string[]): (request: Request) => string | null {
  const digest = (k: string) => createHash('sha256').update(k, 'utf8').digest('hex');
  const known = new Set(keys.filter((k) => k.length > 0).map(digest));
  return (request) => {
    if (known.size === 0) return null;
    const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(request.headers.get('authorization') ?? '');
    return match && known.has(digest(match[1])) ? match[1] : null;
  };
}

// --- Request ids and the access log ------------------------------------------------------------

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

interface RequestState {
  id: string;
  start: number;
  operation?: string;
}

/**
 * Every request gets an id: the client's X-Request-Id when it is sane (letters, digits, `._:-`, at
 * most 128), else a new UUID. It is echoed in the response's X-Request-Id, put in the GraphQL
 * context as `requestId`, and written with one JSON log line per request.
 */
export function useRequestIds({ logger, trustProxy = false }: { logger?: RequestLogger; trustProxy?: boolean | number } = {}): Plugin {
  const states = new WeakMap<Request, RequestState>();
  const stateOf = (request: Request) => {
    let state = states.get(request);
    if (!state) {
      const given = request.headers.get('x-request-id');
      state = { id: given && REQUEST_ID.test(given) ? given : randomUUID(), start: performance.now() };
      states.set(request, state);
    }
    return state;
  };
  const clients = new WeakMap<Request, string>();
  return {
    onRequest: ({ request, serverContext }) => {
      stateOf(request);
      clients.set(request, clientAddress(request, serverContext, trustProxy));
    },
    onContextBuilding: ({ context, extendContext }) => {
      const request = (context as { request?: Request }).request;
      if (request) extendContext({ requestId: stateOf(request).id } as never);
    },
    onExecute: ({ args }) => {
      const request = (args.contextValue as { request?: Request }).request;
      if (!request) return;
      const op = (args.document as DocumentNode).definitions.find((d) => d.kind === 'OperationDefinition' && (!args.operationName || d.name?.value === args.operationName)) as
        | { operation: string; name?: { value: string } }
        | undefined;
      if (op) stateOf(request).operation = `${op.operation}${op.name ? ` ${op.name.value}` : ''}`;
    },
    onResponse: ({ request, response }) => {
      const state = stateOf(request);
      try {
        response.headers.set('x-request-id', state.id);
      } catch {
        // immutable headers (Response.error()): the id is still in the log
      }
      if (!logger) return;
      const url = new URL(request.url, 'http://localhost');
      const details = {
        requestId: state.id,
        method: request.method,
        path: url.pathname,
        status: response.status,
        durationMs: Math.round((performance.now() - state.start) * 10) / 10,
        client: clients.get(request),
        ...(state.operation ? { operation: state.operation } : {}),
      };
      if (url.pathname === '/healthz' || url.pathname === '/metrics') logger.debug(details, 'request');
      else if (response.status >= 500) logger.warn(details, 'request');
      else logger.info(details, 'request');
    },
  };
}

// --- CSRF ----------------------------------------------------------------------------------------

/** Headers a browser cannot add to a cross-site request without a CORS preflight. */
export const CSRF_HEADERS = ['x-graphql-yoga-csrf', 'graphql-preflight', 'apollo-require-preflight', 'x-apollo-operation-name'];
const SIMPLE_CONTENT_TYPES = new Set(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']);

/**
 * A browser sends a cross-site GET, or a POST with a "simple" content type (form, text), without
 * asking the server first (no CORS preflight): such requests must carry one of CSRF_HEADERS, which
 * a page cannot add without a preflight. JSON POSTs (what clients send) need nothing. GraphiQL's
 * page is served before this check.
 */
export function useCsrfPrevention(graphqlPath = '/graphql'): Plugin {
  return {
    onRequest: ({ request, url, endResponse, fetchAPI }) => {
      if (url.pathname !== graphqlPath || (request.method !== 'GET' && request.method !== 'POST')) return;
      const contentType = request.headers.get('content-type')?.split(';')[0].trim().toLowerCase();
      const mayBeSimple = request.method === 'GET' ? true : !contentType || SIMPLE_CONTENT_TYPES.has(contentType);
      if (!mayBeSimple) return;
      if (CSRF_HEADERS.some((h) => request.headers.has(h))) return;
      endResponse(
        new fetchAPI.Response(
          JSON.stringify({
            errors: [
              {
                message: `This request could be a cross-site request forgery: send it as POST with "content-type: application/json", or add the header "x-graphql-yoga-csrf: 1".`,
                extensions: { code: 'CSRF_PREVENTED' },
              },
            ],
          }),
          { status: 403, headers: { 'content-type': 'application/json; charset=utf-8' } },
        ),
      );
    },
  };
}

// --- Introspection -------------------------------------------------------------------------------

/** No introspection, and no "Did you mean …?" hints that would spell the schema out anyway. */
export function useNoIntrospection(): Plugin {
  return {
    onValidate: ({ addValidationRule }) => {
      addValidationRule(NoSchemaIntrospectionCustomRule);
      return ({ valid, result, setResult }) => {
        if (valid) return;
        setResult(
          result.map((error) =>
            / Did you mean .+\?$/.test(error.message)
              ? new GraphQLError(error.message.replace(/ Did you mean .+\?$/, ''), { nodes: error.nodes, source: error.source, positions: error.positions, path: error.path, originalError: error.originalError, extensions: error.extensions })
              : error,
          ),
        );
      };
    },
  };
}

// --- The database going away ---------------------------------------------------------------------

const UNAVAILABLE_CODES = new Set([
  'P1001', // can't reach database server
  'P1002', // timed out
  'P1017', // server closed the connection
  'P2024', // timed out fetching a connection from the pool
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up / shutting down)
  '08000',
  '08001',
  '08003',
  '08006',
]);
const UNAVAILABLE_MESSAGE =
  /ECONNREFUSED|ECONNRESET|Connection terminated|connection timeout|timeout exceeded when trying to connect|Can't reach database|Server has closed the connection|the database system is (starting up|shutting down|in recovery mode|not yet accepting connections)|terminating connection (due to|because of)|unexpected postmaster exit|DatabaseNotReachable|ConnectionClosed|SocketTimeout|Client has encountered a connection error/i;

/** True when `error` (or what caused it) says the database cannot be reached. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 6) return false;
  const e = error as { code?: unknown; originalCode?: unknown; message?: unknown; cause?: unknown; originalError?: unknown; kind?: unknown; errors?: unknown; meta?: { driverAdapterError?: unknown } };
  if (typeof e.code === 'string' && UNAVAILABLE_CODES.has(e.code)) return true;
  // Prisma's driver adapters keep PostgreSQL's SQLSTATE as `originalCode` under meta.driverAdapterError.cause.
  if (typeof e.originalCode === 'string' && UNAVAILABLE_CODES.has(e.originalCode)) return true;
  if (e.meta && typeof e.meta === 'object' && isDatabaseUnavailable(e.meta.driverAdapterError, depth + 1)) return true;
  if (typeof e.kind === 'string' && /DatabaseNotReachable|ConnectionClosed|SocketTimeout|DatabaseDoesNotExist/.test(e.kind)) return true;
  if (typeof e.message === 'string' && UNAVAILABLE_MESSAGE.test(e.message)) return true;
  if (Array.isArray(e.errors) && e.errors.some((x) => isDatabaseUnavailable(x, depth + 1))) return true;
  return isDatabaseUnavailable(e.originalError, depth + 1) || isDatabaseUnavailable(e.cause, depth + 1);
}

/** Seconds a client is told to wait when the database is unavailable. */
export const DATABASE_RETRY_AFTER = 5;

/** SQLSTATE 57014, query_canceled: the statement ran past `statement_timeout` (src/db/client.ts). */
export function isStatementTimeout(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 6) return false;
  const e = error as { code?: unknown; originalCode?: unknown; message?: unknown; cause?: unknown; originalError?: unknown; meta?: { driverAdapterError?: unknown } };
  if (e.code === '57014' || e.originalCode === '57014') return true;
  if (typeof e.message === 'string' && /canceling statement due to statement timeout/i.test(e.message)) return true;
  return (
    isStatementTimeout(e.meta?.driverAdapterError, depth + 1) || isStatementTimeout(e.originalError, depth + 1) || isStatementTimeout(e.cause, depth + 1)
  );
}

/**
 * The typed, retryable error for a database that cannot answer now: unreachable or restarting
 * (DATABASE_UNAVAILABLE) or a statement past its time limit (DATABASE_TIMEOUT); both 503 with
 * Retry-After. Null for any other failure.
 */
export function databaseUnavailable(error: unknown): GraphQLError | null {
  if (isStatementTimeout(error)) {
    return new GraphQLError('The database took too long to answer this request and it was stopped; try again, or ask for less at once.', {
      extensions: {
        code: 'DATABASE_TIMEOUT',
        retryAfter: DATABASE_RETRY_AFTER,
        http: { status: 503, headers: { 'retry-after': String(DATABASE_RETRY_AFTER) } },
      },
    });
  }
  if (!isDatabaseUnavailable(error)) return null;
  return new GraphQLError('The database is unavailable at the moment; try again shortly.', {
    extensions: {
      code: 'DATABASE_UNAVAILABLE',
      retryAfter: DATABASE_RETRY_AFTER,
      http: { status: 503, headers: { 'retry-after': String(DATABASE_RETRY_AFTER) } },
    },
  });
}

// --- Variables ---------------------------------------------------------------------------------

/** Deepest nesting of `variables` (and `extensions`) accepted; no input type of the schema needs more than a few levels. */
export const MAX_VARIABLE_DEPTH = 32;

/** True when `value` nests objects or lists deeper than `max` (walked without recursion). */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (!v || typeof v !== 'object') continue;
    if (depth >= max) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) if (child && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return false;
}

/** Variables nested absurdly deep (500,000 levels) are refused with 400 before anything walks them recursively. */
export function useVariableDepthLimit(max = MAX_VARIABLE_DEPTH): Plugin {
  return {
    onParams: ({ params }) => {
      if (nestsDeeperThan(params.variables, max) || nestsDeeperThan(params.extensions, max)) {
        throw new GraphQLError(`The variables nest deeper than ${max} levels; no argument of this API needs that many.`, {
          extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
        });
      }
    },
  };
}

// --- Metrics -----------------------------------------------------------------------------------

const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/;

/** Who may read /metrics: with a token, whoever sends it; without one, loopback clients only. */
function metricsAccess(token: string | undefined, trustProxy: boolean | number | undefined) {
  const digest = (k: string) => createHash('sha256').update(k, 'utf8').digest();
  const expected = token ? digest(token) : null;
  return (request: Request, serverContext: unknown): boolean => {
    if (expected) {
      const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(request.headers.get('authorization') ?? '');
      return !!match && timingSafeEqual(digest(match[1]), expected);
    }
    // Behind a proxy every request comes from loopback: only a request the proxy did not relay counts.
    if (trustProxy && request.headers.has('x-forwarded-for')) return false;
    const address = clientAddress(request, serverContext, false);
    return address === 'local' || LOOPBACK.test(address);
  };
}

// --- Request bodies ----------------------------------------------------------------------------

function badRequest(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
}

// `connection: close`: the rest of the body is never read, so the connection cannot carry another
// request (a client that reused it would see it reset).
function bodyTooLarge(limit: number): GraphQLError {
  return new GraphQLError(`The request body is larger than the limit of ${limit} bytes (ISNAD_MAX_BODY_BYTES).`, {
    extensions: { code: 'REQUEST_ENTITY_TOO_LARGE', http: { status: 413, headers: { connection: 'close' } } },
  });
}

const CONTENT_LENGTH = /^\d+$/;

/**
 * Request bodies larger than `limit` bytes are refused with 413 before they are read in full.
 *
 * This replaces Yoga's own limit (`maxRequestBodySize`, turned off in src/server/yoga.ts), which
 * pipes every body through a TransformStream: tearing that pipe down costs an AbortController and
 * a DOMException per request, more than answering a cached read (measured: cached reads at
 * c=32 went from ~5,500 to ~13,000 req/s without it). A body that declares its Content-Length
 * needs no counting: Node's HTTP parser never delivers more bytes than declared, so the header is
 * checked and the body read as it is. Only a body without one (chunked) is counted as it arrives.
 */
export function useRequestBodyLimit(limit: number): Plugin {
  return {
    onRequestParse: ({ request, requestParser, setRequestParser, fetchAPI }) => {
      const declared = request.headers.get('content-length');
      if (declared != null) {
        if (!CONTENT_LENGTH.test(declared)) throw badRequest('The Content-Length header is not a number of bytes.');
        if (Number(declared) > limit) throw bodyTooLarge(limit);
        return;
      }
      if (!requestParser || !request.body) return;
      const parse = requestParser;
      setRequestParser(async (req) => {
        const bytes = await readAtMost(req, limit);
        return parse(new fetchAPI.Request(req.url, { method: req.method, headers: req.headers, body: bytes }));
      });
    },
  };
}

/** The whole body of `request`, or a 413 error as soon as it passes `limit` bytes. */
async function readAtMost(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  const reader = request.body!.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw bodyTooLarge(limit);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/**
 * JSON bodies are decoded strictly: bytes that are not UTF-8 are refused (400) instead of becoming
 * U+FFFD in a stored article, and a body that is not JSON gets a message saying so.
 */
export function useStrictJsonBody(): Plugin {
  return {
    onRequestParse: ({ request, setRequestParser }) => {
      if (request.method !== 'POST') return;
      const type = request.headers.get('content-type')?.split(';')[0].trim().toLowerCase();
      if (type !== 'application/json' && type !== 'application/graphql-response+json') return;
      setRequestParser(async (req) => {
        const bytes = new Uint8Array(await req.arrayBuffer());
        let text: string;
        try {
          text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
        } catch {
          throw badRequest('The request body is not valid UTF-8: send JSON encoded as UTF-8.');
        }
        if (text.trim() === '') throw badRequest('The request body is empty: send a JSON object such as {"query": "{ articles { totalCount } }"}.');
        let body: unknown;
        try {
          body = JSON.parse(text);
        } catch (error) {
          throw badRequest(`The request body is not valid JSON (${(error as Error).message.slice(0, 120)}).`);
        }
        if (!body || typeof body !== 'object' || Array.isArray(body)) {
          throw badRequest('The request body must be a JSON object such as {"query": "{ articles { totalCount } }", "variables": {}}.');
        }
        return body as never;
      });
    },
  };
}

/** True when `value` holds a string with U+0000 anywhere inside (objects and lists walked). */
function holdsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 20 || !value || typeof value !== 'object') return false;
  return Object.values(value).some((v) => holdsNul(v, depth + 1));
}

// Per document: Yoga's parser cache hands the same DocumentNode to every request with the same
// query text, so its literals are walked once, not on every request.
const nulLiterals = new WeakMap<DocumentNode, boolean>();

function hasNulLiteral(document: DocumentNode): boolean {
  let found = nulLiterals.get(document);
  if (found === undefined) {
    found = false;
    visit(document, {
      StringValue(node) {
        if (node.value.includes('\u0000')) found = true;
      },
    });
    nulLiterals.set(document, found);
  }
  return found;
}

/**
 * PostgreSQL text cannot hold U+0000: a search for it would fail in the database. Reads with a NUL
 * in any string argument are refused up front (400 BAD_USER_INPUT); writes report it as a typed
 * ValidationError (src/ingest/validate.ts).
 */
export function useNoNulInReads(): Plugin {
  return {
    onExecute: ({ args, setResultAndStopExecution }) => {
      const document = args.document as DocumentNode;
      const operation = document.definitions.find(
        (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && (!args.operationName || d.name?.value === args.operationName),
      );
      if (!operation || operation.operation === 'mutation') return;
      if (holdsNul(args.variableValues) || hasNulLiteral(document)) {
        setResultAndStopExecution({
          errors: [
            new GraphQLError('A text argument contains a NUL character (U+0000), which no text here can hold; remove it.', {
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            }),
          ],
        });
      }
    },
  };
}
