// Statement fields, the Speaker union, and StatementFilter with its validation.
import { describe, expect, test } from 'vitest';
import { gid, gql, useFixtureApi } from './fixtures.js';

const api = useFixtureApi();

const FILTERED = `query ($filter: StatementFilter) {
  statements(first: 50, filter: $filter) { totalCount edges { node { content } } }
}`;

async function filtered(filter: Record<string, unknown>) {
  const r = await gql(api.yoga, FILTERED, { filter });
  expect(r.errors).toBeUndefined();
  expect(r.data.statements.totalCount).toBe(r.data.statements.edges.length);
  return r.data.statements.edges.map((e: any) => e.node.content) as string[];
}

describe('Statement', () => {
  test('exposes what was said, by whom, where, relayed by whom, with spans into the body', async () => {
    const r = await gql(
      api.yoga,
      `query ($id: ID!) { node(id: $id) { ... on Statement {
        content cue kind audience anaphoric position
        speaker { __typename ... on Person { name role } }
        via { name nameEn kind }
        article { title body outlet { nameEn } }
        contentSpan { start end } cueSpan { start end } audienceSpan { start end }
        meetings { kind participants { nameEn } }
      } } }`,
      { id: gid('Statement', api.f.statements.b0.id) },
    );
    expect(r.errors).toBeUndefined();
    const s = r.data.node;
    expect(s).toMatchObject({
      content: 'الرئيس سيلتقي نظيره',
      cue: 'أكد',
      kind: 'indirect',
      audience: 'لوكالة ريا نوفوستي',
      anaphoric: false,
      position: 0,
      speaker: { __typename: 'Person', name: 'ديمتري بيسكوف', role: 'المتحدث باسم الكرملين' },
      via: { nameEn: 'RIA Novosti', kind: 'news_agency' },
      article: { outlet: { nameEn: 'Youm7' } },
      meetings: [{ kind: 'meeting', participants: [{ nameEn: 'Sergey Lavrov' }, { nameEn: 'Rex Tillerson' }] }],
    });
    const body: string = s.article.body;
    expect(body.slice(s.contentSpan.start, s.contentSpan.end)).toBe(s.content);
    expect(body.slice(s.cueSpan.start, s.cueSpan.end)).toBe(s.cue);
    expect(body.slice(s.audienceSpan.start, s.audienceSpan.end)).toBe(s.audience);
  });

  test('audienceSpan is null without an audience; anaphoric is reported', async () => {
    const r = await gql(api.yoga, `query ($id: ID!) { node(id: $id) { ... on Statement { audience audienceSpan { start } anaphoric via { id } } } }`, {
      id: gid('Statement', api.f.statements.a1.id),
    });
    expect(r.data.node).toEqual({ audience: null, audienceSpan: null, anaphoric: true, via: null });
  });

  test('Speaker resolves to a Person or an Organization', async () => {
    const r = await gql(
      api.yoga,
      `query ($filter: StatementFilter) { statements(filter: $filter) { edges { node { content speaker {
        __typename
        ... on Person { id name aliases }
        ... on Organization { id name orgKind: kind }
      } } } } }`,
      { filter: { article: gid('Article', api.f.articles.B.id) } },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.statements.edges.map((e: any) => e.node.speaker)).toEqual([
      { __typename: 'Person', id: gid('Person', api.f.persons.peskov.id), name: 'ديمتري بيسكوف', aliases: ['ديمتري بيسكوف', 'دميترى بيسكوف'] },
      { __typename: 'Organization', id: gid('Organization', api.f.organizations.mfa.id), name: 'وزارة الخارجية الروسية', orgKind: 'ministry' },
    ]);
  });

  test('speaker is null when the article does not say', async () => {
    await api.db.prisma.statement.update({ where: { id: api.f.statements.c0.id }, data: { speakerPersonId: null } });
    try {
      const r = await gql(api.yoga, `query ($id: ID!) { node(id: $id) { ... on Statement { speaker { __typename } } } }`, {
        id: gid('Statement', api.f.statements.c0.id),
      });
      expect(r).toEqual({ data: { node: { speaker: null } } });
    } finally {
      await api.db.prisma.statement.update({ where: { id: api.f.statements.c0.id }, data: { speakerPersonId: api.f.persons.tillerson.id } });
    }
  });

  test('corroborations link statements both ways', async () => {
    const q = `query ($id: ID!) { node(id: $id) { ... on Statement { corroborations { content article { title } } } } }`;
    const a = await gql(api.yoga, q, { id: gid('Statement', api.f.statements.a0.id) });
    expect(a.data.node.corroborations).toEqual([{ content: 'الوضع معقد', article: { title: null } }]);
    const d = await gql(api.yoga, q, { id: gid('Statement', api.f.statements.d0.id) });
    expect(d.data.node.corroborations.map((s: any) => s.content)).toEqual(['اللقاء مع تيلرسون كان بناء']);
  });
});

