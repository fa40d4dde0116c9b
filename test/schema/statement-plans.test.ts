// Statement lists read their page off an index: the SQL Prisma sends for a page of statements
// (overall, per speaker, per relay, after a cursor, and the corroboration lookup of ingestion)
// is EXPLAINed on a few thousand statements, and no plan sorts or scans the statement table.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIsnadYoga, type IsnadYoga } from '../../src/server/yoga.js';
import { linkCorroborations } from '../../src/ingest/corroboration.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { gql } from './fixtures.js';

let db: TestDatabase;
let yoga: IsnadYoga;
let client: pg.Client;
const sent: { query: string; params: string }[] = [];
let recording = false;

beforeAll(async () => {
  db = await createTestDatabase({ logQueries: true });
  (db.prisma as unknown as { $on(event: 'query', listener: (event: { query: string; params: string }) => void): void }).$on('query', (event) => {
    if (recording) sent.push({ query: event.query, params: event.params });
  });
  client = new pg.Client({ connectionString: db.url });
  await client.connect();
  // 2,000 articles over ~5 years (one in 20 undated), 4 statements each: 8,000 statements by
  // 50 persons and 10 organizations, relayed by 10 agencies.
  await client.query(`
    INSERT INTO organization (name, normalized_name) SELECT 'org ' || i, 'org ' || i FROM generate_series(1, 20) i;
    INSERT INTO person (name, normalized_name) SELECT 'person ' || i, 'person ' || i FROM generate_series(1, 50) i;
    INSERT INTO article (title, body, published_at, content_hash)
      SELECT 'a' || i, 'قال فلان إن الأمر مهم ' || i,
             CASE WHEN i % 20 = 0 THEN NULL ELSE DATE '2020-01-01' + (i * 7919 % 1800) END, md5(i::text)
      FROM generate_series(1, 2000) i;
    INSERT INTO statement (article_id, position, speaker_person_id, speaker_organization_id, via_id, cue, cue_start, cue_end,
                           content, content_start, content_end, kind, published_at, sort_date)
      SELECT a.id, p, CASE WHEN (a.id + p) % 5 <> 0 THEN 1 + (a.id * 3 + p) % 50 END,
             CASE WHEN (a.id + p) % 5 = 0 THEN 1 + (a.id + p) % 10 END, 11 + (a.id + p) % 10,
             'قال', 0, 3, 'الأمر مهم ' || a.id || ' ' || p, 8, 17, 'indirect', a.published_at, COALESCE(a.published_at, DATE '0001-01-01')
      FROM article a CROSS JOIN generate_series(0, 3) p;
    ANALYZE;`);
  yoga = createIsnadYoga({ prisma: db.prisma, logging: false });
}, 120_000);
afterAll(async () => {
  await client?.end();
  await db?.drop();
});

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}
const nodesOf = (plan: PlanNode): PlanNode[] => [plan, ...(plan.Plans ?? []).flatMap(nodesOf)];

/** The SQL statements `run` sends that read the statement table, each EXPLAINed with its parameters. */
async function plans(run: () => Promise<unknown>): Promise<{ sql: string; nodes: PlanNode[] }[]> {
  sent.length = 0;
  recording = true;
  try {
    await run();
  } finally {
    recording = false;
  }
  const reads = sent.filter((s) => /^SELECT/i.test(s.query) && /FROM "public"\."statement"/.test(s.query));
  expect(reads.length).toBeGreaterThan(0);
  return Promise.all(
    reads.map(async (s) => {
      const { rows } = await client.query(`EXPLAIN (FORMAT JSON) ${s.query}`, JSON.parse(s.params));
      return { sql: s.query, nodes: nodesOf(rows[0]['QUERY PLAN'][0].Plan) };
    }),
  );
}

