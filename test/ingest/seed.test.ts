// The seed: both articles through ingestArticle, twice; the resulting graph against the gold
// annotations (persons and meetings share keys across the two gold files).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { seedDatabase, loadSeedEntries, SEED_DIR } from '../../src/ingest/seed.js';
import { nameKey } from '../../src/ingest/keys.js';
import type { PrismaClient } from '../../src/db/generated/prisma/client.js';
import { goldAttribution, loadGold, type GoldFile } from './gold.js';

// Real PostgreSQL on a shared machine: allow for a loaded CPU.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const GOLD: Record<string, GoldFile> = { '000': loadGold('000'), '001': loadGold('001') };
const ENGINE_PRESENT = existsSync(path.resolve(SEED_DIR, '../src/attribution/index.ts'));

/** The gold annotations as the engine: the text picks its file. */
function goldEngine(text: string) {
  for (const [name, gold] of Object.entries(GOLD)) {
    const file = path.join(SEED_DIR, 'articles', gold.file.split('/').pop()!);
    if (readFileSync(file, 'utf8').replace(/^\uFEFF/, '') === text) return goldAttribution(text, GOLD[name]);
  }
  throw new Error('not a seed text');
}

async function tableCounts(prisma: PrismaClient) {
  const counts = await Promise.all([
    prisma.article.count(), prisma.organization.count(), prisma.organizationAlias.count(), prisma.person.count(),
    prisma.personAlias.count(), prisma.mention.count(), prisma.statement.count(), prisma.meeting.count(),
    prisma.meetingParticipant.count(), prisma.meetingMention.count(), prisma.statementMeeting.count(), prisma.corroboration.count(),
  ]);
  const names = ['articles', 'organizations', 'organizationAliases', 'persons', 'personAliases', 'mentions', 'statements', 'meetings', 'meetingParticipants', 'meetingMentions', 'statementMeetings', 'corroborations'];
  return Object.fromEntries(names.map((n, i) => [n, counts[i]]));
}

/** gold person key → the nameKeys of every mention string in either file. */
const goldPersonKeys = new Map<string, Set<string>>();
for (const g of Object.values(GOLD)) {
  for (const p of g.persons) {
    const set = goldPersonKeys.get(p.key) ?? new Set<string>();
    for (const m of [...p.mentions, p.name]) set.add(nameKey(m));
    goldPersonKeys.set(p.key, set);
  }
}

interface PersonComparison {
  /** DB person id → the gold keys its aliases point to. */
  byPerson: Map<number, string[]>;
  /** gold key → DB person ids. */
  byKey: Map<string, number[]>;
  names: Map<number, string>;
}

async function comparePersons(prisma: PrismaClient): Promise<PersonComparison> {
  const persons = await prisma.person.findMany({ include: { aliases: true }, orderBy: { id: 'asc' } });
  const byPerson = new Map<number, string[]>();
  const byKey = new Map<string, number[]>([...goldPersonKeys.keys()].map((k) => [k, []]));
  for (const p of persons) {
    const keys = [...goldPersonKeys.entries()]
      .filter(([, forms]) => p.aliases.some((a) => forms.has(a.normalized) || forms.has(nameKey(a.text))))
      .map(([k]) => k);
    byPerson.set(p.id, keys);
    for (const k of keys) byKey.get(k)!.push(p.id);
  }
  return { byPerson, byKey, names: new Map(persons.map((p) => [p.id, p.name])) };
}

/** Gold meetings of both files by key: kind, participants, dates. */
const goldMeetings = new Map<string, { kind: string; participants: string[]; dates: (string | null)[] }>();
for (const g of Object.values(GOLD)) {
  for (const m of g.meetings) {
    const entry = goldMeetings.get(m.key) ?? { kind: m.kind, participants: [...m.participants].sort(), dates: [] };
    entry.dates.push(m.date);
    goldMeetings.set(m.key, entry);
  }
}

async function compareMeetings(prisma: PrismaClient, persons: PersonComparison) {
  const meetings = await prisma.meeting.findMany({ include: { participants: true, mentions: true }, orderBy: { id: 'asc' } });
  const byMeeting = new Map<number, string[]>();
  const byKey = new Map<string, number[]>([...goldMeetings.keys()].map((k) => [k, []]));
  for (const m of meetings) {
    const participants = m.participants
      .flatMap((p) => (p.personId === null ? [] : persons.byPerson.get(p.personId) ?? []))
      .sort();
    const date = m.date?.toISOString().slice(0, 10) ?? null;
    const end = m.endDate?.toISOString().slice(0, 10) ?? null;
    // a date known only to its month agrees with a gold day in that month
    const agrees = (d: string | null) => (m.datePrecision === 'month' ? !!d && !!date && !!end && date <= d && d <= end : d === date);
    const keys = [...goldMeetings.entries()]
      .filter(([, g]) => g.kind === m.kind && g.participants.join() === [...new Set(participants)].join() && (date === null || g.dates.some(agrees)))
      .map(([k]) => k);
    byMeeting.set(m.id, keys);
    for (const k of keys) byKey.get(k)!.push(m.id);
  }
  return { byMeeting, byKey, meetings };
}

