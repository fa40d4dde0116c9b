// The statement-counting proxy the benchmark uses to compare servers: one count per statement,
// simple or extended protocol, whatever the driver. No timing here.
import { afterAll, beforeAll, expect, test } from 'vitest';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { startCountingProxy, viaProxy, type CountingProxy } from '../../src/bench/sqlcount.js';

let db: TestDatabase;
let proxy: CountingProxy;
beforeAll(async () => {
  db = await createTestDatabase();
  proxy = await startCountingProxy(db.url);
});
afterAll(async () => {
  await proxy?.close();
  await db?.drop();
});

test('counts simple and extended-protocol statements through the proxy', async () => {
  const client = new pg.Client({ connectionString: viaProxy(db.url, proxy.port) });
  await client.connect();
  try {
    proxy.reset();
    await client.query('SELECT 1');
    await client.query('SELECT $1::int AS n', [2]);
    await client.query({ name: 'named', text: 'SELECT $1::text AS t', values: ['x'.repeat(70_000)] });
    await client.query({ name: 'named', text: 'SELECT $1::text AS t', values: ['y'] });
    expect(proxy.count()).toBe(4);
  } finally {
    await client.end();
  }
});
