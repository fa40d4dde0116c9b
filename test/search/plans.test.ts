// The searches use their indexes on tables of a realistic size: a few thousand persons, aliases,
// statements and articles (EXPLAIN ANALYZE of the SQL src/db/search.ts runs).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Prisma } from '../../src/db/generated/prisma/client.js';
import { fold } from '../../src/attribution/normalize.js';
import { searchSql } from '../../src/db/search.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { createArticle, createKnownPersons, createStatement, seedBulk } from './seed.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await createKnownPersons(db.prisma);
  const article = await createArticle(db.prisma, 'قال المتحدث باسم الكرملين إن المحادثات الثلاثية ستعقد في إسطنبول', 'محادثات إسطنبول');
  await createStatement(db.prisma, article, 0, 'المحادثات الثلاثية ستعقد في إسطنبول الأسبوع المقبل');
  await seedBulk(db.prisma, { persons: 4000, articles: 1000 });
}, 300_000);
afterAll(async () => {
  await db?.drop();
});

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  'Function Name'?: string;
  Plans?: PlanNode[];
}

async function plan(sql: Prisma.Sql | null): Promise<{ nodes: PlanNode[]; ms: number }> {
  expect(sql).not.toBeNull();
  const [row] = await db.prisma.$queryRaw<{ 'QUERY PLAN': [{ Plan: PlanNode; 'Execution Time': number }] }[]>(
    Prisma.sql`EXPLAIN (ANALYZE, FORMAT JSON) ${sql!}`,
  );
  const nodes: PlanNode[] = [];
  const walk = (n: PlanNode) => {
    nodes.push(n);
    n.Plans?.forEach(walk);
  };
  walk(row['QUERY PLAN'][0].Plan);
  return { nodes, ms: row['QUERY PLAN'][0]['Execution Time'] };
}

const indexesUsed = (nodes: PlanNode[]) => new Set(nodes.map((n) => n['Index Name']).filter(Boolean));
// Only scans that ran: a branch of the full-text search whose one-time condition is false is planned but never executed.
const seqScanned = (nodes: PlanNode[]) =>
  new Set(nodes.filter((n) => n['Node Type'] === 'Seq Scan' && n['Actual Loops'] !== 0).map((n) => n['Relation Name']));
const functionsCalled = (nodes: PlanNode[]) => new Set(nodes.filter((n) => n['Node Type'] === 'Function Scan').map((n) => n['Function Name']));

