// The GraphQL server as a fetch handler: usable in-process (`yoga.fetch`, as the tests do) or
// mounted on node's http server (src/server/http.ts).

import { createYoga, type YogaLogger, type YogaServerInstance } from 'graphql-yoga';
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
  /** CORS origins allowed; default any origin (reads are public). */
  cors?: Parameters<typeof createYoga>[0]['cors'];
}

export type IsnadYoga = YogaServerInstance<Record<string, unknown>, IsnadContext>;

export function createIsnadYoga({ prisma, graphiql = true, logging = true, cors }: IsnadYogaOptions): IsnadYoga {
  return createYoga<Record<string, unknown>, IsnadContext>({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    context: () => ({ prisma }),
    // Unexpected errors reach clients as "Unexpected error." with no stack or SQL; errors meant for
    // clients (GraphQLError: validation, bad IDs, bad dates) pass through.
    maskedErrors: true,
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
