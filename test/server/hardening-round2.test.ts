// Issue 16's holes, each as a client would hit it: forged X-Forwarded-For, aliased writes, CORS
// credentials, /metrics from outside, deeply nested variables, 57P01, statement timeouts, a failed
// mutation emptying the cache, error details by NODE_ENV alone, and the error log's `err`.
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createPrismaClient } from '../../src/db/client.js';
import { loadConfig } from '../../src/config.js';
import { databaseUnavailable } from '../../src/server/hardening.js';
import { clientAddress } from '../../src/server/rate-limit.js';
import { createIsnadYoga, type IsnadYoga } from '../../src/server/yoga.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { seedFixture } from '../schema/fixtures.js';

const KEY = 'round-two-key-0123456789';
let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedFixture(db.prisma);
});
afterAll(async () => db?.drop());

async function post(yoga: IsnadYoga, body: unknown, headers: Record<string, string> = {}) {
  const response = await yoga.fetch('http://isnad.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: (await response.json().catch(() => null)) as any };
}

describe('client addresses behind proxies (item 11)', () => {
  const request = (xff: string) => new Request('http://isnad.test/graphql', { headers: { 'x-forwarded-for': xff } });
  test('entries are counted from the right: a client cannot choose its address by writing the leftmost', () => {
    expect(clientAddress(request('6.6.6.6, 203.0.113.7'), undefined, 1)).toBe('203.0.113.7');
    expect(clientAddress(request('6.6.6.6, 203.0.113.7, 10.0.0.2'), undefined, 2)).toBe('203.0.113.7');
    expect(clientAddress(request('1.1.1.1, 203.0.113.7'), undefined, true)).toBe('203.0.113.7');
    expect(clientAddress(request('203.0.113.7'), undefined, 0)).toBe('local');
  });

  test('rotating the forged entry does not escape the rate limit', async () => {
    const yoga = createIsnadYoga({ prisma: db.prisma, logging: false, hardening: { rateLimits: { anonymousPerMinute: 3, writesPerMinute: 0 }, trustProxy: 1 } });
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await post(yoga, { query: '{ articles { totalCount } }' }, { 'x-forwarded-for': `9.9.9.${i}, 198.51.100.1` })).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
  });

  test('ISNAD_TRUST_PROXY takes true, false or a number of proxies', () => {
    expect(loadConfig({ ISNAD_TRUST_PROXY: 'true' }).trustProxy).toBe(1);
    expect(loadConfig({ ISNAD_TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({}).trustProxy).toBe(0);
    expect(() => loadConfig({ ISNAD_TRUST_PROXY: 'yes' })).toThrow(/ISNAD_TRUST_PROXY/);
  });
});

describe('writes are counted per mutation field (item 12)', () => {
  test('30 aliased deleteArticle calls take 30 writes, not one', async () => {
    const yoga = createIsnadYoga({ prisma: db.prisma, logging: false, config: { production: true, apiKeys: [KEY] }, hardening: { apiKeys: [KEY], rateLimits: { anonymousPerMinute: 0, writesPerMinute: 10 } } });
    const aliased = Array.from({ length: 30 }, (_, i) => `d${i}: deleteArticle(id: "QXJ0aWNsZTo5OTk5OTk=") { __typename }`).join(' ');
    const r = await post(yoga, { query: `mutation { ${aliased} }` }, { authorization: `Bearer ${KEY}` });
    expect(r.status).toBe(429);
    expect(r.body.errors[0].extensions.code).toBe('RATE_LIMITED');
  });
});

describe('CORS (item 13)', () => {
  test('any origin may read, but never with credentials', async () => {
    const yoga = createIsnadYoga({ prisma: db.prisma, logging: false, config: { production: true } });
    const r = await post(yoga, { query: '{ articles { totalCount } }' }, { origin: 'https://elsewhere.example' });
    expect(r.headers.get('access-control-allow-credentials')).toBeNull();
  });
  test('with ISNAD_CORS_ORIGINS, other origins are not allowed', async () => {
    const yoga = createIsnadYoga({ prisma: db.prisma, logging: false, config: { production: true }, hardening: { corsOrigins: ['https://app.example', 'https://b.example'] } });
    const r = await post(yoga, { query: '{ articles { totalCount } }' }, { origin: 'https://elsewhere.example' });
    expect(r.headers.get('access-control-allow-origin')).toBe('null');
    expect(r.headers.get('access-control-allow-credentials')).toBeNull();
  });
});

describe('/metrics (item 14)', () => {
  test('with a token: only with the token', async () => {
    const yoga = createIsnadYoga({ prisma: db.prisma, logging: false, hardening: { metricsToken: 'metrics-token-0123456789' } });
    expect((await yoga.fetch('http://isnad.test/metrics')).status).toBe(404);
    expect((await yoga.fetch('http://isnad.test/metrics', { headers: { authorization: 'Bearer wrong' } })).status).toBe(404);
    expect((await yoga.fetch('http://isnad.test/metrics', { headers: { authorization: 'Bearer metrics-token-0123456789' } })).status).toBe(200);
  });
  test('without one: not for a request relayed by a proxy from outside', async () => {
    const yoga = createIsnadYoga({ prisma: db.prisma, logging: false, hardening: { trustProxy: 1 } });
    expect((await yoga.fetch('http://isnad.test/metrics', { headers: { 'x-forwarded-for': '203.0.113.9' } })).status).toBe(404);
  });
});

describe('deeply nested variables (item 15)', () => {
  test('500,000 levels: 400 with a clear message, not 500', async () => {
    const yoga = createIsnadYoga({ prisma: db.prisma, logging: false, config: { production: true } });
    const depth = 500_000;
    const body = `{"query":"query ($f: StatementFilter) { statements(filter: $f) { totalCount } }","variables":{"f":${'['.repeat(depth)}${']'.repeat(depth)}}}`;
    const r = await post(yoga, body);
    expect(r.status).toBe(400);
    expect(JSON.stringify(r.body)).toMatch(/nest deeper than|not valid JSON/);
  });
});

describe('the database cannot answer (items 8, 9)', () => {
  test('57P01 (unexpected postmaster exit), as Prisma reports it, is DATABASE_UNAVAILABLE with 503 and Retry-After', () => {
    // The shape Prisma 7 throws for a PostgreSQL error through @prisma/adapter-pg.
    const driverAdapterError = Object.assign(new Error('terminating connection due to unexpected postmaster exit'), {
      name: 'DriverAdapterError',
      cause: { kind: 'postgres', originalCode: '57P01', originalMessage: 'terminating connection due to unexpected postmaster exit' },
    });
    const prismaError = Object.assign(new Error('Database error. Code: `57P01`.'), { code: 'P2039', meta: { driverAdapterError } });
    const typed = databaseUnavailable(prismaError);
    expect(typed?.extensions).toMatchObject({ code: 'DATABASE_UNAVAILABLE', http: { status: 503, headers: { 'retry-after': '5' } } });
  });

  test('a statement past statement_timeout is a typed, retryable DATABASE_TIMEOUT (503, Retry-After)', async () => {
    const slow = createPrismaClient(db.url, { statementTimeoutMs: 1 });
    try {
      const yoga = createIsnadYoga({ prisma: slow, logging: false, config: { production: true } });
      const r = await post(yoga, { query: '{ search(query: "الأمر مهم") { totalCount } statements(first: 50, filter: { text: "الأمر" }) { totalCount nodes { content } } }' });
      expect(r.status).toBe(503);
      expect(r.headers.get('retry-after')).toBe('5');
      expect(r.body.errors[0].extensions.code).toBe('DATABASE_TIMEOUT');
    } finally {
      await slow.$disconnect();
    }
  });
});

describe('the response cache and failed writes (item 10)', () => {
  test('an unauthorized or invalid mutation leaves the cache and its ETag alone', async () => {
    const yoga = createIsnadYoga({ prisma: db.prisma, logging: false, config: { production: true, apiKeys: [KEY], responseCacheTtlMs: 60_000 } });
    const read = () => post(yoga, { query: '{ articles(first: 2) { totalCount } }' });
    const before = await read();
    expect(before.headers.get('etag')).toBeTruthy();
    await post(yoga, { query: 'mutation { deleteArticle(id: "QXJ0aWNsZTox") { __typename } }' }); // no key
    await post(yoga, { query: 'mutation { deleteArticle(id: "nope") { __typename } }' }, { authorization: `Bearer ${KEY}` }); // invalid
    const after = await read();
    expect(after.headers.get('etag')).toBe(before.headers.get('etag'));
    // and the ETag is no counter of writes
    expect(before.headers.get('etag')).not.toMatch(/^\d+:/);
  });
});

describe('error details and the error log (items 7, 20)', () => {
  const broken = () => {
    const prisma = createPrismaClient(db.url);
    // A real failure inside a resolver: the client is disconnected and its pool ended.
    return prisma;
  };

  test('NODE_ENV=development alone does not show clients stack traces', async () => {
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = 'development';
    try {
      const prisma = broken();
      await prisma.$disconnect();
      const yoga = createIsnadYoga({ prisma, logging: false, config: { production: false } });
      const r = await post(yoga, { query: '{ articles { totalCount } }' });
      expect(JSON.stringify(r.body)).not.toMatch(/\/work\/|\.ts:\d+|stack/i);
    } finally {
      process.env.NODE_ENV = previous;
    }
  });

  test("a masked error's pino log line carries the error's message and stack under err", async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'error' }, new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) }));
    const prisma = createPrismaClient('postgresql://nobody:nothing@127.0.0.1:1/none');
    try {
      const yoga = createIsnadYoga({ prisma, logger, config: { production: true } });
      await post(yoga, { query: '{ articles { totalCount } }' });
      await new Promise((r) => setTimeout(r, 50));
      const line = lines.map((l) => JSON.parse(l)).find((l) => l.errorId);
      expect(line?.err?.message).toBeTruthy();
      expect(line?.err?.stack).toMatch(/Error/);
      expect(line).not.toHaveProperty('error');
    } finally {
      await prisma.$disconnect();
    }
  });
});
