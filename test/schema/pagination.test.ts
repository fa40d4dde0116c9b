// Connections: stable order, first/after and last/before, totalCount, page size limits, bad cursors.
import { describe, expect, test } from 'vitest';
import { gql, useFixtureApi } from './fixtures.js';
import { statementDates } from '../../src/db/statement-dates.js';

const api = useFixtureApi();

const STATEMENTS = `query ($first: Int, $after: String, $last: Int, $before: String) {
  statements(first: $first, after: $after, last: $last, before: $before) {
    totalCount
    edges { cursor node { content position article { publishedAt } } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

const contents = (r: any) => r.data.statements.edges.map((e: any) => e.node.content);

describe('statements', () => {
  // Newest article first (2017-05-10: B, then A, as B has the higher id), then 2017-04-01, then undated.
  const ORDER = ['الرئيس سيلتقي نظيره', 'المحادثات ستستمر', 'اللقاء مع تيلرسون كان بناء', 'نحن مستعدون للحوار', 'الخلافات كبيرة', 'الوضع معقد'];

  test('are ordered by publication date (newest first), article, then position', async () => {
    const r = await gql(api.yoga, STATEMENTS, {});
    expect(r.errors).toBeUndefined();
    expect(contents(r)).toEqual(ORDER);
    expect(r.data.statements.totalCount).toBe(6);
    expect(r.data.statements.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
  });

  test('page forward with first/after through every statement exactly once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const r: any = await gql(api.yoga, STATEMENTS, { first: 2, after });
      expect(r.errors).toBeUndefined();
      expect(r.data.statements.totalCount).toBe(6);
      seen.push(...contents(r));
      const { hasNextPage, endCursor } = r.data.statements.pageInfo;
      expect(endCursor).toBe(r.data.statements.edges.at(-1).cursor);
      if (!hasNextPage) break;
      after = endCursor;
    }
    expect(seen).toEqual(ORDER);
  });

  test('page backward with last/before', async () => {
    const last = await gql(api.yoga, STATEMENTS, { last: 2 });
    expect(last.errors).toBeUndefined();
    expect(contents(last)).toEqual(ORDER.slice(4));
    expect(last.data.statements.pageInfo).toMatchObject({ hasPreviousPage: true });
    const before = await gql(api.yoga, STATEMENTS, { last: 3, before: last.data.statements.pageInfo.startCursor });
    expect(before.errors).toBeUndefined();
    expect(contents(before)).toEqual(ORDER.slice(1, 4));
    expect(before.data.statements.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
  });

  test('a bad cursor is a clear client error', async () => {
    const r = await gql(api.yoga, STATEMENTS, { first: 2, after: 'not-a-cursor' });
    expect(r.data).toBeNull();
    expect(r.errors?.[0].message).toMatch(/not a cursor this API gave out/);
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after/before' });
  });

  test('unsupported argument combinations are refused with a clear message', async () => {
    const page = await gql(api.yoga, STATEMENTS, { first: 2 });
    const r = await gql(api.yoga, STATEMENTS, { first: 2, before: page.data.statements.pageInfo.endCursor });
    expect(r.errors?.[0].message).toBe('Arguments "before" and "first" are not supported at the same time');
  });

  test('connections offer `nodes` as a shortcut for edges { node }', async () => {
    const r = await gql(api.yoga, `{ statements(first: 3) { nodes { content speaker { __typename } } edges { node { content } } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.statements.nodes.map((n: any) => n.content)).toEqual(r.data.statements.edges.map((e: any) => e.node.content));
    expect(r.data.statements.nodes[0].speaker.__typename).toBe('Person');
  });

  test('negative page sizes are refused', async () => {
    const r = await gql(api.yoga, STATEMENTS, { first: -1 });
    expect(r.errors?.[0].message).toMatch(/first/);
  });
});

