// `npm run load`, short and bounded: reads and ingests at once against a real server. Asserts zero
// errors and zero lost writes (every acknowledged ingest is in the database afterwards), not timings.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createPrismaClient } from '../../src/db/client.js';
import { formatReport, runLoad } from '../../src/load/run.js';
import { startServer, type RunningServer } from '../../src/server/http.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { seedFixture } from '../schema/fixtures.js';

const KEY = 'load-key-0123456789';
let db: TestDatabase;
let server: RunningServer;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedFixture(db.prisma);
  server = await startServer({
    prisma: createPrismaClient(db.url),
    port: 0,
    host: '127.0.0.1',
    logging: false,
    config: { production: false, apiKeys: [KEY] },
  });
});
afterAll(async () => {
  await server?.close();
  await db?.drop();
});

test('a short bounded load: zero errors, zero lost writes', { timeout: 120_000 }, async () => {
  const before = await db.prisma.article.count();
  const report = await runLoad({ url: server.url, apiKey: KEY, duration: 60, amount: 300, connections: 4, writes: 12, writeConcurrency: 3, runId: 'test' });
  expect(report.reads.errors, formatReport(report)).toBe(0);
  expect(report.reads.rateLimited).toBe(0);
  expect(report.reads.requests).toBeGreaterThan(0);
  expect(report.writes.errors, formatReport(report)).toBe(0);
  expect(report.writes.acknowledged).toBe(12);
  expect(report.writes.lost).toBe(0);
  // And in the database itself.
  expect(await db.prisma.article.count()).toBe(before + 12);
  expect(await db.prisma.article.count({ where: { title: { contains: '(test)' } } })).toBe(12);
});