describe('query plans at a few thousand rows', () => {
  it('has the rows', async () => {
    expect(await db.prisma.person.count()).toBeGreaterThan(4000);
    expect(await db.prisma.personAlias.count()).toBeGreaterThan(8000);
    expect(await db.prisma.statement.count()).toBeGreaterThan(3000);
    expect(await db.prisma.article.count()).toBeGreaterThan(1000);
  });

  it.each(['ديمترى بيسكوف', 'بيسكوف', 'Peskov', 'سيرجى لافروف'])('persons search for %s: trigram indexes, no table scan', async (query) => {
    const { nodes, ms } = await plan(searchSql.persons(query, { limit: 20 }, 0));
    expect(indexesUsed(nodes)).toEqual(
      new Set([
        'person_alias_normalized_trgm_idx',
        'person_alias_phonetic_trgm_idx',
        'person_normalized_name_trgm_idx',
        'person_name_phonetic_trgm_idx',
        'person_name_en_key_trgm_idx',
        'statement_person_feed_idx', // its leading column is speaker_person_id
        // a Latin query reads the consonant skeletons too (src/db/skeleton.ts)
        ...(/[A-Za-z]/.test(query) ? ['person_name_skeleton_trgm_idx', 'person_alias_skeleton_trgm_idx'] : []),
      ]),
    );
    expect(seqScanned(nodes)).toEqual(new Set());
    expect(ms).toBeLessThan(500);
  });

  it('speaker-name filter: person and organization trigram indexes', async () => {
    const { nodes } = await plan(searchSql.speakers('سيرغي لافروف', 0.6));
    const used = indexesUsed(nodes);
    for (const index of ['person_alias_normalized_trgm_idx', 'person_alias_phonetic_trgm_idx', 'organization_alias_normalized_trgm_idx', 'organization_normalized_name_trgm_idx'])
      expect(used).toContain(index);
    expect(seqScanned(nodes)).toEqual(new Set());
  });

  it('full-text search for a selective word: all its matches, from the GIN indexes of statements and articles', async () => {
    const { nodes, ms } = await plan(searchSql.text('إسطنبول الثلاثية', { limit: 20 }, ['Statement', 'Article']));
    // the match ids come from functions that can only use the GIN index (next test), then by primary key
    expect(functionsCalled(nodes)).toEqual(new Set(['isnad_statement_match_ids', 'isnad_article_match_ids']));
    expect(indexesUsed(nodes)).toContain('statement_pkey');
    expect(indexesUsed(nodes)).toContain('article_pkey');
    expect(indexesUsed(nodes)).not.toContain('statement_feed_idx');
    expect(seqScanned(nodes)).toEqual(new Set());
    expect(ms).toBeLessThan(500);
  });

  it.each(['statement', 'article'])('isnad_%s_match_ids reads the GIN index, whatever the planner estimates', async (table) => {
    const [fn] = await db.prisma.$queryRaw<{ config: string[] }[]>`
      SELECT proconfig AS config FROM pg_proc WHERE proname = ${`isnad_${table}_match_ids`}`;
    expect(fn.config).toEqual(['enable_seqscan=off', 'enable_indexscan=off']);
    // Under those settings, a word in most rows (where a sequential scan would otherwise win): the bitmap scan of the GIN index.
    const nodes = await db.prisma.$transaction(async (tx) => {
      for (const setting of fn.config) await tx.$executeRawUnsafe(`SET LOCAL ${setting.replace('=', ' = ')}`);
      const [row] = await tx.$queryRawUnsafe<{ 'QUERY PLAN': [{ Plan: PlanNode }] }[]>(
        `EXPLAIN (ANALYZE, FORMAT JSON) SELECT id FROM ${table} WHERE search_vector @@ isnad_tsquery('قال') LIMIT 1001`,
      );
      const all: PlanNode[] = [];
      const walk = (n: PlanNode) => {
        all.push(n);
        n.Plans?.forEach(walk);
      };
      walk(row['QUERY PLAN'][0].Plan);
      return all;
    });
    expect(indexesUsed(nodes)).toEqual(new Set([`${table}_search_vector_idx`]));
    expect(seqScanned(nodes)).toEqual(new Set());
  });

  // وزير الخارجية: two words that go together, which the planner takes for independent (it
  // multiplies their frequencies and expects few matches).
  it.each(['قال', 'وزير الخارجية'])('full-text search for common words (%s) reads a bounded number of rows (its window), not every match', async (query) => {
    const window = 20;
    const [counts] = await db.prisma.$queryRaw<{ statements: number; articles: number }[]>`
      SELECT (SELECT count(*)::int FROM statement WHERE search_vector @@ isnad_tsquery(${fold(query)})) AS statements,
             (SELECT count(*)::int FROM article WHERE search_vector @@ isnad_tsquery(${fold(query)})) AS articles`;
    expect(counts.statements).toBeGreaterThan(4 * window);
    expect(counts.articles).toBeGreaterThan(4 * window);
    const { nodes } = await plan(searchSql.text(query, { limit: 20 }, ['Statement', 'Article'], window));
    const scans = nodes.filter((n) => n['Relation Name'] === 'statement' || n['Relation Name'] === 'article');
    expect(scans.length).toBeGreaterThan(0);
    // a scan that returned every match (a bitmap heap scan feeding a sort) would exceed the window
    for (const scan of scans) expect(Number(scan['Actual Rows']), scan['Node Type']).toBeLessThanOrEqual(window);
    expect(seqScanned(nodes)).toEqual(new Set());
  });

  it('statements text filter: GIN index', async () => {
    const { nodes } = await plan(searchSql.statementIds('المحادثات الثلاثية', 1000));
    expect(indexesUsed(nodes)).toContain('statement_search_vector_idx');
    expect(seqScanned(nodes)).toEqual(new Set());
  });
});
