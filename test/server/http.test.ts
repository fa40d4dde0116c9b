// The HTTP server: /graphql, GraphiQL, /healthz (200 and 503), masked errors, graceful shutdown.
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createPrismaClient } from '../../src/db/client.js';
import { startServer, type RunningServer } from '../../src/server/http.js';
import { createIsnadYoga } from '../../src/server/yoga.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { gql, seedFixture } from '../schema/fixtures.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await seedFixture(db.prisma);
});
afterAll(async () => db?.drop());

/** A client whose database does not exist: every query fails. */
const unreachablePrisma = () => createPrismaClient('postgresql://nobody:nothing@127.0.0.1:1/none');

describe('healthz (in-process)', () => {
  test('200 {status:"ok"} when the database answers', async () => {
    const yoga = createIsnadYoga({ prisma: db.prisma, logging: false });
    const response = await yoga.fetch('http://isnad.test/healthz');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  test('503 when the database does not answer', async () => {
    const prisma = unreachablePrisma();
    try {
      const yoga = createIsnadYoga({ prisma, logging: false });
      const response = await yoga.fetch('http://isnad.test/healthz');
      expect(response.status).toBe(503);
      const body = await response.json();
      expect(body.status).toBe('unavailable');
      expect(JSON.stringify(body)).not.toMatch(/nobody|nothing|127\.0\.0\.1/);
    } finally {
      await prisma.$disconnect();
    }
  });

  test('503 once the Prisma client is disconnected and the database gone', async () => {
    const other = await createTestDatabase();
    const yoga = createIsnadYoga({ prisma: other.prisma, logging: false });
    expect((await yoga.fetch('http://isnad.test/healthz')).status).toBe(200);
    await other.drop();
    expect((await yoga.fetch('http://isnad.test/healthz')).status).toBe(503);
  });
});

describe('errors', () => {
  test('an unreachable database is reported as such (no SQL, no stack, no connection string) and logged with an id', async () => {
    const prisma = unreachablePrisma();
    try {
      const logged: { details: any; message: string }[] = [];
      const yoga = createIsnadYoga({ prisma, logging: false, errorLogger: { error: (details, message) => logged.push({ details, message: message ?? "" }) } });
      const r = await gql(yoga, `{ statements { totalCount } }`);
      expect(r.errors?.[0].message).toMatch(/^The database is unavailable/);
      expect(r.errors?.[0].extensions?.code).toBe('DATABASE_UNAVAILABLE');
      expect(JSON.stringify(r)).not.toMatch(/nobody|127\.0\.0\.1|prisma|stack|SELECT/i);
      const errorId = r.errors?.[0].extensions?.errorId;
      expect(errorId).toMatch(/^[0-9a-f-]{36}$/);
      expect(logged).toHaveLength(1);
      expect(logged[0].details.errorId).toBe(errorId);
      expect(logged[0].details.err).toBeInstanceOf(Error);
    } finally {
      await prisma.$disconnect();
    }
  });

  test('client errors keep their message', async () => {
    const yoga = createIsnadYoga({ prisma: db.prisma, logging: false });
    const r = await gql(yoga, `{ statements(filter: { speaker: "nope" }) { totalCount } }`);
    expect(r.errors?.[0].message).toMatch(/filter\.speaker: "nope" is not a valid ID/);
  });
});

describe('startServer', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ prisma: createPrismaClient(db.url), port: 0, logging: false });
  });
  afterAll(async () => server?.close());

  test('serves GraphQL at /graphql', async () => {
    expect(server.url).toMatch(/^http:\/\/localhost:\d+\/graphql$/);
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ statements(first: 1) { totalCount edges { node { content speaker { __typename } } } } }' }),
    });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.data.statements.totalCount).toBe(6);
  });

  test('serves GraphiQL to browsers, opening on an attribution query', async () => {
    const response = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toMatch(/graphiql/i);
    expect(html).toContain('WhoSaidWhat');
    expect(html).toContain('speaker');
  });

  test('sends the bare address to GraphiQL', async () => {
    const response = await fetch(new URL('/', server.url), { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/graphql');
  });

  test('serves /healthz', async () => {
    const response = await fetch(new URL('/healthz', server.url));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});

describe('shutdown', () => {
  test('stops accepting, lets the in-flight request finish, then closes', async () => {
    const prisma = createPrismaClient(db.url);
    const server = await startServer({ prisma, port: 0, logging: false });
    const body = JSON.stringify({ query: '{ articles { totalCount } }' });

    // A request whose body is still arriving when shutdown starts: the server has its headers.
    const arrived = new Promise((resolve) => server.server.once('request', resolve));
    let finishBody = () => {};
    const inFlight = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(server.url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      });
      req.on('error', reject);
      req.write(body.slice(0, 10));
      finishBody = () => req.end(body.slice(10));
    });
    inFlight.catch(() => {}); // awaited below; keeps a failure from also surfacing as unhandled
    await arrived;

    let closed = false;
    const closing = server.close().then(() => (closed = true));
    await new Promise((r) => setTimeout(r, 50));
    expect(closed).toBe(false);
    // No new connections once shutdown has begun.
    await expect(fetch(new URL('/healthz', server.url))).rejects.toThrow();
    expect(closed).toBe(false);

    finishBody();
    const result = await inFlight;
    expect(result.status).toBe(200);
    expect(JSON.parse(result.body)).toEqual({ data: { articles: { totalCount: 4 } } });
    await closing;
    expect(closed).toBe(true);
    expect(server.server.listening).toBe(false);
    await server.close(); // a second close is harmless
  });
});
