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