/** Statement→meeting links against the gold "about", over statements matched by position and speaker. */
async function compareLinks(prisma: PrismaClient) {
  const persons = await comparePersons(prisma);
  const cmp = await compareMeetings(prisma, persons);
  const statements = await prisma.statement.findMany({ include: { meetings: true, article: true }, orderBy: [{ articleId: 'asc' }, { position: 'asc' }] });
  let tp = 0, fp = 0, fn = 0;
  for (const s of statements) {
    const golds = GOLD[s.article.title ? '001' : '000'].statements;
    // The gold statement whose content overlaps this one's (same text, so substring either way).
    const gold = golds.find((g) => g.content.includes(s.content) || s.content.includes(g.content));
    if (!gold) continue;
    const got = new Set(s.meetings.flatMap((l) => cmp.byMeeting.get(l.meetingId) ?? []));
    for (const k of gold.about) if (got.has(k)) tp++; else fn++;
    for (const k of got) if (!gold.about.includes(k)) fp++;
  }
  return { tp, fp, fn };
}

describe('seed data', () => {
  it('seed/ holds byte-identical copies of the corpus articles and their metadata', async () => {
    const entries = await loadSeedEntries();
    expect(entries.map((e) => e.file)).toEqual(['articles/000_5b3661702b30698b.txt', 'articles/001_effbc08bcded676d.txt']);
    for (const [i, e] of entries.entries()) {
      const gold = GOLD[i === 0 ? '000' : '001'];
      expect(e.published).toBe(gold.published);
      expect(e.title).toBe(gold.title);
      const corpus = path.resolve(SEED_DIR, '../../shared/corpus/articles', path.basename(e.file));
      if (existsSync(corpus)) expect(readFileSync(path.join(SEED_DIR, e.file)).equals(readFileSync(corpus))).toBe(true);
    }
    expect(entries[0].outlet).toMatchObject({ nameEn: 'Youm7' });
    expect(entries[1].outlet).toMatchObject({ nameEn: 'SANA' });
  });
});

describe('seeding with a perfect engine (the gold annotations)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('seeding twice changes nothing', async () => {
    const progress: string[] = [];
    const first = await seedDatabase(db.prisma, { attribute: goldEngine, onProgress: (p) => progress.push(`${p.index + 1}/${p.total} ${p.result.created}`) });
    expect(first).toMatchObject({ articles: 2, created: 2, duplicates: 0, statements: 23 });
    expect(progress).toEqual(['1/2 true', '2/2 true']);
    const after = await tableCounts(db.prisma);
    const second = await seedDatabase(db.prisma, { attribute: goldEngine });
    expect(second).toMatchObject({ created: 0, duplicates: 2, statements: 0 });
    expect(await tableCounts(db.prisma)).toEqual(after);
  });

  it('holds exactly the distinct persons of the gold, one Person each, with all their aliases', async () => {
    const cmp = await comparePersons(db.prisma);
    expect([...cmp.byPerson.values()].map((keys) => keys.length)).toEqual(Array(cmp.byPerson.size).fill(1));
    expect(Object.fromEntries([...cmp.byKey].map(([k, ids]) => [k, ids.length]))).toEqual(Object.fromEntries([...goldPersonKeys.keys()].map((k) => [k, 1])));
    expect(cmp.byPerson.size).toBe(7);
    const peskov = await db.prisma.person.findFirstOrThrow({ where: { id: cmp.byKey.get('dmitry-peskov')![0] }, include: { aliases: true } });
    expect(peskov.aliases.map((a) => a.text).sort()).toEqual(['بيسكوف', 'دميترى بيسكوف', 'ديمترى بيسكوف', 'ديميتري بيسكوف']);
    const lavrov = await db.prisma.person.findFirstOrThrow({ where: { id: cmp.byKey.get('sergey-lavrov')![0] }, include: { aliases: true } });
    expect(lavrov.aliases.map((a) => a.text).sort()).toEqual(['سيرجى لافروف', 'سيرغي لافروف', 'لافروف']);
  });

  it('holds exactly the distinct meetings of the gold, with a mention in each article that reports them', async () => {
    const persons = await comparePersons(db.prisma);
    const cmp = await compareMeetings(db.prisma, persons);
    expect(Object.fromEntries([...cmp.byKey].map(([k, ids]) => [k, ids.length]))).toEqual(Object.fromEntries([...goldMeetings.keys()].map((k) => [k, 1])));
    expect(cmp.meetings).toHaveLength(7);
    const articlesOf = (key: string) => new Set(cmp.meetings.find((m) => m.id === cmp.byKey.get(key)![0])!.mentions.map((x) => x.articleId)).size;
    for (const key of goldMeetings.keys()) {
      const inFiles = Object.values(GOLD).filter((g) => g.meetings.some((m) => m.key === key)).length;
      expect(articlesOf(key), key).toBe(inFiles);
    }
    // 000 leaves the Putin–Trump meeting undated; 001 dates it by the G20 summit.
    const putinTrump = cmp.meetings.find((m) => m.id === cmp.byKey.get('putin-trump-2017-07-07')![0])!;
    expect(putinTrump.date?.toISOString().slice(0, 10)).toBe('2017-07-07');
  });

  it('merges the organizations of both articles (outlets included)', async () => {
    const orgs = await db.prisma.organization.findMany({ include: { aliases: true } });
    const goldOrgKeys = new Set(Object.values(GOLD).flatMap((g) => g.organizations.map((o) => o.key)));
    // Every gold organization plus the Youm7 outlet (SANA is the outlet of 001 and a gold org).
    expect(orgs).toHaveLength(goldOrgKeys.size + 1);
    const tass = orgs.filter((o) => o.nameEn === 'TASS');
    expect(tass).toHaveLength(1);
    const sana = orgs.find((o) => o.nameEn === 'SANA')!;
    const article001 = await db.prisma.article.findFirstOrThrow({ where: { title: { not: null } } });
    expect(article001.outletId).toBe(sana.id);
  });

  it('links statements to the meetings the gold says they are about', async () => {
    const { tp, fp, fn } = await compareLinks(db.prisma);
    // Recorded: precision and recall of the derived links against the gold.
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    console.info(`statement→meeting links vs gold: tp=${tp} fp=${fp} fn=${fn} precision=${precision.toFixed(2)} recall=${recall.toFixed(2)}`);
    expect(precision).toBeGreaterThanOrEqual(0.8);
    expect(recall).toBeGreaterThanOrEqual(0.8);
  });
});

