// The SQL cost of the search fields does not grow with the page size: search hits, persons found by
// name and statements filtered by text load their nested objects in batches, like every list.
import { expect, test } from 'vitest';
import { gql, useSqlCountingApi } from './fixtures.js';

const { api, countStatements: count } = useSqlCountingApi(30, 'sc');

const STATEMENT_FIELDS = `id content
  speaker { __typename ... on Person { name aliases } ... on Organization { name } }
  article { title outlet { name } }
  via { name }
  meetings { kind participants { name } }`;

const cases: [string, string, Record<string, unknown>, (data: any) => unknown[]][] = [
  [
    'search',
    `query ($n: Int) { search(query: "مهم", first: $n) { totalCount edges { snippet rank node {
      __typename ... on Statement { ${STATEMENT_FIELDS} } ... on Article { title outlet { name } statements(first: 2) { edges { node { content } } } }
    } } } }`,
    {},
    (d) => d.search.edges,
  ],
  [
    'persons(search:)',
    `query ($n: Int) { persons(search: "شخص", first: $n) { totalCount edges { node { name aliases meetings { kind } statements(first: 2) { totalCount } } } } }`,
    {},
    (d) => d.persons.edges,
  ],
  [
    'statements(filter: { text }, orderBy: RELEVANCE)',
    `query ($n: Int) { statements(filter: { text: "مهم" }, orderBy: RELEVANCE, first: $n) { totalCount edges { node { ${STATEMENT_FIELDS} } } } }`,
    {},
    (d) => d.statements.edges,
  ],
  [
    'statements(filter: { speakerName })',
    `query ($n: Int) { statements(filter: { speakerName: "شخص" }, first: $n) { totalCount edges { node { ${STATEMENT_FIELDS} } } } }`,
    {},
    (d) => d.statements.edges,
  ],
];

for (const [name, query, variables, edges] of cases) {
  test(`${name}: SQL count does not grow with the page size`, async () => {
    const small = await count(query, { ...variables, n: 3 });
    const large = await count(query, { ...variables, n: 12 });
    expect(edges(small.data)).toHaveLength(3);
    expect(edges(large.data)).toHaveLength(12);
    expect(large.count).toBe(small.count);
  });
}

test('search pages through every hit once, with offset cursors', async () => {
  const seen: string[] = [];
  let after: string | null = null;
  for (let page = 0; page < 10; page++) {
    const r: { data?: any; errors?: unknown[] } = await gql(api.yoga, `query ($after: String) { search(query: "مهم", first: 25, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { __typename ... on Statement { id } ... on Article { id } } }
    } }`, { after });
    expect(r.errors).toBeUndefined();
    const { edges, pageInfo, totalCount }: { edges: any[]; pageInfo: { hasNextPage: boolean; endCursor: string }; totalCount: number } = r.data.search;
    expect(totalCount).toBe(60); // 30 statements and their 30 articles
    seen.push(...edges.map((e: any) => e.node.id));
    if (!pageInfo.hasNextPage) break;
    after = pageInfo.endCursor;
  }
  expect(seen).toHaveLength(60);
  expect(new Set(seen).size).toBe(60);
  const bad = await gql(api.yoga, `{ search(query: "مهم", after: "nope") { totalCount } }`);
  expect(bad.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
});
