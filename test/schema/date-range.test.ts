// Every date the API accepts is one PostgreSQL stores and ingest can move by days: the year 0,
// 9999-12-31 and the like are typed errors, never an INTERNAL_SERVER_ERROR (22008), in filters and
// in ingestArticle(published:); the edges of the range work.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { MAX_YEAR, MIN_YEAR } from '../../src/ingest/validate.js';
import { createIsnadYoga, type IsnadYoga } from '../../src/server/yoga.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { gql } from './fixtures.js';

const KEY = 'date-key';
let db: TestDatabase;
let yoga: IsnadYoga;
beforeAll(async () => {
  db = await createTestDatabase();
  yoga = createIsnadYoga({ prisma: db.prisma, logging: false, config: { production: false, apiKeys: [KEY] } });
});
afterAll(async () => db?.drop());

const OUTSIDE = ['0000-01-01', '9999-12-31', `${String(MIN_YEAR - 1).padStart(4, '0')}-12-31`, `${MAX_YEAR + 1}-01-01`];
const EDGES = [`${MIN_YEAR}-01-01`, `${MAX_YEAR}-12-31`];

async function ingest(published: string, text: string) {
  const response = await yoga.fetch('http://isnad.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
    body: JSON.stringify({
      query: `mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) {
        __typename ... on IngestArticlePayload { article { publishedAt } } ... on ValidationError { field message } } }`,
      variables: { input: { text, published } },
    }),
  });
  const body = await response.json();
  return body.data?.ingestArticle ?? { code: body.errors?.[0]?.extensions?.code, message: body.errors?.[0]?.message };
}

it('filters refuse dates outside the stored range with BAD_USER_INPUT, and accept its edges', async () => {
  for (const day of OUTSIDE) {
    for (const query of [
      `{ statements(first: 1, filter: { from: "${day}" }) { totalCount } }`,
      `{ statements(first: 1, filter: { to: "${day}" }) { totalCount } }`,
      `{ meetings(first: 1, filter: { from: "${day}" }) { totalCount } }`,
      `{ meetings(first: 1, filter: { to: "${day}" }) { totalCount } }`,
      `{ attribute(text: "قال المتحدث إن \\"الاجتماع مفيد\\".", published: "${day}") { statements { content } } }`,
    ]) {
      const r = await gql(yoga, query);
      // A literal is refused while the query is validated, a variable while it is coerced.
      expect(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED'], query).toContain(r.errors?.[0]?.extensions?.code);
      expect(r.errors?.[0]?.message, query).toMatch(/years/);
    }
  }
  for (const day of EDGES) {
    const r = await gql(yoga, `{ statements(first: 1, filter: { from: "${day}", to: "${day}" }) { totalCount } meetings(first: 1, filter: { from: "${day}" }) { totalCount } }`);
    expect(r.errors, day).toBeUndefined();
  }
});

it('ingestArticle(published:) outside the range is refused with a message naming the years; its edges are stored as given', async () => {
  for (const day of OUTSIDE) {
    const result = await ingest(day, `قال المتحدث إن "الاجتماع مفيد" يوم ${day}.`);
    // `published` is a Date: the variable is refused before anything runs, as a typed error.
    expect(result.message, day).toMatch(/outside the dates Isnad stores/);
    expect(result.code, day).not.toBe('INTERNAL_SERVER_ERROR');
  }
  for (const day of EDGES) {
    const result = await ingest(day, `وقال وزير الخارجية إن "اللقاء سيعقد في موعده" في ${day}.`);
    expect(result, day).toMatchObject({ __typename: 'IngestArticlePayload', article: { publishedAt: day } });
  }
  expect(await db.prisma.article.count()).toBe(EDGES.length);
});