function expectIndexedPage(read: { sql: string; nodes: PlanNode[] }, index: string) {
  const types = read.nodes.map((n) => n['Node Type']);
  expect(types, read.sql).not.toContain('Sort');
  expect(types, read.sql).not.toContain('Incremental Sort');
  expect(read.nodes.filter((n) => n['Node Type'] === 'Seq Scan').map((n) => n['Relation Name']), read.sql).not.toContain('statement');
  expect(read.nodes.map((n) => n['Index Name']), read.sql).toContain(index);
}

async function query(source: string, variables: Record<string, unknown> = {}) {
  const r = await gql(yoga, source, variables);
  expect(r.errors).toBeUndefined();
  return r.data;
}

const PAGE = `edges { cursor node { id content article { publishedAt } } } pageInfo { endCursor }`;

describe('statement lists at 8,000 statements', () => {
  it('statements(first: 50): newest first off statement_feed_idx, then after a cursor', async () => {
    let data: any;
    const [first] = await plans(async () => (data = await query(`{ statements(first: 50) { ${PAGE} } }`)));
    expectIndexedPage(first, 'statement_feed_idx');
    const dates = data.statements.edges.map((e: any) => e.node.article.publishedAt);
    expect(dates[0] >= dates[49]).toBe(true);
    const reads = await plans(() => query(`query ($after: String) { statements(first: 50, after: $after) { ${PAGE} } }`, { after: data.statements.pageInfo.endCursor }));
    expectIndexedPage(reads[reads.length - 1], 'statement_feed_idx');
  });

  it("a person's statements and a speaker filter: statement_person_feed_idx", async () => {
    const data = await query(`{ statements(first: 1, filter: { kind: indirect }) { edges { node { speaker { ... on Person { id } } } } } }`);
    const id = data.statements.edges[0].node.speaker.id;
    const [nested] = await plans(() => query(`query ($id: ID!) { node(id: $id) { ... on Person { statements(first: 20) { ${PAGE} } } } }`, { id }));
    expectIndexedPage(nested, 'statement_person_feed_idx');
    const [filtered] = await plans(() => query(`query ($id: ID!) { statements(first: 20, filter: { speaker: $id }) { ${PAGE} } }`, { id }));
    expectIndexedPage(filtered, 'statement_person_feed_idx');
  });

  it("an organization's statements and relayed statements: the organization and via indexes", async () => {
    const data = await query(`{ statements(first: 20) { edges { node { via { id } speaker { ... on Organization { id } } } } } }`);
    const org = data.statements.edges.find((e: any) => e.node.speaker?.id).node.speaker.id;
    const via = data.statements.edges[0].node.via.id;
    const [spoken] = await plans(() => query(`query ($id: ID!) { node(id: $id) { ... on Organization { statements(first: 20) { ${PAGE} } } } }`, { id: org }));
    expectIndexedPage(spoken, 'statement_organization_feed_idx');
    const [relayed] = await plans(() => query(`query ($id: ID!) { node(id: $id) { ... on Organization { relayedStatements(first: 20) { ${PAGE} } } } }`, { id: via }));
    expectIndexedPage(relayed, 'statement_via_feed_idx');
  });

  it("the corroboration lookup reads the speakers' statements of the date window only", async () => {
    const reads = await plans(() =>
      db.prisma.$transaction((tx) =>
        linkCorroborations(tx, 1, new Date('2022-06-15'), [
          { id: -1, content: 'الأمر مهم', speakerPersonId: 7, speakerOrganizationId: null },
          { id: -2, content: 'الأمر مهم', speakerPersonId: null, speakerOrganizationId: 3 },
        ]),
      ),
    );
    const [lookup] = reads;
    expect(lookup.nodes.filter((n) => n['Node Type'] === 'Seq Scan').map((n) => n['Relation Name'])).not.toContain('statement');
    const used = lookup.nodes.map((n) => n['Index Name']);
    expect(used).toContain('statement_person_feed_idx');
    expect(used).toContain('statement_organization_feed_idx');
    expect(lookup.sql).not.toMatch(/"public"\."article"/);
  });
});
