// The API over the real seed: the two bundled articles run through the engine and ingest.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { seedDatabase } from '../../src/ingest/seed.js';
import { createIsnadYoga, type IsnadYoga } from '../../src/server/yoga.js';
import { DEFAULT_GRAPHIQL_QUERY } from '../../src/server/graphiql.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { gql } from './fixtures.js';

let db: TestDatabase;
let yoga: IsnadYoga;
beforeAll(async () => {
  db = await createTestDatabase();
  const summary = await seedDatabase(db.prisma);
  // Everything below reads the engine's output: say so plainly when there is none.
  if (summary.statements === 0) throw new Error('the attribution engine found no statement in the seed articles');
  yoga = createIsnadYoga({ prisma: db.prisma, logging: false });
}, 120_000);
afterAll(async () => db?.drop());

test('the GraphiQL default query runs on the seed and shows who said what', async () => {
  const r = await gql(yoga, DEFAULT_GRAPHIQL_QUERY);
  expect(r.errors).toBeUndefined();
  expect(r.data.statements.totalCount).toBeGreaterThan(0);
  const edges = r.data.statements.edges;
  expect(edges.length).toBeGreaterThan(0);
  expect(edges.some((e: any) => e.node.speaker?.__typename === 'Person')).toBe(true);
  expect(edges.every((e: any) => e.node.article.publishedAt === '2017-05-10')).toBe(true);
});

test('every statement span points at its text in the article body', async () => {
  let after: string | null = null;
  let checked = 0;
  for (;;) {
    const r: any = await gql(
      yoga,
      `query ($after: String) { statements(first: 100, after: $after) {
        edges { node { content cue audience contentSpan { start end } cueSpan { start end } audienceSpan { start end } article { body } } }
        pageInfo { hasNextPage endCursor }
      } }`,
      { after },
    );
    expect(r.errors).toBeUndefined();
    for (const { node } of r.data.statements.edges) {
      expect(node.article.body.slice(node.contentSpan.start, node.contentSpan.end)).toBe(node.content);
      expect(node.article.body.slice(node.cueSpan.start, node.cueSpan.end)).toBe(node.cue);
      if (node.audienceSpan) expect(node.article.body.slice(node.audienceSpan.start, node.audienceSpan.end)).toBe(node.audience);
      checked++;
    }
    if (!r.data.statements.pageInfo.hasNextPage) break;
    after = r.data.statements.pageInfo.endCursor;
  }
  expect(checked).toBeGreaterThan(0);
});

test('a person found by search leads to their statements through the filter and back through node', async () => {
  const found = await gql(yoga, `{ persons(search: "لافروف") { totalCount edges { node { id name aliases statements { totalCount } } } } }`);
  expect(found.errors).toBeUndefined();
  expect(found.data.persons.totalCount).toBe(1);
  const lavrov = found.data.persons.edges[0].node;
  expect(lavrov.statements.totalCount).toBeGreaterThan(0);
  const filtered = await gql(yoga, `query ($id: ID!) { statements(filter: { speaker: $id }) { totalCount edges { node { speaker { ... on Person { id } } } } } }`, {
    id: lavrov.id,
  });
  expect(filtered.data.statements.totalCount).toBe(lavrov.statements.totalCount);
  expect(filtered.data.statements.edges.every((e: any) => e.node.speaker.id === lavrov.id)).toBe(true);
});

test('articles carry their outlet, and the outlets their articles', async () => {
  const r = await gql(yoga, `{ articles { totalCount edges { node { title publishedAt outlet { nameEn articles { totalCount } } persons { name } statements { totalCount } } } } }`);
  expect(r.errors).toBeUndefined();
  expect(r.data.articles.totalCount).toBe(2);
  const outlets = r.data.articles.edges.map((e: any) => e.node.outlet.nameEn).sort();
  expect(outlets).toEqual(['SANA', 'Youm7']);
  for (const { node } of r.data.articles.edges) {
    expect(node.outlet.articles.totalCount).toBe(1);
    expect(node.persons.length).toBeGreaterThan(0);
    expect(node.statements.totalCount).toBeGreaterThan(0);
  }
});
