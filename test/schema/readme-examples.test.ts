// The README's dry-run and ingest examples, exactly as printed there (a GraphQL block followed by
// its JSON variables), run against the API; the GraphiQL tabs with variables run too.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.js';
import { GRAPHIQL_TABS } from '../../src/server/graphiql.js';
import { createIsnadYoga, type IsnadYoga } from '../../src/server/yoga.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';

const KEY = 'readme-key';
let db: TestDatabase;
let yoga: IsnadYoga;
beforeAll(async () => {
  db = await createTestDatabase();
  yoga = createIsnadYoga({ prisma: db.prisma, logging: false, config: { production: false, apiKeys: [KEY] } });
});
afterAll(async () => db?.drop());

async function post(query: string, variables: unknown, headers: Record<string, string> = {}) {
  const response = await yoga.fetch('http://isnad.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

/** The ```graphql block holding `operation` and the ```json block right after it. */
function readmeExample(operation: string): { query: string; variables: any } {
  const readme = fs.readFileSync(path.join(projectRoot, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1], body: m[2] }));
  const at = blocks.findIndex((b) => b.lang === 'graphql' && b.body.includes(operation));
  expect(at, `README has a graphql block with ${operation}`).toBeGreaterThanOrEqual(0);
  expect(blocks[at + 1]?.lang).toBe('json');
  return { query: blocks[at].body, variables: JSON.parse(blocks[at + 1].body) };
}

it("the README's dry run finds both quoted statements of its two-line article", async () => {
  const { query, variables } = readmeExample('query DryRun');
  expect(variables.text).toContain('\n');
  expect(variables.text).toContain('"');
  const r = await post(query, variables);
  expect(r.errors).toBeUndefined();
  expect(r.data.attribute.statements.map((s: { kind: string }) => s.kind)).toEqual(['direct', 'direct']);
});

it("the README's ingest is refused without a key and stores the article with one", async () => {
  const { query, variables } = readmeExample('mutation Ingest');
  const withoutKey = await post(query, variables);
  expect(withoutKey.data.ingestArticle.__typename).toBe('UnauthorizedError');
  const first = await post(query, variables, { authorization: `Bearer ${KEY}` });
  expect(first.data.ingestArticle).toMatchObject({ __typename: 'IngestArticlePayload', duplicate: false });
  expect(first.data.ingestArticle.statementCount).toBeGreaterThan(0);
  expect(await db.prisma.article.count()).toBe(1);
});

it('every GraphiQL tab with variables runs without errors', async () => {
  const tabs = GRAPHIQL_TABS.filter((t) => 'variables' in t && !/mutation/.test(t.query));
  expect(tabs.length).toBeGreaterThanOrEqual(2);
  for (const tab of tabs) {
    const r = await post(tab.query, JSON.parse((tab as { variables: string }).variables));
    expect(r.errors, tab.query.slice(0, 80)).toBeUndefined();
  }
});
