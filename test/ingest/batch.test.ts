// ingestArticles (src/ingest/batch.ts) writes what the per-article ingest writes when the same
// articles are ingested one after the other: the same rows in every table (ids included), the
// same results. Three databases receive the same sequence: one article at a time through the
// per-article reference (reference.ts: the ingest as it was before batch.ts, each resolution its
// own queries), one at a time through ingestArticle (now a batch of one), and in batches (cut so
// that merges happen both inside a batch and against earlier batches).
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Attribution } from '../../src/attribution/types.js';
import { generateArticle } from '../../src/bench/corpus.js';
import { ingestArticles, type BatchItemResult } from '../../src/ingest/batch.js';
import { ValidationError } from '../../src/ingest/errors.js';
import { ingestArticle, type IngestResult } from '../../src/ingest/ingest.js';
import type { IngestInput } from '../../src/ingest/validate.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { AttributionBuilder } from './build.js';
import { ingestArticleReference } from './reference.js';
import { A, articleA, articleB, B } from './two-articles.js';

vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

// A third article: Peskov repeats A's claim (a corroboration), an undated Putin–Trump meeting
// (merges with A's by publication date), Lavrov and Trump's undated meeting with a place, "ظريف"
// alone (a new person, which the full name of the fourth article then joins and renames) and the
// surname-only "لافروف".
const C =
  'قال ظريف إن بلاده مستعدة للحوار.\n' +
  'وأضاف ديميتري بيسكوف أنه ليس هناك أي اتفاقات ملموسة حالية حول اجتماع فلاديمير بوتين ودونالد ترامب.\n' +
  'وقال لافروف إن لقاءه مع ترامب في واشنطن كان مثمرا.';
function articleC(): Attribution {
  const b = new AttributionBuilder(C);
  const zarif = b.person('ظريف', { role: 'وزير الخارجية الإيراني' });
  const peskov = b.person('ديميتري بيسكوف');
  const putin = b.person('فلاديمير بوتين');
  const trump = b.person('دونالد ترامب', { mentions: ['دونالد ترامب', 'ترامب'] });
  const lavrov = b.person('لافروف');
  b.statement(zarif, 'قال', 'بلاده مستعدة للحوار');
  b.statement(peskov, 'وأضاف', 'ليس هناك أي اتفاقات ملموسة حالية حول اجتماع فلاديمير بوتين ودونالد ترامب');
  b.statement(lavrov, 'وقال', 'لقاءه مع ترامب في واشنطن كان مثمرا');
  b.meeting([putin, trump], 'meeting', ['اجتماع فلاديمير بوتين ودونالد ترامب'], { status: 'speculated' });
  b.meeting([lavrov, trump], 'meeting', ['لقاءه مع ترامب في واشنطن'], { status: 'held', place: 'واشنطن' });
  return b.build();
}
const D = 'وقال وزير الخارجية الإيراني محمد جواد ظريف إن بلاده مستعدة للحوار مع الجميع.';
function articleD(): Attribution {
  const b = new AttributionBuilder(D);
  const zarif = b.person('محمد جواد ظريف', { role: 'وزير الخارجية الإيراني', nameEn: 'Mohammad Javad Zarif' });
  b.statement(zarif, 'وقال', 'بلاده مستعدة للحوار مع الجميع');
  return b.build();
}

interface Item {
  input: IngestInput;
  attribution: Attribution;
}
const hand: Item[] = [
  { input: { text: A, published: '2017-05-10', outlet: 'اليوم السابع' }, attribution: articleA() },
  { input: { text: B, published: '2017-05-10', outlet: 'سانا' }, attribution: articleB() },
  { input: { text: C, published: '2017-05-12', outlet: { name: 'سانا', nameEn: 'SANA', kind: 'news_agency' } }, attribution: articleC() },
  { input: { text: D, published: '2017-05-13', outlet: 'روسيا اليوم' }, attribution: articleD() },
];
const corpus: Item[] = Array.from({ length: 36 }, (_, i) => {
  const a = generateArticle(i, 7);
  return { input: { text: a.text, title: a.title, outlet: a.outlet, url: a.url, published: a.published }, attribution: a.oracle };
});
// The sequence both databases receive: the hand-made articles, one of them again (a duplicate),
// corpus articles, one of them twice in the same batch.
const sequence: Item[] = [hand[0], hand[1], ...corpus.slice(0, 10), hand[2], hand[0], hand[3], ...corpus.slice(10, 20), corpus[12], ...corpus.slice(20)];
const cuts = [2, 9, 27, sequence.length]; // batches: [0,2) [2,9) [9,27) [27,end)

const engine = new Map<string, Attribution>([...hand, ...corpus].map((x) => [x.input.text, x.attribution]));
const attribute = (text: string) => structuredClone(engine.get(text)!);

