// A real HTTP server (src/server/http.ts) on a loopback port, over a test database seeded with the
// API fixture (test/schema/fixtures.ts): for tests that speak HTTP the way clients do.
import { afterAll, beforeAll } from 'vitest';
import { createPrismaClient } from '../../src/db/client.js';
import { startServer, type RunningServer, type StartServerOptions } from '../../src/server/http.js';
import { seedFixture } from '../schema/fixtures.js';
import { createTestDatabase, type TestDatabase } from './db.js';

/** Registers hooks giving a test file its own seeded database and a server on it. */
export function useFixtureServer(options: Omit<StartServerOptions, 'prisma' | 'port' | 'host'>): { db: TestDatabase; server: RunningServer } {
  const ctx = {} as { db: TestDatabase; server: RunningServer };
  beforeAll(async () => {
    ctx.db = await createTestDatabase();
    await seedFixture(ctx.db.prisma);
    // The server gets its own client, as in production: the test's client only checks the rows.
    ctx.server = await startServer({ prisma: createPrismaClient(ctx.db.url), port: 0, host: '127.0.0.1', logging: false, ...options });
  });
  afterAll(async () => {
    await ctx.server?.close();
    await ctx.db?.drop();
  });
  return ctx;
}
