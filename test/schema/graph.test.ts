// The graph around statements: articles, persons, organizations, meetings, and their links.
import { describe, expect, test } from 'vitest';
import { gid, gql, useFixtureApi } from './fixtures.js';

const api = useFixtureApi();

async function node(id: string, selection: string) {
  const r = await gql(api.yoga, `query ($id: ID!) { node(id: $id) { ${selection} } }`, { id });
  expect(r.errors).toBeUndefined();
  return r.data.node;
}

describe('Article', () => {
  test('has its outlet, date, url, statements in text order, persons, organizations and meetings', async () => {
    const a = await node(
      gid('Article', api.f.articles.B.id),
      `... on Article {
        title url publishedAt outlet { nameEn }
        statements { totalCount edges { node { position content } } }
        persons { nameEn }
        organizations { nameEn }
        meetings { kind }
      }`,
    );
    expect(a).toEqual({
      title: 'بيسكوف: الرئيس سيلتقي نظيره',
      url: null,
      publishedAt: '2017-05-10',
      outlet: { nameEn: 'Youm7' },
      statements: {
        totalCount: 2,
        edges: [
          { node: { position: 0, content: 'الرئيس سيلتقي نظيره' } },
          { node: { position: 1, content: 'المحادثات ستستمر' } },
        ],
      },
      persons: [{ nameEn: 'Dmitry Peskov' }],
      organizations: [{ nameEn: 'RIA Novosti' }, { nameEn: 'Russian Foreign Ministry' }],
      meetings: [{ kind: 'meeting' }],
    });
  });

  test('persons include speakers and persons only mentioned, once each, in order of appearance', async () => {
    const a = await node(gid('Article', api.f.articles.A.id), `... on Article { persons { nameEn } }`);
    expect(a.persons).toEqual([{ nameEn: 'Sergey Lavrov' }, { nameEn: 'Rex Tillerson' }]);
    const d = await node(gid('Article', api.f.articles.D.id), `... on Article { title publishedAt outlet { name } persons { nameEn } }`);
    expect(d).toEqual({ title: null, publishedAt: null, outlet: null, persons: [{ nameEn: 'Sergey Lavrov' }] });
  });

  test('statements of an article page with first/after', async () => {
    const q = `query ($id: ID!, $after: String) { node(id: $id) { ... on Article { statements(first: 1, after: $after) {
      totalCount edges { node { position } } pageInfo { hasNextPage endCursor } } } } }`;
    const p1 = await gql(api.yoga, q, { id: gid('Article', api.f.articles.A.id) });
    expect(p1.data.node.statements).toMatchObject({ totalCount: 2, edges: [{ node: { position: 0 } }], pageInfo: { hasNextPage: true } });
    const p2 = await gql(api.yoga, q, { id: gid('Article', api.f.articles.A.id), after: p1.data.node.statements.pageInfo.endCursor });
    expect(p2.data.node.statements).toMatchObject({ totalCount: 2, edges: [{ node: { position: 1 } }], pageInfo: { hasNextPage: false } });
  });
});

describe('Person', () => {
  test('has aliases, statements newest first, and meetings', async () => {
    const p = await node(
      gid('Person', api.f.persons.lavrov.id),
      `... on Person {
        name nameEn role aliases
        statements { totalCount edges { node { content article { publishedAt } } } }
        meetings { kind status date place participants { nameEn } participantOrganizations { nameEn } }
      }`,
    );
    expect(p).toEqual({
      name: 'سيرغي لافروف',
      nameEn: 'Sergey Lavrov',
      role: 'وزير الخارجية الروسي',
      aliases: ['سيرغي لافروف', 'سيرجى لافروف', 'لافروف'],
      statements: {
        totalCount: 3,
        edges: [
          { node: { content: 'اللقاء مع تيلرسون كان بناء', article: { publishedAt: '2017-05-10' } } },
          { node: { content: 'نحن مستعدون للحوار', article: { publishedAt: '2017-05-10' } } },
          { node: { content: 'الوضع معقد', article: { publishedAt: null } } },
        ],
      },
      meetings: [
        {
          kind: 'meeting',
          status: 'held',
          date: '2017-05-10',
          place: 'في واشنطن',
          participants: [{ nameEn: 'Sergey Lavrov' }, { nameEn: 'Rex Tillerson' }],
          participantOrganizations: [{ nameEn: 'Russian Foreign Ministry' }],
        },
      ],
    });
  });
});

