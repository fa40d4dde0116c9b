// The GraphQL server as a fetch handler: usable in-process (`yoga.fetch`, as the tests do) or
// mounted on node's http server (src/server/http.ts).

import { randomUUID } from 'node:crypto';
import { createYoga, maskError, type YogaLogger, type YogaServerInstance } from 'graphql-yoga';
import type { PrismaClient } from '../db/generated/prisma/client.js';
import { schema, type IsnadContext } from '../schema/index.js';
import { DEFAULT_MAX_TEXT_BYTES } from '../ingest/validate.js';
import { createIsnadPubSub, type PubSubOptions } from '../schema/pubsub.js';
import { sharedAttributePool } from './attribute-pool.js';
import { paginationArgumentError } from './argument-errors.js';
import { apiKeyChecker } from './auth.js';
import { graphiqlOptions, renderGraphiQL, useGraphiQLAssets } from './graphiql.js';
import { useHealthz } from './health.js';
import { hardening, type HardeningConfig } from './hardening.js';
import { MAX_QUERY_DEPTH } from './limits.js';
import { clientAddress } from './rate-limit.js';
import { useAnonymousResponseCache } from './response-cache.js';
import { useWebClient } from './web.js';

export const GRAPHQL_PATH = '/graphql';
export const HEALTH_PATH = '/healthz';

/** The logger the service uses (pino fits): structured details first, then the message. */
export interface IsnadLogger {
  debug(details: object, message?: string): void;
  info(details: object, message?: string): void;
  warn(details: object, message?: string): void;
  error(details: object, message?: string): void;
}

export interface IsnadYogaOptions {
  prisma: PrismaClient;
  /** Yoga's own logs and unexpected errors go here; default the console. */
  logger?: IsnadLogger;
  /** In production, error details are never added to responses, whatever NODE_ENV says. */
  config?: {
    production: boolean;
    /** Keys accepted in `Authorization: Bearer <key>` (writes; reads too when privateReads). */
    apiKeys?: readonly string[];
    /** Reads need a key too; default false. */
    privateReads?: boolean;
    /** Largest article ingestArticle accepts, in UTF-8 bytes. */
    maxArticleBytes?: number;
    /**
     * Anonymous reads served from memory for this long (src/server/response-cache.ts); default 0,
     * off (`npm start` turns it on: ISNAD_RESPONSE_CACHE_TTL_MS).
     */
    responseCacheTtlMs?: number;
    /** Most results the response cache holds. */
    responseCacheEntries?: number;
    /**
     * Unexpected errors reach clients with their message and stack (never by NODE_ENV alone):
     * src/config.ts turns it on only on a loopback address outside production, or when asked.
     */
    debugErrors?: boolean;
    /** Subscription bounds, when not given as `subscriptions` (src/config.ts's Config fits). */
    subscriptions?: Pick<PubSubOptions, 'maxQueuedStatements' | 'maxStreamsPerClient'>;
    /** Longest Query.attribute may read one text, in ms. */
    attributeTimeBudgetMs?: number;
  };
  /** Limits, rate limits, CORS, introspection, metrics (src/server/hardening.ts); src/config.ts's Config fits. */
  hardening?: HardeningConfig;
  /** Serve GraphiQL on GET /graphql from a browser; default `hardening.graphiql`, else on outside production. */
  graphiql?: boolean;
  /** Set to false to silence Yoga's logs and the error log (tests). */
  logging?: boolean;
  /**
   * Where unexpected (masked) errors are reported, with the `errorId` the client sees; default
   * console.error, silent when `logging` is false. Pino loggers fit.
   */
  errorLogger?: Pick<IsnadLogger, 'error'>;
  /** Deepest field nesting accepted; default MAX_QUERY_DEPTH (12). */
  maxDepth?: number;
  /** Live events: the transport underneath (default in memory) and per-subscriber bounds (src/schema/pubsub.ts). */
  subscriptions?: Pick<PubSubOptions, 'eventTarget' | 'maxQueuedStatements' | 'maxStreamsPerClient'>;
  /** CORS options; default from `hardening.corsOrigins`, else any origin (reads are public). */
  cors?: Parameters<typeof createYoga>[0]['cors'];
  /**
   * A build of the quote explorer (web/build.ts) to serve at `/`; default none: `/` redirects to
   * GraphiQL.
   */
  webDir?: string | null;
}

export type IsnadYoga = YogaServerInstance<Record<string, unknown>, IsnadContext>;

