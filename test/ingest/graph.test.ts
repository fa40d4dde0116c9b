// One graph across articles: organizations, meetings and corroborations reported by two
// articles about the same events (modelled on the seed's Youm7 and SANA articles).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { ingestArticle, type IngestResult } from '../../src/ingest/ingest.js';
import { A, articleA, articleB, B } from './two-articles.js';

// Real PostgreSQL on a shared machine: allow for a loaded CPU.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

let db: TestDatabase;
let ra: IngestResult;
let rb: IngestResult;
beforeAll(async () => {
  db = await createTestDatabase();
  ra = await ingestArticle(db.prisma, { text: A, published: '2017-05-10', outlet: 'اليوم السابع' }, { attribute: articleA });
  rb = await ingestArticle(db.prisma, { text: B, published: '2017-05-10', outlet: 'سانا' }, { attribute: articleB });
});
afterAll(async () => {
  await db?.drop();
});

describe('one graph across two articles', () => {
  it('has each person once', async () => {
    const persons = await db.prisma.person.findMany({ orderBy: { id: 'asc' } });
    expect(persons.map((p) => p.name).sort()).toEqual(['دونالد ترامب', 'ديمترى بيسكوف', 'ريكس تيلرسون', 'سيرجى لافروف', 'فلاديمير بوتين'].sort());
    expect(rb.counts.personsCreated).toBe(0);
  });

  it('merges الخارجية الروسية with وزارة الخارجية الروسية, not with الخارجية المصرية', async () => {
    const mfa = await db.prisma.organization.findMany({ where: { aliases: { some: { text: { in: ['الخارجية الروسية', 'وزارة الخارجية الروسية'] } } } }, include: { aliases: true, statements: true } });
    expect(mfa).toHaveLength(1);
    expect(mfa[0].aliases.map((a) => a.text).sort()).toEqual(['الخارجية الروسية', 'وزارة الخارجية الروسية']);
    expect(mfa[0].statements).toHaveLength(2);
    const egypt = await db.prisma.organization.findFirstOrThrow({ where: { name: 'الخارجية المصرية' } });
    expect(egypt.id).not.toBe(mfa[0].id);
  });

  it('merges the same meeting reported by both, and keeps different ones apart', async () => {
    const meetings = await db.prisma.meeting.findMany({
      include: { participants: { include: { person: true } }, mentions: true },
      orderBy: { id: 'asc' },
    });
    const describe = (m: (typeof meetings)[number]) =>
      `${m.kind} ${m.participants.map((p) => p.person?.name.split(' ').pop()).sort().join('+')} ${m.date?.toISOString().slice(0, 10) ?? '-'} ${m.status} ${new Set(m.mentions.map((x) => x.articleId)).size}`;
    expect(meetings.map(describe).sort()).toEqual(
      [
        'meeting ترامب+لافروف 2017-05-10 held 2', // planned in A, held in B: the later status wins
        'meeting تيلرسون+لافروف 2017-05-10 planned 1', // shares Lavrov and the day, not the meeting
        'phone_call بوتين+ترامب 2017-05-02 held 1',
        'meeting بوتين+ترامب 2017-07-07 speculated 2', // undated in A, dated by B
        'summit بوتين+ترامب 2017-07-07 planned 1', // same people and dates, another kind
      ].sort(),
    );
    const lavrovTrump = meetings.find((m) => m.status === 'held' && m.kind === 'meeting')!;
    expect(lavrovTrump.place).toBe('المكتب البيضوي');
    expect(lavrovTrump.mentions.map((m) => m.articleId).sort()).toEqual([ra.article.id, rb.article.id, rb.article.id].sort());
  });

  it('links statements to the meetings they are about', async () => {
    const statements = await db.prisma.statement.findMany({
      orderBy: [{ articleId: 'asc' }, { position: 'asc' }],
      include: { meetings: { include: { meeting: true } } },
    });
    const about = statements.map((s) => s.meetings.map((m) => `${m.meeting.kind}:${m.meeting.date?.toISOString().slice(0, 10) ?? '-'}`).sort().join(','));
    expect(about).toEqual([
      'meeting:2017-05-10', // A: Peskov on Lavrov–Trump
      'phone_call:2017-05-02', // A: the press office on the call
      'meeting:2017-07-07', // A: Peskov on the undated Putin–Trump meeting (dated since by B)
      '', // A: MFA, nothing
      'meeting:2017-05-10', // B: Peskov on Lavrov–Trump
      'meeting:2017-07-07,summit:2017-07-07',
      'meeting:2017-05-10',
      '',
    ]);
  });

  it('links the two Peskov statements making the same claim as a corroboration', async () => {
    const rows = await db.prisma.corroboration.findMany({ include: { from: true, to: true } });
    expect(rows).toHaveLength(1);
    const [c] = rows;
    expect(c.fromId).toBeLessThan(c.toId);
    expect(c.from.articleId).toBe(ra.article.id);
    expect(c.to.articleId).toBe(rb.article.id);
    expect(c.from.content).toMatch(/^وزير الخارجية الروسى سيرجى لافروف سيبحث/);
    expect(c.score).toBeGreaterThan(0.8);
    expect(rb.counts.corroborations).toBe(1);
  });

  it('re-ingesting either article changes nothing', async () => {
    const before = await Promise.all([db.prisma.meeting.count(), db.prisma.meetingMention.count(), db.prisma.corroboration.count(), db.prisma.personAlias.count()]);
    const again = await ingestArticle(db.prisma, { text: B, published: '2017-05-10' }, { attribute: articleB });
    expect(again.created).toBe(false);
    expect(await Promise.all([db.prisma.meeting.count(), db.prisma.meetingMention.count(), db.prisma.corroboration.count(), db.prisma.personAlias.count()])).toEqual(before);
  });
});