describe.skipIf(!ENGINE_PRESENT)('seeding with the real engine', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('seeding twice changes nothing', async () => {
    const first = await seedDatabase(db.prisma);
    expect(first.created).toBe(2);
    const after = await tableCounts(db.prisma);
    const second = await seedDatabase(db.prisma);
    expect(second).toMatchObject({ created: 0, duplicates: 2 });
    expect(await tableCounts(db.prisma)).toEqual(after);
  });

  // The engine is still improving: what ingest guarantees is asserted (no gold person or meeting
  // split in two, no two gold entities merged into one); what depends on the engine (persons it
  // invents, meetings it misses or invents) is reported.
  it('holds each gold person as exactly one Person, never two gold persons in one', async () => {
    const cmp = await comparePersons(db.prisma);
    const report = [...cmp.byPerson].map(([id, keys]) => `${cmp.names.get(id)} → ${keys.join('|') || '(no gold person)'}`);
    const extra = [...cmp.byPerson].filter(([, keys]) => keys.length === 0).length;
    console.info(`persons after seed (real engine): ${cmp.byPerson.size} (gold ${goldPersonKeys.size}, ${extra} not in the gold)\n  ${report.join('\n  ')}`);
    expect([...cmp.byKey].filter(([, ids]) => ids.length !== 1).map(([k]) => k)).toEqual([]);
    expect([...cmp.byPerson].filter(([, keys]) => keys.length > 1).map(([id]) => cmp.names.get(id))).toEqual([]);
    // and nothing else: the graph holds exactly the distinct persons of the gold annotations
    expect([...cmp.byPerson].filter(([, keys]) => keys.length === 0).map(([id]) => cmp.names.get(id))).toEqual([]);
  });

  it('finds the gold meetings, and reports those it splits or invents', async () => {
    const persons = await comparePersons(db.prisma);
    const cmp = await compareMeetings(db.prisma, persons);
    const report = cmp.meetings.map((m) => `${m.kind} ${m.date?.toISOString().slice(0, 10) ?? '-'} → ${cmp.byMeeting.get(m.id)!.join('|') || '(no gold meeting)'}`);
    const found = [...cmp.byKey].filter(([, ids]) => ids.length > 0).length;
    console.info(`meetings after seed (real engine): ${cmp.meetings.length} (gold ${goldMeetings.size}; ${found} gold meetings found)\n  ${report.join('\n  ')}`);
    const links = await compareLinks(db.prisma);
    console.info(`statement→meeting links vs gold (real engine, statements overlapping a gold statement): tp=${links.tp} fp=${links.fp} fn=${links.fn}`);
    // Recorded, not asserted: a gold meeting found twice (the engine may report one event twice
    // in one article with dates or kinds that disagree, which ingest rightly keeps apart).
    const split = [...cmp.byKey].filter(([, ids]) => ids.length > 1).map(([k]) => k);
    if (split.length) console.info(`gold meetings held by more than one Meeting: ${split.join(', ')}`);
    // Measured with the engine of 23 Nov 2026: 7 of 7 found. A floor, so that the test follows
    // the engine's progress without breaking on every change of it.
    expect(found).toBeGreaterThanOrEqual(5);
  });

  it('holds exactly the distinct meetings of the gold annotations, each as one Meeting', async () => {
    const persons = await comparePersons(db.prisma);
    const cmp = await compareMeetings(db.prisma, persons);
    expect([...cmp.byKey].filter(([, ids]) => ids.length !== 1).map(([k]) => k)).toEqual([]);
    expect(cmp.meetings.filter((m) => cmp.byMeeting.get(m.id)!.length === 0).map((m) => `${m.kind} ${m.date?.toISOString().slice(0, 10) ?? '-'}`)).toEqual([]);
  });
});
