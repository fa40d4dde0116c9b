// The response cache for anonymous reads (src/server/response-cache.ts), on a real database: what
// is served from memory (no SQL), what never is, and that a write through the API is seen at once.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { generationalCache } from '../../src/server/response-cache.js';
import { createIsnadYoga, type IsnadYoga } from '../../src/server/yoga.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { gid, seedFixture, type Fixture } from '../schema/fixtures.js';

const KEY = 'response-cache-test-key';
const ARTICLES = `{ articles(first: 10) { totalCount edges { node { id title } } } }`;
const PERSONS = `query ($q: String!) { persons(search: $q, first: 5) { edges { node { id name } } } }`;
const DELETE = `mutation ($id: ID!) { deleteArticle(id: $id) { __typename ... on DeleteArticlePayload { deletedId } } }`;

let db: TestDatabase;
let fixture: Fixture;
let cached: IsnadYoga;
let uncached: IsnadYoga;
const sql: string[] = [];

async function post(yoga: IsnadYoga, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const before = sql.length;
  const response = await yoga.fetch('http://isnad.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, etag: response.headers.get('etag'), body: (await response.json()) as { data?: any; errors?: unknown[] }, statements: sql.length - before };
}

beforeAll(async () => {
  db = await createTestDatabase({ logQueries: true });
  (db.prisma as unknown as { $on(event: 'query', listener: (event: { query: string }) => void): void }).$on('query', (e) => sql.push(e.query));
  fixture = await seedFixture(db.prisma);
  const config = { production: true, apiKeys: [KEY] };
  cached = createIsnadYoga({ prisma: db.prisma, logging: false, config: { ...config, responseCacheTtlMs: 60_000 } });
  uncached = createIsnadYoga({ prisma: db.prisma, logging: false, config });
});
afterAll(async () => db?.drop());

describe('anonymous reads', () => {
  it('the same document and variables are answered from memory, without SQL, with the same body', async () => {
    const first = await post(cached, PERSONS, { q: 'لافروف' });
    expect(first.statements).toBeGreaterThan(0);
    const again = await post(cached, PERSONS, { q: 'لافروف' });
    expect(again.statements).toBe(0);
    expect(again.body).toEqual(first.body);
    expect(again.body).toEqual((await post(uncached, PERSONS, { q: 'لافروف' })).body);
    // other variables: another entry
    expect((await post(cached, PERSONS, { q: 'تيلرسون' })).statements).toBeGreaterThan(0);
  });

  it('identical reads arriving together run once', async () => {
    const query = `query ($q: String!) { persons(search: $q, first: 3) { edges { node { id name role } } } }`;
    const alone = await post(uncached, query, { q: 'بيسكوف' });
    const together = sql.length;
    const warn = vi.spyOn(console, 'warn');
    try {
      const answers = await Promise.all(Array.from({ length: 6 }, () => post(cached, query, { q: 'بيسكوف' })));
      expect(sql.length - together).toBe(alone.statements);
      for (const a of answers) expect(a.body).toEqual(alone.body);
      // The callers that waited went through the cache's own execute step too (it warns when skipped).
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  it('an ETag comes back, and If-None-Match with it gets 304 and no body', async () => {
    const { etag } = await post(cached, PERSONS, { q: 'لافروف' });
    expect(etag).toBeTruthy();
    const response = await cached.fetch('http://isnad.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'if-none-match': etag! },
      body: JSON.stringify({ query: PERSONS, variables: { q: 'لافروف' } }),
    });
    expect(response.status).toBe(304);
  });

  it('errors are not stored', async () => {
    const bad = `query { node(id: "${gid('Statement', 987654)}") { id } statementsBad: statements(first: -1) { totalCount } }`;
    const first = await post(cached, bad);
    expect(first.body.errors).toBeDefined();
    expect((await post(cached, bad)).statements).toBe(first.statements);
  });
});

describe('what is never shared', () => {
  it('a caller with an API key always gets a fresh answer', async () => {
    await post(cached, ARTICLES);
    const withKey = await post(cached, ARTICLES, {}, { authorization: `Bearer ${KEY}` });
    expect(withKey.statements).toBeGreaterThan(0);
    expect((await post(cached, ARTICLES, {}, { authorization: `Bearer ${KEY}` })).statements).toBeGreaterThan(0);
  });

  it('with reads private, or a TTL of 0, nothing is cached', async () => {
    for (const config of [{ responseCacheTtlMs: 60_000, privateReads: true }, { responseCacheTtlMs: 0 }]) {
      const yoga = createIsnadYoga({ prisma: db.prisma, logging: false, config: { production: true, apiKeys: [KEY], ...config } });
      const headers: Record<string, string> = config.privateReads ? { authorization: `Bearer ${KEY}` } : {};
      await post(yoga, ARTICLES, {}, headers);
      expect((await post(yoga, ARTICLES, {}, headers)).statements).toBeGreaterThan(0);
    }
  });
});

describe('a write through the API', () => {
  it('is seen by the next read at once, even by a list that held none of the written rows', async () => {
    const before = await post(cached, ARTICLES);
    expect((await post(cached, ARTICLES)).statements).toBe(0);
    const total = before.body.data.articles.totalCount as number;

    const deleted = await post(cached, DELETE, { id: gid('Article', fixture.articles.C.id) }, { authorization: `Bearer ${KEY}` });
    expect(deleted.body.data.deleteArticle.__typename).toBe('DeleteArticlePayload');

    const after = await post(cached, ARTICLES);
    expect(after.statements).toBeGreaterThan(0);
    expect(after.body.data.articles.totalCount).toBe(total - 1);
    // and the old ETag is no longer honoured
    const response = await cached.fetch('http://isnad.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'if-none-match': before.etag! },
      body: JSON.stringify({ query: ARTICLES }),
    });
    expect(response.status).toBe(200);
  });

  it('a read that began before the write is never served after it', async () => {
    const cache = generationalCache(10);
    const oldKey = `${cache.generation()}:abc`;
    cache.nextGeneration();
    await cache.set(oldKey, { data: { stale: true } }, [], 60_000);
    expect(await cache.get(oldKey)).toBeUndefined();
    const newKey = `${cache.generation()}:abc`;
    await cache.set(newKey, { data: { fresh: true } }, [], 60_000);
    expect(await cache.get(newKey)).toEqual({ data: { fresh: true } });
  });
});
