// Rate limits, request ids and the access log, /metrics, CORS origins, GraphiQL and introspection
// switches (issue 6). In-process through yoga.fetch, on a real database.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createIsnadYoga, type IsnadYoga } from '../../src/server/yoga.js';
import { TokenBuckets } from '../../src/server/rate-limit.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { seedFixture } from '../schema/fixtures.js';

const KEY = 'hardening-key-0123456789';
let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await seedFixture(db.prisma);
});
afterAll(async () => db?.drop());

const post = (yoga: IsnadYoga, query: string, headers: Record<string, string> = {}, variables: Record<string, unknown> = {}) =>
  yoga.fetch('http://isnad.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });

describe('rate limits', () => {
  test('token buckets refill with time and say how long to wait', () => {
    let now = 0;
    const buckets = new TokenBuckets(60, 2, () => now);
    expect(buckets.take('a')).toBe(0);
    expect(buckets.take('a')).toBe(0);
    expect(buckets.take('a')).toBe(1); // one token a second
    expect(buckets.take('b')).toBe(0); // per key
    now += 1_000;
    expect(buckets.take('a')).toBe(0);
  });

  test('anonymous clients: 429 with Retry-After past their limit; a valid API key is not counted as anonymous', async () => {
    const yoga = createIsnadYoga({
      prisma: db.prisma,
      logging: false,
      config: { production: false, apiKeys: [KEY] },
      hardening: { rateLimits: { anonymousPerMinute: 3, writesPerMinute: 0 } },
    });
    for (let i = 0; i < 3; i++) expect((await post(yoga, '{ articles { totalCount } }')).status).toBe(200);
    const limited = await post(yoga, '{ articles { totalCount } }');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = await limited.json();
    expect(body.errors[0].extensions.code).toBe('RATE_LIMITED');
    // A wrong key is anonymous too.
    expect((await post(yoga, '{ articles { totalCount } }', { authorization: 'Bearer wrong' })).status).toBe(429);
    expect((await post(yoga, '{ articles { totalCount } }', { authorization: `Bearer ${KEY}` })).status).toBe(200);
    // /healthz is not limited.
    expect((await yoga.fetch('http://isnad.test/healthz')).status).toBe(200);
  });

  test('writes per API key: 429 with Retry-After past the limit, nothing written', async () => {
    const yoga = createIsnadYoga({
      prisma: db.prisma,
      logging: false,
      config: { production: false, apiKeys: [KEY] },
      hardening: { rateLimits: { anonymousPerMinute: 0, writesPerMinute: 2 } },
    });
    const ingest = `mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { __typename } }`;
    const auth = { authorization: `Bearer ${KEY}` };
    for (let i = 0; i < 2; i++) {
      const r = await post(yoga, ingest, auth, { input: { text: '' } });
      expect(r.status).toBe(200);
      expect((await r.json()).data.ingestArticle.__typename).toBe('ValidationError');
    }
    const before = await db.prisma.article.count();
    const limited = await post(yoga, ingest, auth, { input: { text: 'قال الوزير إن "الوضع مستقر".' } });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = await limited.json();
    expect(body.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(JSON.stringify(body)).not.toContain('"http"');
    expect(await db.prisma.article.count()).toBe(before);
    // Reads with the same key are not writes.
    expect((await post(yoga, '{ articles { totalCount } }', auth)).status).toBe(200);
  });
});

describe('request ids and the access log', () => {
  const lines: { level: string; details: any; message?: string }[] = [];
  const logger = {
    debug: (details: object, message?: string) => lines.push({ level: 'debug', details, message }),
    info: (details: object, message?: string) => lines.push({ level: 'info', details, message }),
    warn: (details: object, message?: string) => lines.push({ level: 'warn', details, message }),
    error: (details: object, message?: string) => lines.push({ level: 'error', details, message }),
  };

  test('a sane X-Request-Id is echoed, anything else replaced by a UUID; one structured line per request', async () => {
    const yoga = createIsnadYoga({ prisma: db.prisma, logger });
    const given = await post(yoga, 'query Count { articles { totalCount } }', { 'x-request-id': 'abc-123.xyz' });
    expect(given.headers.get('x-request-id')).toBe('abc-123.xyz');
    const none = await post(yoga, '{ articles { totalCount } }');
    expect(none.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const bad = await post(yoga, '{ articles { totalCount } }', { 'x-request-id': 'has spaces\tand "quotes"' });
    expect(bad.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const health = await yoga.fetch('http://isnad.test/healthz', { headers: { 'x-request-id': 'probe-1' } });
    expect(health.headers.get('x-request-id')).toBe('probe-1');

    const line = lines.find((l) => l.message === 'request' && l.details.requestId === 'abc-123.xyz');
    expect(line?.level).toBe('info');
    expect(line?.details).toMatchObject({ method: 'POST', path: '/graphql', status: 200, operation: 'query Count' });
    expect(typeof line?.details.durationMs).toBe('number');
    expect(lines.find((l) => l.details.requestId === 'probe-1')?.level).toBe('debug');
  });
});

describe('/metrics', () => {
  test('Prometheus text: requests, latencies, errors, the database pool', async () => {
    const yoga = createIsnadYoga({ prisma: db.prisma, logging: false });
    await post(yoga, '{ articles { totalCount } }');
    await post(yoga, '{ statements(filter: { speaker: "nope" }) { totalCount } }');
    const response = await yoga.fetch('http://isnad.test/metrics');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/isnad_http_requests_total\{route="\/graphql",method="POST",status="200"\} 2/);
    expect(text).toMatch(/isnad_http_request_duration_seconds_bucket\{le="[\d.]+",route="\/graphql",method="POST"\} \d+/);
    expect(text).toMatch(/isnad_graphql_operations_total\{type="query"\} 2/);
    expect(text).toMatch(/isnad_graphql_errors_total\{code="BAD_USER_INPUT"\} 1/);
    expect(text).toMatch(/isnad_db_pool_connections\{state="total"\} \d+/);
    expect(text).toMatch(/isnad_db_pool_connections\{state="waiting"\} 0/);
    expect(text).toMatch(/isnad_process_cpu_seconds_total/);
  });

  test('can be turned off', async () => {
    const yoga = createIsnadYoga({ prisma: db.prisma, logging: false, hardening: { metrics: false } });
    expect((await yoga.fetch('http://isnad.test/metrics')).status).toBe(404);
  });
});

describe('CORS, GraphiQL, introspection', () => {
  test('only the configured origins may call from a browser', async () => {
    const yoga = createIsnadYoga({ prisma: db.prisma, logging: false, hardening: { corsOrigins: ['https://isnad.example'] } });
    const preflight = (origin: string) =>
      yoga.fetch('http://isnad.test/graphql', {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    expect((await preflight('https://isnad.example')).headers.get('access-control-allow-origin')).toBe('https://isnad.example');
    const evil = (await preflight('https://evil.example')).headers.get('access-control-allow-origin');
    expect(evil === null || evil !== 'https://evil.example').toBe(true);
    const any = createIsnadYoga({ prisma: db.prisma, logging: false });
    const open = await any.fetch('http://isnad.test/graphql', { method: 'OPTIONS', headers: { origin: 'https://any.example', 'access-control-request-method': 'POST' } });
    expect(['*', 'https://any.example']).toContain(open.headers.get('access-control-allow-origin'));
  });

  test('production: no GraphiQL and no introspection unless asked for', async () => {
    const prod = createIsnadYoga({ prisma: db.prisma, logging: false, config: { production: true } });
    const page = await prod.fetch('http://isnad.test/graphql', { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toMatch(/graphiql/i);
    const introspection = await (await post(prod, '{ __schema { queryType { name } } }')).json();
    expect(introspection.errors[0].message).toMatch(/introspection/i);

    const opened = createIsnadYoga({ prisma: db.prisma, logging: false, config: { production: true }, hardening: { introspection: true, graphiql: true } });
    expect(await (await opened.fetch('http://isnad.test/graphql', { headers: { accept: 'text/html' } })).text()).toMatch(/graphiql/i);
    expect((await (await post(opened, '{ __schema { queryType { name } } }')).json()).data.__schema.queryType.name).toBe('Query');
  });
});