describe('articles', () => {
  test('newest first, undated last, totalCount, both directions', async () => {
    const q = `query ($first: Int, $after: String, $last: Int, $before: String) {
      articles(first: $first, after: $after, last: $last, before: $before) {
        totalCount edges { node { id title publishedAt } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      }
    }`;
    const all = await gql(api.yoga, q, {});
    expect(all.errors).toBeUndefined();
    expect(all.data.articles.totalCount).toBe(4);
    expect(all.data.articles.edges.map((e: any) => e.node.title)).toEqual([
      api.f.articles.B.title,
      api.f.articles.A.title,
      api.f.articles.C.title,
      null,
    ]);
    const page1 = await gql(api.yoga, q, { first: 3 });
    const page2 = await gql(api.yoga, q, { first: 3, after: page1.data.articles.pageInfo.endCursor });
    expect(page1.data.articles.pageInfo.hasNextPage).toBe(true);
    expect(page2.data.articles.edges.map((e: any) => e.node.publishedAt)).toEqual([null]);
    expect(page2.data.articles.pageInfo.hasNextPage).toBe(false);
    const back = await gql(api.yoga, q, { last: 2, before: page2.data.articles.pageInfo.startCursor });
    expect(back.data.articles.edges.map((e: any) => e.node.publishedAt)).toEqual(['2017-05-10', '2017-04-01']);
  });
});

describe('persons', () => {
  test('ordered by name, with totalCount', async () => {
    const r = await gql(api.yoga, `{ persons(first: 10) { totalCount edges { node { name } } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.persons.totalCount).toBe(3);
    const names = r.data.persons.edges.map((e: any) => e.node.name);
    expect(names).toEqual([...names].sort((a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  test.each([
    ['a partial name', 'لافروف', ['سيرغي لافروف']],
    ['a spelling variant stored as an alias', 'سيرجى', ['سيرغي لافروف']],
    ['other hamza/yaa forms and diacritics', 'دِيمترى', ['ديمتري بيسكوف']],
    ['the Latin name, any case', 'tillerson', ['ريكس تيلرسون']],
    ['nothing', 'نتنياهو', []],
    ['LIKE wildcards, which match only themselves', '%', []],
    ['an underscore', 'Lav_ov', []],
    ['a backslash', '\\', []],
  ])('search by %s', async (_label, search, expected) => {
    const r = await gql(api.yoga, `query ($s: String) { persons(search: $s) { totalCount edges { node { name } } } }`, { s: search });
    expect(r.errors).toBeUndefined();
    expect(r.data.persons.edges.map((e: any) => e.node.name)).toEqual(expected);
    expect(r.data.persons.totalCount).toBe(expected.length);
  });
});

describe('page size', () => {
  test('defaults to 20 and is capped at 100', async () => {
    const body = 'قال أحدهم إن الأمر مهم. '.repeat(110);
    const article = await api.db.prisma.article.create({ data: { body, contentHash: 'page-size', publishedAt: new Date('2017-01-01') } });
    await api.db.prisma.statement.createMany({
      data: Array.from({ length: 105 }, (_, i) => ({
        articleId: article.id, position: i, ...statementDates(article.publishedAt), cue: 'قال', cueStart: 0, cueEnd: 3, content: 'الأمر مهم', contentStart: 13, contentEnd: 22, kind: 'indirect' as const,
      })),
    });
    await api.db.prisma.meeting.createMany({ data: Array.from({ length: 105 }, () => ({ kind: 'talks' as const, status: 'held' as const })) });
    const r = await gql(api.yoga, `{ statements { totalCount edges { cursor } pageInfo { hasNextPage } } meetings(first: 1000) { totalCount edges { cursor } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.statements.totalCount).toBe(111);
    expect(r.data.statements.edges).toHaveLength(20);
    expect(r.data.statements.pageInfo.hasNextPage).toBe(true);
    expect(r.data.meetings.totalCount).toBe(107);
    expect(r.data.meetings.edges).toHaveLength(100);
  });
});
