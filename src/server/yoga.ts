// The GraphQL server as a fetch handler: usable in-process (`yoga.fetch`, as the tests do) or
// mounted on node's http server (src/server/http.ts).

import { randomUUID } from 'node:crypto';
import { createYoga, maskError, type YogaLogger, type YogaServerInstance } from 'graphql-yoga';
import type { PrismaClient } from '../db/generated/prisma/client.js';
import { schema, type IsnadContext } from '../schema/index.js';
import { DEFAULT_GRAPHIQL_QUERY } from './graphiql.js';
import { useHealthz } from './health.js';

export const GRAPHQL_PATH = '/graphql';
export const HEALTH_PATH = '/healthz';

export interface IsnadYogaOptions {
  prisma: PrismaClient;
  /** Serve GraphiQL on GET /graphql from a browser; default true. */
  graphiql?: boolean;
  /** Where Yoga logs; default its console logger. `false` silences it. */
  logging?: YogaLogger | boolean;
  /**
   * Where unexpected (masked) errors are reported, with the `errorId` the client sees; default
   * console.error, silent when `logging` is false. Pino loggers fit.
   */
  errorLogger?: { error(details: object, message: string): void };
  /** CORS origins allowed; default any origin (reads are public). */
  cors?: Parameters<typeof createYoga>[0]['cors'];
}

export type IsnadYoga = YogaServerInstance<Record<string, unknown>, IsnadContext>;

export function createIsnadYoga({ prisma, graphiql = true, logging = true, cors, errorLogger }: IsnadYogaOptions): IsnadYoga {
  const reportError =
    errorLogger ?? (logging === false ? null : { error: (details: object, message: string) => console.error(message, details) });
  return createYoga<Record<string, unknown>, IsnadContext>({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    context: () => ({ prisma }),
    // Unexpected errors reach clients as "Unexpected error." with no stack or SQL, and an `errorId`
    // that is logged with the real error; errors meant for clients (GraphQLError: validation, bad
    // IDs, bad dates) pass through unchanged.
    maskedErrors: {
      maskError: (error, message, isDev) => {
        const masked = maskError(error, message, isDev);
        if (masked === error) return masked;
        const errorId = randomUUID();
        const extensions = (masked as unknown as { extensions?: Record<string, unknown> }).extensions;
        if (extensions) extensions.errorId = errorId;
        const original = (error as { originalError?: unknown }).originalError ?? error;
        reportError?.error({ errorId, error: original }, 'Unexpected error while executing a GraphQL request');
        return masked;
      },
    },
    logging,
    cors,
    landingPage: false,
    graphiql: graphiql
      ? {
          title: 'Isnad — who said what',
          defaultQuery: DEFAULT_GRAPHIQL_QUERY,
        }
      : false,
    plugins: [useHealthz({ prisma, path: HEALTH_PATH })],
  });
}
