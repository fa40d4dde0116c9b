// The HTTP server: Yoga at /graphql (GraphiQL in a browser), GET /healthz, and a graceful shutdown
// that stops accepting connections, lets in-flight requests finish, then closes the database client.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PrismaClient } from '../db/generated/prisma/client.js';
import { createIsnadYoga, GRAPHQL_PATH, type IsnadYoga, type IsnadYogaOptions } from './yoga.js';

export interface StartServerOptions extends IsnadYogaOptions {
  /** 0 picks a free port. */
  port: number;
  /** Interface to listen on; default all. */
  host?: string;
  /** How long shutdown waits for in-flight requests before cutting connections; default 10 s. */
  shutdownTimeoutMs?: number;
}

export interface RunningServer {
  /** The GraphQL endpoint, e.g. http://localhost:4000/graphql. */
  url: string;
  port: number;
  server: Server;
  yoga: IsnadYoga;
  /** Graceful shutdown (see `shutdown`); safe to call more than once. */
  close(): Promise<void>;
}

export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const yoga = createIsnadYoga(options);
  const server = createServer(yoga);
  // Slow or idle clients must not pin the process forever.
  server.headersTimeout = 20_000;
  server.requestTimeout = 60_000;
  server.keepAliveTimeout = 5_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = !options.host || options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host;

  let closing: Promise<void> | null = null;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}${GRAPHQL_PATH}`,
    port,
    server,
    yoga,
    close: () => {
      closing ??= shutdown(server, { prisma: options.prisma, yoga, timeoutMs: options.shutdownTimeoutMs });
      return closing;
    },
  };
}

export interface ShutdownOptions {
  /** Disconnected once the last request has finished. */
  prisma?: PrismaClient;
  /** Its plugins are disposed after the server has closed. */
  yoga?: { dispose(): unknown };
  /** After this long, connections still open are destroyed; default 10 s. */
  timeoutMs?: number;
}

/**
 * Stops accepting connections, waits for in-flight requests to complete (idle keep-alive
 * connections are closed at once, busy ones as soon as their response is sent), then disposes Yoga
 * and disconnects Prisma. Connections still busy after `timeoutMs` are destroyed.
 */
export async function shutdown(server: Server, { prisma, yoga, timeoutMs = 10_000 }: ShutdownOptions = {}): Promise<void> {
  if (server.listening) {
    await new Promise<void>((resolve) => {
      // Responses sent from now on tell clients to close the connection.
      server.on('request', (_req, res) => {
        if (!res.headersSent) res.setHeader('connection', 'close');
      });
      server.close(() => resolve());
      server.closeIdleConnections();
      // A connection that finishes its request becomes idle: close it then.
      const sweep = setInterval(() => server.closeIdleConnections(), 50);
      const force = setTimeout(() => server.closeAllConnections(), timeoutMs);
      server.once('close', () => {
        clearInterval(sweep);
        clearTimeout(force);
      });
    });
  }
  await yoga?.dispose();
  await prisma?.$disconnect();
}