describe('Organization', () => {
  test('lists what it said, what it relayed, and what it published', async () => {
    const sana = await node(
      gid('Organization', api.f.organizations.sana.id),
      `... on Organization { name nameEn kind aliases
        statements { totalCount }
        relayedStatements { totalCount edges { node { content } } }
        articles { totalCount edges { node { title } } } }`,
    );
    expect(sana).toEqual({
      name: 'سانا',
      nameEn: 'SANA',
      kind: 'news_agency',
      aliases: ['سانا'],
      statements: { totalCount: 0 },
      relayedStatements: { totalCount: 1, edges: [{ node: { content: 'اللقاء مع تيلرسون كان بناء' } }] },
      articles: { totalCount: 1, edges: [{ node: { title: api.f.articles.A.title } }] },
    });
    const mfa = await node(gid('Organization', api.f.organizations.mfa.id), `... on Organization { statements { totalCount edges { node { content } } } }`);
    expect(mfa.statements).toEqual({ totalCount: 1, edges: [{ node: { content: 'المحادثات ستستمر' } }] });
  });

  test('organizations can be listed, searched and filtered by kind', async () => {
    const r = await gql(api.yoga, `{
      all: organizations { totalCount }
      agencies: organizations(kind: news_agency) { totalCount edges { node { nameEn } } }
      search: organizations(search: "الخارجيه") { edges { node { nameEn } } }
    }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.all.totalCount).toBe(4);
    expect(r.data.agencies.edges.map((e: any) => e.node.nameEn).sort()).toEqual(['RIA Novosti', 'SANA']);
    expect(r.data.search.edges).toEqual([{ node: { nameEn: 'Russian Foreign Ministry' } }]);
  });
});

describe('Meeting', () => {
  test('has participants, statements about it, and the articles that mention it', async () => {
    const m = await node(
      gid('Meeting', api.f.meetings.meeting.id),
      `... on Meeting { kind status date endDate dateText place
        participants { nameEn } participantOrganizations { nameEn }
        statements { content } mentions { title } }`,
    );
    expect(m).toEqual({
      kind: 'meeting',
      status: 'held',
      date: '2017-05-10',
      endDate: null,
      dateText: 'أمس',
      place: 'في واشنطن',
      participants: [{ nameEn: 'Sergey Lavrov' }, { nameEn: 'Rex Tillerson' }],
      participantOrganizations: [{ nameEn: 'Russian Foreign Ministry' }],
      statements: [{ content: 'الرئيس سيلتقي نظيره' }, { content: 'اللقاء مع تيلرسون كان بناء' }],
      mentions: [{ title: api.f.articles.B.title }, { title: api.f.articles.A.title }],
    });
  });

  test('meetings are listed latest first and can be filtered', async () => {
    const q = `query ($filter: MeetingFilter) { meetings(filter: $filter) { totalCount edges { node { kind date endDate } } } }`;
    const all = await gql(api.yoga, q, {});
    expect(all.data.meetings).toEqual({
      totalCount: 2,
      edges: [
        { node: { kind: 'phone_call', date: '2017-07-07', endDate: '2017-07-08' } },
        { node: { kind: 'meeting', date: '2017-05-10', endDate: null } },
      ],
    });
    const kinds = async (filter: Record<string, unknown>) => {
      const r = await gql(api.yoga, q, { filter });
      expect(r.errors).toBeUndefined();
      return r.data.meetings.edges.map((e: any) => e.node.kind);
    };
    expect(await kinds({ participant: gid('Person', api.f.persons.tillerson.id) })).toEqual(['meeting']);
    expect(await kinds({ participant: gid('Organization', api.f.organizations.mfa.id) })).toEqual(['meeting']);
    expect(await kinds({ kind: 'phone_call' })).toEqual(['phone_call']);
    expect(await kinds({ status: 'held' })).toEqual(['meeting']);
    expect(await kinds({ from: '2017-07-08' })).toEqual(['phone_call']); // a range overlapping `from` counts
    expect(await kinds({ to: '2017-06-01' })).toEqual(['meeting']);
    const bad = await gql(api.yoga, q, { filter: { participant: gid('Meeting', 1) } });
    expect(bad.errors?.[0].message).toMatch(/filter\.participant: .*expected the ID of a Person or an Organization/);
  });
});
