// Environment, parsed and validated once. Every knob of the service is here, with its default.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const port = z.coerce.number().int().min(0).max(65535);

const EnvSchema = z.object({
  PORT: port.default(4000),
  HOST: z.string().default('0.0.0.0'),
  /** An external PostgreSQL; when unset the embedded server is started. */
  DATABASE_URL: z.string().url().optional(),
  /** Named (prepared) statements; turn off behind PgBouncer in transaction mode before 1.21. */
  ISNAD_PREPARED_STATEMENTS: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  /** Where the embedded PostgreSQL keeps its data (ignored by git). */
  ISNAD_DATA_DIR: z.string().default(path.join(projectRoot, '.data', 'postgres')),
  /** Port of the embedded PostgreSQL; 0 picks a free one at every start. */
  ISNAD_EMBEDDED_PG_PORT: port.default(0),
  /** Largest article accepted, in bytes of UTF-8. */
  ISNAD_MAX_ARTICLE_BYTES: z.coerce.number().int().positive().default(1_000_000),
  /** Seed the two bundled articles when the database holds no article. */
  ISNAD_SEED_ON_START: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  /** API keys allowed to write (ingestArticle, deleteArticle), comma-separated. */
  ISNAD_API_KEYS: z.string().default(''),
  /** When true, reads need an API key too. */
  ISNAD_PRIVATE_READS: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  // Hardening (issue 6). Limits on the shape of queries, checked before anything runs.
  ISNAD_MAX_QUERY_DEPTH: z.coerce.number().int().positive().default(12),
  ISNAD_MAX_ALIASES: z.coerce.number().int().nonnegative().default(30),
  ISNAD_MAX_DIRECTIVES: z.coerce.number().int().nonnegative().default(50),
  ISNAD_MAX_TOKENS: z.coerce.number().int().positive().default(5_000),
  /** Estimated cost: 1 per field, times the page size under a connection (src/server/limits.ts). */
  ISNAD_MAX_COST: z.coerce.number().int().positive().default(50_000),
  /** Largest HTTP request body, in bytes; default twice the article limit (JSON escaping). */
  ISNAD_MAX_BODY_BYTES: z.coerce.number().int().positive().optional(),
  /** GraphQL requests per minute per IP address without an API key; 0 disables. */
  ISNAD_RATE_LIMIT_ANONYMOUS: z.coerce.number().int().nonnegative().default(600),
  /** Writes (mutations) per minute per API key; 0 disables. */
  ISNAD_RATE_LIMIT_WRITES: z.coerce.number().int().nonnegative().default(120),
  /**
   * Reverse proxies of yours in front of the service: client addresses come from that many
   * X-Forwarded-For entries counted from the right. `true` is 1, `false` (default) 0.
   */
  ISNAD_TRUST_PROXY: z
    .string()
    .default('false')
    .refine((v) => /^(true|false|\d{1,2})$/.test(v), { message: 'must be true, false or a number of proxies (0-99)' })
    .transform((v) => (v === 'true' ? 1 : v === 'false' ? 0 : Number(v))),
  /** /metrics answers only with `Authorization: Bearer <token>`; unset: only loopback clients. */
  ISNAD_METRICS_TOKEN: z.string().min(16, { message: 'use at least 16 characters' }).optional(),
  /** Error details (stack, message) reach clients: default only when listening on loopback outside production. */
  ISNAD_DEBUG_ERRORS: z.enum(['true', 'false']).optional(),
  /** Longest one SQL statement may run (ms); past it: DATABASE_TIMEOUT (503). 0: no limit. */
  ISNAD_STATEMENT_TIMEOUT_MS: z.coerce.number().int().nonnegative().default(15_000),
  /** Largest answer, in bytes of JSON; past it: RESPONSE_TOO_LARGE. */
  ISNAD_MAX_RESPONSE_BYTES: z.coerce.number().int().positive().default(16_000_000),
  /** Longest a query may run (ms); past it: REQUEST_TIMEOUT (503). 0: no limit. */
  ISNAD_REQUEST_TIME_BUDGET_MS: z.coerce.number().int().nonnegative().default(15_000),
  /** Longest the engine may read one text for Query.attribute (ms). */
  ISNAD_ATTRIBUTE_TIME_BUDGET_MS: z.coerce.number().int().positive().default(10_000),
  /** Query.attribute calls per request (aliases and fragments included). */
  ISNAD_MAX_ATTRIBUTE_CALLS: z.coerce.number().int().nonnegative().default(2),
  /** Statements waiting for one subscriber before its stream is ended (SUBSCRIPTION_OVERFLOW). */
  ISNAD_SUBSCRIPTION_QUEUE: z.coerce.number().int().positive().default(10_000),
  /** Open subscription streams per client address. */
  ISNAD_SUBSCRIPTIONS_PER_CLIENT: z.coerce.number().int().positive().default(10),
  /** Browser origins allowed by CORS, comma-separated; `*` (the default) allows any. */
  ISNAD_CORS_ORIGINS: z.string().default('*'),
  /** Schema introspection and GraphiQL: default on in development, off in production. */
  ISNAD_INTROSPECTION: z.enum(['true', 'false']).optional(),
  ISNAD_GRAPHIQL: z.enum(['true', 'false']).optional(),
  /** Anonymous reads answered from memory for this long (ms); writes through the API empty it; 0: off. */
  ISNAD_RESPONSE_CACHE_TTL_MS: z.coerce.number().int().nonnegative().default(10_000),
  /** Most results the response cache holds. */
  ISNAD_RESPONSE_CACHE_ENTRIES: z.coerce.number().int().positive().default(1_000),
  /** Serve Prometheus metrics at /metrics. */
  ISNAD_METRICS: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

/** Every environment variable the service reads (the README's configuration table lists them all). */
export const ENVIRONMENT_VARIABLES = Object.keys(EnvSchema.shape);

export type Config = ReturnType<typeof loadConfig>;

/** An address only this machine can reach. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\./.test(host);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env) {
  const parsed = EnvSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    preparedStatements: e.ISNAD_PREPARED_STATEMENTS,
    dataDir: path.resolve(e.ISNAD_DATA_DIR),
    embeddedPort: e.ISNAD_EMBEDDED_PG_PORT,
    maxArticleBytes: e.ISNAD_MAX_ARTICLE_BYTES,
    seedOnStart: e.ISNAD_SEED_ON_START,
    apiKeys: e.ISNAD_API_KEYS.split(',').map((k) => k.trim()).filter((k) => k.length > 0),
    privateReads: e.ISNAD_PRIVATE_READS,
    production: e.NODE_ENV === 'production',
    logLevel: e.LOG_LEVEL,
    limits: {
      maxDepth: e.ISNAD_MAX_QUERY_DEPTH,
      maxAliases: e.ISNAD_MAX_ALIASES,
      maxDirectives: e.ISNAD_MAX_DIRECTIVES,
      maxTokens: e.ISNAD_MAX_TOKENS,
      maxCost: e.ISNAD_MAX_COST,
      maxHeavyFields: e.ISNAD_MAX_ATTRIBUTE_CALLS,
    },
    // A client that escapes non-ASCII (\uXXXX) sends 6 bytes per Arabic letter, 3 per UTF-8 byte of
    // the article: the body limit lets a full-size article through that way too.
    maxBodyBytes: e.ISNAD_MAX_BODY_BYTES ?? 3 * e.ISNAD_MAX_ARTICLE_BYTES + 64 * 1024,
    metricsToken: e.ISNAD_METRICS_TOKEN,
    debugErrors: e.ISNAD_DEBUG_ERRORS ? e.ISNAD_DEBUG_ERRORS === 'true' : e.NODE_ENV !== 'production' && isLoopback(e.HOST),
    statementTimeoutMs: e.ISNAD_STATEMENT_TIMEOUT_MS,
    budgets: { maxResponseBytes: e.ISNAD_MAX_RESPONSE_BYTES, timeBudgetMs: e.ISNAD_REQUEST_TIME_BUDGET_MS },
    attributeTimeBudgetMs: e.ISNAD_ATTRIBUTE_TIME_BUDGET_MS,
    subscriptions: { maxQueuedStatements: e.ISNAD_SUBSCRIPTION_QUEUE, maxStreamsPerClient: e.ISNAD_SUBSCRIPTIONS_PER_CLIENT },
    rateLimits: { anonymousPerMinute: e.ISNAD_RATE_LIMIT_ANONYMOUS, writesPerMinute: e.ISNAD_RATE_LIMIT_WRITES },
    trustProxy: e.ISNAD_TRUST_PROXY,
    corsOrigins: e.ISNAD_CORS_ORIGINS.split(',').map((o) => o.trim()).filter((o) => o.length > 0),
    introspection: e.ISNAD_INTROSPECTION ? e.ISNAD_INTROSPECTION === 'true' : e.NODE_ENV !== 'production',
    graphiql: e.ISNAD_GRAPHIQL ? e.ISNAD_GRAPHIQL === 'true' : e.NODE_ENV !== 'production',
    metrics: e.ISNAD_METRICS,
    responseCacheTtlMs: e.ISNAD_RESPONSE_CACHE_TTL_MS,
    responseCacheEntries: e.ISNAD_RESPONSE_CACHE_ENTRIES,
  };
}