async function dump(url: string): Promise<Record<string, unknown[]>> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const tables: Record<string, string> = {
      person: 'SELECT id, name, name_en, role, normalized_name, surname_key, name_phonetic FROM person ORDER BY id',
      person_alias: 'SELECT person_id, text, normalized FROM person_alias ORDER BY person_id, normalized, text',
      organization: 'SELECT id, name, name_en, kind, normalized_name FROM organization ORDER BY id',
      organization_alias: 'SELECT organization_id, text, normalized FROM organization_alias ORDER BY organization_id, normalized, text',
      article: 'SELECT id, title, body, outlet_id, published_at::text, url, content_hash, search_vector::text FROM article ORDER BY id',
      mention: 'SELECT article_id, person_id, organization_id, text, start, "end" FROM mention ORDER BY id',
      statement: `SELECT id, article_id, position, speaker_person_id, speaker_organization_id, cue, cue_start, cue_end, content, content_start, content_end,
                         kind, via_id, audience, audience_start, audience_end, anaphoric, published_at::text, sort_date::text, search_vector::text FROM statement ORDER BY id`,
      meeting: 'SELECT id, kind, status, date::text, end_date::text, date_text, place FROM meeting ORDER BY id',
      meeting_participant: 'SELECT meeting_id, person_id, organization_id FROM meeting_participant ORDER BY meeting_id, person_id, organization_id',
      meeting_mention: 'SELECT meeting_id, article_id, text, start, "end" FROM meeting_mention ORDER BY id',
      statement_meeting: 'SELECT statement_id, meeting_id FROM statement_meeting ORDER BY 1, 2',
      corroboration: 'SELECT from_id, to_id, score FROM corroboration ORDER BY 1, 2',
    };
    const out: Record<string, unknown[]> = {};
    for (const [name, sql] of Object.entries(tables)) out[name] = (await c.query(sql)).rows;
    return out;
  } finally {
    await c.end();
  }
}

// createdAt is the time of the write, which differs between the two databases.
const summary = (r: IngestResult) => ({ article: { ...r.article, createdAt: null }, created: r.created, counts: r.counts, statementIds: r.statementIds });

let reference: TestDatabase;
let single: TestDatabase;
let batched: TestDatabase;
let byReference: IngestResult[];
let oneByOne: IngestResult[];
let inBatches: BatchItemResult[];
beforeAll(async () => {
  [reference, single, batched] = await Promise.all([createTestDatabase(), createTestDatabase(), createTestDatabase()]);
  byReference = [];
  for (const item of sequence) byReference.push(await ingestArticleReference(reference.prisma, item.input, { attribute }));
  oneByOne = [];
  for (const item of sequence) oneByOne.push(await ingestArticle(single.prisma, item.input, { attribute }));
  inBatches = [];
  let from = 0;
  for (const to of cuts) {
    inBatches.push(...(await ingestArticles(batched.prisma, sequence.slice(from, to).map((x) => x.input), { attribute })));
    from = to;
  }
});
afterAll(async () => {
  await Promise.all([reference?.drop(), single?.drop(), batched?.drop()]);
});

describe('ingestArticles', () => {
  it('writes the same rows as the per-article ingest, in batches and one by one', async () => {
    const [a, b, c] = await Promise.all([dump(reference.url), dump(batched.url), dump(single.url)]);
    for (const table of Object.keys(a)) {
      expect({ table, rows: b[table] }).toEqual({ table, rows: a[table] });
      expect({ table, rows: c[table] }).toEqual({ table, rows: a[table] });
    }
  });

  it('exercises the cross-article merges it must reproduce', async () => {
    const rows = await dump(batched.url);
    // Persons merged across spellings and batches, meetings merged, corroborations found.
    const names = (rows.person as { name: string }[]).map((p) => p.name);
    expect(names.filter((n) => n.endsWith('بيسكوف'))).toHaveLength(1);
    expect(names.filter((n) => n.endsWith('ظريف'))).toEqual(['محمد جواد ظريف']);
    const mentionsPerMeeting = new Map<number, Set<number>>();
    for (const m of rows.meeting_mention as { meeting_id: number; article_id: number }[])
      mentionsPerMeeting.set(m.meeting_id, (mentionsPerMeeting.get(m.meeting_id) ?? new Set()).add(m.article_id));
    expect([...mentionsPerMeeting.values()].filter((s) => s.size >= 2).length).toBeGreaterThanOrEqual(2);
    expect(rows.corroboration.length).toBeGreaterThanOrEqual(2);
    expect(rows.statement_meeting.length).toBeGreaterThan(0);
  });

  it('returns what ingestArticle returns, duplicates included', () => {
    expect(inBatches.map((r) => r.error)).toEqual(sequence.map(() => undefined));
    expect(inBatches.map((r) => summary(r.result!))).toEqual(byReference.map(summary));
    expect(oneByOne.map(summary)).toEqual(byReference.map(summary));
    expect(byReference.filter((r) => !r.created)).toHaveLength(2); // A again, and corpus[12] twice
  });

  it('changes nothing when the same articles come again', async () => {
    const before = await dump(batched.url);
    const again = await ingestArticles(batched.prisma, sequence.map((x) => x.input), { attribute });
    expect(again.every((r) => r.result && !r.result.created)).toBe(true);
    expect(await dump(batched.url)).toEqual(before);
  });

  it('reports an invalid article in its slot and stores the others', async () => {
    const fresh = generateArticle(1000, 7);
    const r = await ingestArticles(
      batched.prisma,
      [{ text: '   ' }, { text: fresh.text, published: fresh.published, outlet: fresh.outlet }],
      { attribute: () => structuredClone(fresh.oracle) },
    );
    expect(r[0].error).toBeInstanceOf(ValidationError);
    expect(r[1].result?.created).toBe(true);
    expect(r[1].result?.counts.statements).toBe(fresh.oracle.statements.length);
  });
});