export function createIsnadYoga({ prisma, graphiql, logging = true, cors, errorLogger, logger, config, maxDepth, hardening: hardeningConfig, webDir = null, subscriptions }: IsnadYogaOptions): IsnadYoga {
  const reportError: Pick<IsnadLogger, 'error'> | null =
    errorLogger ?? logger ?? (logging === false ? null : { error: (details, message) => console.error(message, details) });
  const yogaLogging: YogaLogger | boolean = logging === false ? false : logger ? yogaLogger(logger) : true;
  const hardConfig: HardeningConfig = { production: config?.production, ...config, ...hardeningConfig };
  const hardened = hardening({
    prisma,
    config: { ...hardConfig, limits: { ...hardConfig.limits, maxDepth: maxDepth ?? hardConfig.limits?.maxDepth ?? MAX_QUERY_DEPTH } },
    logger: logging === false ? undefined : logger,
    graphqlPath: GRAPHQL_PATH,
  });
  const hasKey = apiKeyChecker(config?.apiKeys ?? []);
  const logError = (error: unknown, message: string) => reportError?.error({ err: error }, message);
  const bounds = { ...config?.subscriptions, ...subscriptions };
  const pubsub = createIsnadPubSub({
    eventTarget: subscriptions?.eventTarget,
    maxQueuedStatements: bounds.maxQueuedStatements,
    maxStreamsPerClient: bounds.maxStreamsPerClient,
    onError: (error) => logError(error, 'A subscription listener failed'),
  });
  const attributePool = sharedAttributePool({ timeBudgetMs: config?.attributeTimeBudgetMs });
  const debugErrors = config?.debugErrors === true;
  const privateReads = config?.privateReads ?? false;
  const maxArticleBytes = config?.maxArticleBytes ?? DEFAULT_MAX_TEXT_BYTES;
  const graphiqlOn = graphiql ?? hardened.graphiql;
  return createYoga<Record<string, unknown>, IsnadContext>({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    context: (initial) => ({
      prisma,
      pubsub,
      authenticated: hasKey(initial.request.headers.get('authorization')),
      privateReads,
      maxArticleBytes,
      clientKey: clientAddress(initial.request, initial, hardConfig.trustProxy),
      reportError: logError,
      runAttribution: attributePool.run,
    }),
    // Unexpected errors reach clients as "Unexpected error." with no stack or SQL, and an `errorId`
    // that is logged with the real error; errors meant for clients (GraphQLError: validation, bad
    // IDs, bad dates) pass through unchanged.
    maskedErrors: {
      isDev: debugErrors,
      maskError: (error, message) => {
        const argument = paginationArgumentError(error);
        if (argument) return argument;
        const masked = maskError(error, message, debugErrors);
        if (masked === error) return masked;
        const errorId = randomUUID();
        const unavailable = hardened.databaseUnavailable(error);
        if (unavailable) {
          (unavailable.extensions as Record<string, unknown>).errorId = errorId;
          reportError?.error({ errorId, err: (error as { originalError?: unknown }).originalError ?? error }, 'The database is unavailable');
          return unavailable;
        }
        const extensions = (masked as unknown as { extensions?: Record<string, unknown> }).extensions;
        if (extensions) extensions.errorId = errorId;
        const original = (error as { originalError?: unknown }).originalError ?? error;
        reportError?.error({ errorId, err: original }, 'Unexpected error while executing a GraphQL request');
        return masked;
      },
    },
    logging: yogaLogging,
    cors: cors ?? hardened.cors,
    // Bounded by hardening's useRequestBodyLimit instead, at a fraction of the cost per request.
    maxRequestBodySize: false,
    landingPage: false,
    graphiql: graphiqlOn ? graphiqlOptions() : false,
    // Every asset from this origin (src/server/graphiql.ts), so GraphiQL works offline.
    renderGraphiQL,
    plugins: [
      { onDispose: () => pubsub.close() },
      useWebClient({ dir: webDir, graphqlPath: GRAPHQL_PATH }),
      ...(graphiqlOn ? [useGraphiQLAssets()] : []),
      useHealthz({ prisma, path: HEALTH_PATH }),
      ...hardened.plugins,
      // After the limits and rate limits: a cached answer still counts against them.
      ...useAnonymousResponseCache({ ttlMs: config?.responseCacheTtlMs ?? 0, maxEntries: config?.responseCacheEntries, privateReads }),
    ],
  });
}

/** Yoga logs with printf-style arguments; a structured logger wants details and a message. */
function yogaLogger(logger: IsnadLogger): YogaLogger {
  const forward = (level: keyof IsnadLogger) => (...args: unknown[]) => {
    const [first, ...rest] = args;
    const message = typeof first === 'string' ? first : undefined;
    const details = typeof first === 'string' ? rest : args;
    logger[level]({ source: 'yoga', ...(details.length > 0 ? { details } : {}) }, message);
  };
  return { debug: forward('debug'), info: forward('info'), warn: forward('warn'), error: forward('error') };
}
