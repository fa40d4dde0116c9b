// Query shape limits: depth.
import { getIntrospectionQuery } from 'graphql';
import { afterAll, expect, test } from 'vitest';
import { createPrismaClient } from '../../src/db/client.js';
import { MAX_QUERY_DEPTH } from '../../src/server/limits.js';
import { createIsnadYoga } from '../../src/server/yoga.js';
import { gql } from '../schema/fixtures.js';

// Validation runs before any resolver: no database is reached in this file.
const prisma = createPrismaClient('postgresql://nobody:nothing@127.0.0.1:1/none');
const yoga = createIsnadYoga({ prisma, logging: false });
afterAll(async () => prisma.$disconnect());

/** statements { edges { node { article { statements { ... down to `depth` levels, a valid query. */
function nested(depth: number): string {
  const path = ['statements', 'edges', 'node', 'article'];
  const leaf: Record<string, string> = { statements: 'totalCount', edges: 'cursor', node: 'id', article: 'id' };
  const fields = Array.from({ length: depth - 1 }, (_, i) => path[i % path.length]);
  const inner = leaf[fields.at(-1)!];
  return `query Deep { ${fields.map((f) => `${f} { `).join('')}${inner}${' }'.repeat(fields.length)} }`;
}

test(`queries nested deeper than ${MAX_QUERY_DEPTH} levels are refused before execution`, async () => {
  const r = await gql(yoga, nested(MAX_QUERY_DEPTH + 1));
  expect(r.data).toBeUndefined();
  expect(r.errors?.[0].message).toMatch(/operation "Deep" nests fields deeper than 12 levels/);
  expect(r.errors?.[0].extensions?.code).toBe('QUERY_TOO_DEEP');
});

test('fragments count toward depth', async () => {
  const r = await gql(
    yoga,
    `query { statements { ...S } }
     fragment S on StatementConnection { edges { node { article { statements { edges { node { article { statements { edges { node { article { title } } } } } } } } } } } }`,
  );
  expect(r.errors?.[0].message).toMatch(/deeper than 12 levels/);
});

test('introspection (what GraphiQL and codegen send) is not limited', async () => {
  const r = await gql(yoga, getIntrospectionQuery());
  expect(r.errors).toBeUndefined();
  expect(r.data.__schema.queryType.name).toBe('Query');
});

test(`${MAX_QUERY_DEPTH} levels are accepted`, async () => {
  // Fails at the database, not at validation.
  const r = await gql(yoga, nested(MAX_QUERY_DEPTH));
  expect(r.errors?.[0].extensions?.code).toBe('DATABASE_UNAVAILABLE'); // failed at the (absent) database: it passed validation
});

/** `fragment F<i> on Query { ...F<i-1> ...F<i-1> }`: 2^n spreads of F0 when expanded, n+1 fragments written. */
function fragmentBomb(n: number): string {
  const fragments = ['fragment F0 on Query { articles(first: 1) { totalCount } }'];
  for (let i = 1; i <= n; i++) fragments.push(`fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`);
  return `query Bomb { ...F${n} }\n${fragments.join('\n')}`;
}

test('a fragment bomb (30 levels, a billion expanded spreads) is refused as too costly at once', async () => {
  const started = performance.now();
  const r = await gql(yoga, fragmentBomb(30));
  const ms = performance.now() - started;
  expect(r.data).toBeUndefined();
  expect(r.errors?.map((e) => e.extensions?.code)).toContain('QUERY_TOO_COSTLY');
  // Before memoization, 22 levels took 10 s and each level doubled it: 30 would take hours.
  expect(ms).toBeLessThan(5_000);
});

test('a deep fragment chain is measured once per fragment: depth still counts through it', async () => {
  const fragments = ['fragment D0 on Article { id }'];
  for (let i = 1; i <= 14; i++) fragments.push(`fragment D${i} on Article { statements(first: 1) { nodes { article { ...D${i - 1} } } } }`);
  const r = await gql(yoga, `query { articles(first: 1) { nodes { ...D14 } } }\n${fragments.join('\n')}`);
  expect(r.errors?.[0].extensions?.code).toBe('QUERY_TOO_DEEP');
});

test('plain lists count with their cap: a list bomb through corroborations is refused', async () => {
  const r = await gql(yoga, `{ statements(first: 100) { nodes { corroborations(first: 100) { article { body } } } } }`);
  expect(r.errors?.[0].extensions?.code).toBe('QUERY_TOO_COSTLY');
  // the same shape with small pages passes validation (and fails at the absent database)
  const small = await gql(yoga, `{ statements(first: 5) { nodes { corroborations(first: 5) { article { body } } } } }`);
  expect(small.errors?.[0].extensions?.code).toBe('DATABASE_UNAVAILABLE');
});

test('an article body weighs more than a column in the cost', async () => {
  // 100 × 20 × 10 = 20,000 articles: their ids pass (cost ~22,000), their bodies do not (~1,000,000).
  const shape = (leaf: string) => `{ statements(first: 100) { nodes { meetings(first: 20) { mentions(first: 10) { ${leaf} } } } } }`;
  expect((await gql(yoga, shape('id'))).errors?.[0].extensions?.code).not.toBe('QUERY_TOO_COSTLY');
  expect((await gql(yoga, shape('body'))).errors?.[0].extensions?.code).toBe('QUERY_TOO_COSTLY');
});

test('the attribution engine may run at most twice per request, aliases and fragments included', async () => {
  const aliased = Array.from({ length: 30 }, (_, i) => `a${i}: attribute(text: "قال") { statements { content } }`).join(' ');
  const r = await gql(yoga, `{ ${aliased} }`);
  expect(r.errors?.[0].extensions?.code).toBe('QUERY_TOO_COSTLY');
  expect(r.errors?.[0].message).toMatch(/attribution engine 30 times; at most 2/);
  const viaFragments = await gql(yoga, `{ ...A ...B } fragment A on Query { x: attribute(text: "قال") { persons { name } } } fragment B on Query { ...A y: attribute(text: "قال") { persons { name } } }`);
  expect(viaFragments.errors?.[0].message).toMatch(/3 times/);
});
