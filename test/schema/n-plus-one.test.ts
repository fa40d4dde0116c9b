// Nested lists cost a fixed number of SQL statements, whatever the page size.
import { expect, test } from 'vitest';
import { useSqlCountingApi } from './fixtures.js';

const { countStatements } = useSqlCountingApi(55, 'n1');

const STATEMENTS = `query ($n: Int) {
  statements(first: $n) {
    totalCount
    edges { cursor node {
      id content cue kind
      speaker {
        __typename
        ... on Person { id name aliases meetings(first: 5) { kind } }
        ... on Organization { id name aliases }
      }
      article { id title publishedAt outlet { id name nameEn } }
      via { id name }
      meetings(first: 3) { id kind participants(first: 5) { id name aliases } participantOrganizations(first: 5) { name } mentions(first: 5) { title } }
      corroborations(first: 5) { id }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;

test('a page of statements with speaker, article, outlet, via, meetings and participants: SQL count does not grow with N', async () => {
  const small = await countStatements(STATEMENTS, { n: 5 });
  const large = await countStatements(STATEMENTS, { n: 50 });
  expect(small.data.statements.edges).toHaveLength(5);
  expect(large.data.statements.edges).toHaveLength(50);
  // The data is really there: both speaker kinds, outlets, meetings with participants.
  const nodes = large.data.statements.edges.map((e: any) => e.node);
  expect(new Set(nodes.map((n: any) => n.speaker.__typename))).toEqual(new Set(['Person', 'Organization']));
  expect(nodes.every((n: any) => n.article.outlet && n.via && n.meetings[0].participants.length >= 1)).toBe(true);
  expect(large.count).toBe(small.count);
  // relationJoins (prisma/schema.prisma): the whole selection is one statement, whatever its depth.
  expect(large.count).toBeLessThanOrEqual(2); // with relationJoins: the page and its totalCount (23 without it)
});

const ARTICLES = `query ($n: Int) {
  articles(first: $n) {
    totalCount
    edges { node {
      title outlet { name }
      persons(first: 10) { name }
      organizations(first: 10) { name }
      meetings(first: 5) { kind participants(first: 5) { name } }
      statements(first: 3) { totalCount edges { node { content speaker { ... on Person { name } ... on Organization { name } } } } }
    } }
  }
}`;

test('a page of articles with persons, organizations, meetings and a nested statements connection: constant SQL count', async () => {
  const small = await countStatements(ARTICLES, { n: 4 });
  const large = await countStatements(ARTICLES, { n: 50 });
  expect(large.data.articles.edges).toHaveLength(50);
  expect(large.data.articles.edges.every((e: any) => e.node.statements.totalCount === 1)).toBe(true);
  expect(large.count).toBe(small.count);
  expect(large.count).toBeLessThanOrEqual(3); // with relationJoins (18 without it)
});

const PERSONS = `query ($n: Int) {
  persons(first: $n) {
    totalCount
    edges { node { name aliases meetings { kind statements { content } } statements(first: 2) { totalCount edges { node { content article { title } } } } } }
  }
}`;

test('a page of persons with meetings and statements: constant SQL count', async () => {
  const small = await countStatements(PERSONS, { n: 5 });
  const large = await countStatements(PERSONS, { n: 50 });
  expect(large.data.persons.edges).toHaveLength(50);
  expect(large.count).toBe(small.count);
  expect(large.count).toBeLessThanOrEqual(2); // with relationJoins (9 without it)
});
