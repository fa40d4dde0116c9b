// Global IDs: every object can be fetched again through node/nodes; a well-formed ID of nothing gives
// null, and what is not an ID at all (or a bad page size or cursor) is BAD_USER_INPUT.
import { describe, expect, test } from 'vitest';
import { gid, gql, useFixtureApi } from './fixtures.js';

const api = useFixtureApi();

const NODE = `query ($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Person { name nameEn }
    ... on Organization { name organizationKind: kind }
    ... on Article { title publishedAt }
    ... on Statement { content }
    ... on Meeting { kind status date }
  }
}`;

describe('node', () => {
  test('round-trips every node type: the id listed is the id that fetches it', async () => {
    const list = await gql(
      api.yoga,
      `{
        articles(first: 1) { edges { node { id title } } }
        persons(first: 1) { edges { node { id name } } }
        statements(first: 1) { edges { node { id content via { id name } } } }
        meetings(first: 1) { edges { node { id kind } } }
      }`,
    );
    expect(list.errors).toBeUndefined();
    const cases: [string, Record<string, unknown>][] = [
      ['Article', list.data.articles.edges[0].node],
      ['Person', list.data.persons.edges[0].node],
      ['Statement', list.data.statements.edges[0].node],
      ['Meeting', list.data.meetings.edges[0].node],
      ['Organization', list.data.statements.edges[0].node.via],
    ];
    for (const [typename, listed] of cases) {
      const fetched = await gql(api.yoga, NODE, { id: listed.id });
      expect(fetched.errors).toBeUndefined();
      expect(fetched.data.node.__typename).toBe(typename);
      expect(fetched.data.node.id).toBe(listed.id);
    }
  });

  test('fetches by the ID encoding the type and the database id', async () => {
    const r = await gql(api.yoga, NODE, { id: gid('Person', api.f.persons.lavrov.id) });
    expect(r).toEqual({
      data: { node: { __typename: 'Person', id: gid('Person', api.f.persons.lavrov.id), name: 'سيرغي لافروف', nameEn: 'Sergey Lavrov' } },
    });
    const o = await gql(api.yoga, NODE, { id: gid('Organization', api.f.organizations.mfa.id) });
    expect(o.data.node).toMatchObject({ __typename: 'Organization', organizationKind: 'ministry' });
    const m = await gql(api.yoga, NODE, { id: gid('Meeting', api.f.meetings.meeting.id) });
    expect(m.data.node).toMatchObject({ __typename: 'Meeting', kind: 'meeting', status: 'held', date: '2017-05-10' });
  });

  test.each([
    ['unknown type', gid('User', 1)],
    ['a type that is not a node', gid('Span', 1)],
    ['a missing row', gid('Person', 987654)],
  ])('answers null for a well-formed ID of nothing here: %s', async (_label, id) => {
    const r = await gql(api.yoga, NODE, { id });
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ node: null });
  });

  test.each([
    ['garbage', 'not-an-id'],
    ['empty', ''],
    ['base64 of something else', Buffer.from('hello').toString('base64')],
    ['a non-numeric id', Buffer.from('Person:abc').toString('base64')],
    ['an id out of range', gid('Person', 99999999999)],
    ['a megabyte', 'x'.repeat(1_000_000)],
  ])('refuses what is not an ID at all with BAD_USER_INPUT naming the argument: %s', async (_label, id) => {
    const r = await gql(api.yoga, NODE, { id });
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(r.errors?.[0].message.length).toBeLessThan(200);
  });

  test('nodes keeps order and answers null for each ID that matches nothing', async () => {
    const ids = [gid('Statement', api.f.statements.b1.id), gid('User', 3), gid('Person', api.f.persons.peskov.id), gid('Person', 424242)];
    const r = await gql(api.yoga, `query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`, { ids });
    expect(r.errors).toBeUndefined();
    expect(r.data.nodes).toEqual([
      { __typename: 'Statement', id: ids[0] },
      null,
      { __typename: 'Person', id: ids[2] },
      null,
    ]);
  });

  test('nodes refuses an ID that is not one, naming its place', async () => {
    const r = await gql(api.yoga, `query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: [gid('Person', api.f.persons.peskov.id), 'junk'] });
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });
    expect(r.errors?.[0].message).toMatch(/^ids\[1\]/);
  });

  test.each([
    ['{ statements(first: -1) { totalCount } }', 'first'],
    ['{ statements(last: -5) { totalCount } }', 'last'],
    ['{ meetings(first: -2) { totalCount } }', 'first'],
    ['{ statements(first: 2, after: "bogus") { totalCount } }', 'after/before'],
    ['{ articles(first: 2, after: "YWJj") { totalCount } }', 'after/before'],
  ])('a bad page size or cursor is BAD_USER_INPUT with the argument: %s', async (query, argument) => {
    const r = await gql(api.yoga, query);
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });

  test('a megabyte cursor is not echoed back', async () => {
    const r = await gql(api.yoga, `query ($c: String) { statements(first: 2, after: $c) { totalCount } }`, { c: 'z'.repeat(1_000_000) });
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(JSON.stringify(r).length).toBeLessThan(2_000);
  });

  test('nodes takes at most 100 IDs', async () => {
    const ids = Array.from({ length: 101 }, (_, i) => gid('Person', i + 1));
    const r = await gql(api.yoga, `query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids });
    expect(r.errors?.[0].message).toBe('nodes: at most 100 IDs per call; got 101.');
  });
});
