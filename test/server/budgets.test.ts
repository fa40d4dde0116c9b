// What the shape limits cannot see (issue 16, items 3 and 4): lists that grow with the data are
// capped, an answer larger than the response budget is refused with a typed error, a query past
// its time budget is given up, large answers are not kept by the response cache, and the
// attribution engine runs off the event loop.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { jsonSizeAtMost } from '../../src/server/budgets.js';
import { createIsnadYoga, type IsnadYoga } from '../../src/server/yoga.js';
import { statementDates } from '../../src/db/statement-dates.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { gid, gql, seedFixture } from '../schema/fixtures.js';
import { articleOf } from '../helpers/articles.js';

let db: TestDatabase;
let yoga: IsnadYoga;
let hub: number;
const BODY = 'نص'.repeat(20_000); // 40,000 characters, 80 kB of UTF-8

beforeAll(async () => {
  db = await createTestDatabase();
  await seedFixture(db.prisma);
  // One statement corroborated by 30 others, each in its own article with a long body.
  const first = await db.prisma.statement.findFirstOrThrow({ orderBy: { id: 'asc' } });
  hub = first.id;
  for (let i = 0; i < 30; i++) {
    const article = await db.prisma.article.create({ data: { title: `نسخة ${i}`, body: `${BODY}${i}`, contentHash: `budget-${i}`, publishedAt: new Date('2017-05-01T00:00:00Z') } });
    const copy = await db.prisma.statement.create({
      data: {
        articleId: article.id,
        position: 0,
        ...statementDates(article.publishedAt),
        speakerPersonId: first.speakerPersonId,
        cue: 'قال',
        cueStart: 0,
        cueEnd: 3,
        content: first.content,
        contentStart: 0,
        contentEnd: 3,
        kind: 'indirect',
      },
    });
    await db.prisma.corroboration.create({ data: { fromId: first.id, toId: copy.id, score: 1 - i / 100 } });
  }
  yoga = createIsnadYoga({ prisma: db.prisma, logging: false, config: { production: true, responseCacheTtlMs: 60_000 }, hardening: { budgets: { maxResponseBytes: 1_000_000 } } });
});
afterAll(async () => db?.drop());

const CORROBORATIONS = `query ($id: ID!, $n: Int) { node(id: $id) { ... on Statement { corroborations(first: $n) { id } } } }`;

describe('lists that grow with the data', () => {
  test('corroborations: 20 by default, `first:` up to 100, more refused', async () => {
    expect((await gql(yoga, CORROBORATIONS, { id: gid('Statement', hub) })).data.node.corroborations).toHaveLength(20);
    expect((await gql(yoga, CORROBORATIONS, { id: gid('Statement', hub), n: 25 })).data.node.corroborations).toHaveLength(25);
    // all 31 (30 made here, one in the fixture)
    expect((await gql(yoga, CORROBORATIONS, { id: gid('Statement', hub), n: 100 })).data.node.corroborations).toHaveLength(31);
    const tooMany = await gql(yoga, CORROBORATIONS, { id: gid('Statement', hub), n: 1_000 });
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});

describe('the response budget', () => {
  test('an answer past it is refused with RESPONSE_TOO_LARGE; a smaller one of the same shape is answered', async () => {
    const query = `query ($id: ID!, $n: Int) { node(id: $id) { ... on Statement { corroborations(first: $n) { article { body } } } } }`;
    // 30 bodies of 80 kB: 2.4 MB, past the 1 MB budget of this server.
    const big = await gql(yoga, query, { id: gid('Statement', hub), n: 30 });
    expect(big.data ?? null).toBeNull();
    expect(big.errors?.[0].extensions?.code).toBe('RESPONSE_TOO_LARGE');
    const small = await gql(yoga, query, { id: gid('Statement', hub), n: 5 });
    expect(small.errors).toBeUndefined();
    expect(small.data.node.corroborations).toHaveLength(5);
  });

  test('the size is counted in UTF-8, about what JSON.stringify gives', () => {
    const value = { a: 'نص'.repeat(100), list: [1, 2, { b: null, c: 'x'.repeat(10) }] };
    const exact = Buffer.byteLength(JSON.stringify(value), 'utf8');
    expect(jsonSizeAtMost(value, 10_000)).toBeGreaterThanOrEqual(exact * 0.9);
    expect(jsonSizeAtMost(value, 10_000)).toBeLessThanOrEqual(exact * 1.5);
    expect(jsonSizeAtMost(Array.from({ length: 100 }, () => ({ body: 'x'.repeat(100) })), 1_000)).toBeGreaterThan(1_000);
  });
});

describe('the time budget', () => {
  test('a query past it gets REQUEST_TIMEOUT (503, Retry-After) instead of holding the client', async () => {
    const strict = createIsnadYoga({ prisma: db.prisma, logging: false, config: { production: true }, hardening: { budgets: { timeBudgetMs: 1 } } });
    const response = await strict.fetch('http://isnad.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ search(query: "الأمر", first: 50) { totalCount edges { node { __typename } } } statements(first: 100) { nodes { content article { title } } } }' }),
    });
    const body = await response.json();
    expect(body.errors?.[0].extensions?.code).toBe('REQUEST_TIMEOUT');
  });
});

describe('the attribution engine', () => {
  test('runs off the event loop: /healthz answers while a long text is being read', async () => {
    const text = articleOf(1_000);
    const order: string[] = [];
    const attribute = gql(yoga, `query ($t: String!) { attribute(text: $t) { statements { content } } }`, { t: text }).then((r) => {
      order.push('attribute');
      return r;
    });
    // Let the request reach its worker, then ask for health a few times.
    await new Promise((r) => setTimeout(r, 30));
    for (let i = 0; i < 3; i++) {
      const health = await yoga.fetch('http://isnad.test/healthz');
      expect(health.status).toBe(200);
      order.push('healthz');
    }
    const result = await attribute;
    expect(result.errors).toBeUndefined();
    expect(result.data.attribute.statements).toHaveLength(1_000);
    expect(order.slice(0, 3)).toEqual(['healthz', 'healthz', 'healthz']);
  });
});