describe('StatementFilter', () => {
  test('by a Person speaker', async () => {
    expect(await filtered({ speaker: gid('Person', api.f.persons.lavrov.id) })).toEqual([
      'اللقاء مع تيلرسون كان بناء',
      'نحن مستعدون للحوار',
      'الوضع معقد',
    ]);
  });

  test('by an Organization speaker', async () => {
    expect(await filtered({ speaker: gid('Organization', api.f.organizations.mfa.id) })).toEqual(['المحادثات ستستمر']);
  });

  test('by article', async () => {
    expect(await filtered({ article: gid('Article', api.f.articles.A.id) })).toEqual(['اللقاء مع تيلرسون كان بناء', 'نحن مستعدون للحوار']);
  });

  test('by kind', async () => {
    expect(await filtered({ kind: 'direct' })).toEqual(['نحن مستعدون للحوار']);
  });

  test('by via', async () => {
    expect(await filtered({ via: gid('Organization', api.f.organizations.ria.id) })).toEqual(['الرئيس سيلتقي نظيره']);
  });

  test('by publication date range, bounds inclusive', async () => {
    expect(await filtered({ from: '2017-05-10', to: '2017-05-10' })).toHaveLength(4);
    expect(await filtered({ to: '2017-04-30' })).toEqual(['الخلافات كبيرة']);
    expect(await filtered({ from: '2017-04-01' })).toHaveLength(5); // the undated article is out
    expect(await filtered({ from: '2017-05-11' })).toEqual([]);
  });

  test('fields combine with AND', async () => {
    expect(await filtered({ speaker: gid('Person', api.f.persons.lavrov.id), kind: 'indirect', from: '2017-05-01' })).toEqual([
      'اللقاء مع تيلرسون كان بناء',
    ]);
  });

  test.each([
    ['an invalid date', { from: '2017-02-30' }, /2017-02-30.*not a real calendar date.*February 2017 has 28 days/],
    ['a leap day of a common year', { to: '2019-02-29' }, /February 2019 has 28 days/],
    ['a malformed date', { from: '10/05/2017' }, /YYYY-MM-DD/],
    ['month 13', { from: '2017-13-01' }, /no month 13/],
  ])('rejects %s with a clear message', async (_label, filter, message) => {
    const r = await gql(api.yoga, FILTERED, { filter });
    expect(r.data).toBeUndefined();
    expect(r.errors).toHaveLength(1);
    expect(r.errors![0].message).toMatch(message);
  });

  test('accepts a real leap day', async () => {
    expect(await filtered({ from: '2016-02-29', to: '2016-02-29' })).toEqual([]);
  });

  test('an invalid date literal in the query text is rejected too', async () => {
    const r = await gql(api.yoga, `{ statements(filter: { from: "2017-02-30" }) { totalCount } }`);
    expect(r.errors?.[0].message).toMatch(/not a real calendar date/);
  });

  test.each([
    ['speaker', 'garbage', /filter\.speaker: "garbage" is not a valid ID/],
    ['speaker', gid('Article', 1), /filter\.speaker: .* is the ID of an Article; expected the ID of a Person or an Organization/],
    ['article', gid('Person', 1), /filter\.article: .*expected the ID of an Article/],
    ['via', gid('Person', 1), /filter\.via: .*expected the ID of an Organization/],
  ])('refuses a wrong %s ID with a clear message', async (field, id, message) => {
    const r = await gql(api.yoga, FILTERED, { filter: { [field]: id } });
    expect(r.data).toBeNull();
    expect(r.errors![0].message).toMatch(message);
    expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  test('refuses an empty date range', async () => {
    const r = await gql(api.yoga, FILTERED, { filter: { from: '2017-06-01', to: '2017-05-01' } });
    expect(r.errors![0].message).toMatch(/filter\.from \(2017-06-01\) is after filter\.to \(2017-05-01\)/);
  });

  test('an ID of the right type that matches nothing gives an empty list', async () => {
    expect(await filtered({ speaker: gid('Person', 999999) })).toEqual([]);
  });
});
