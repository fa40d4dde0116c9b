// A meeting known only to its month (تموز المقبل) keeps that precision through ingest, the
// database and the API; a later article that gives the day refines it. Real engine, real PostgreSQL.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { ingestArticle } from '../../src/ingest/ingest.js';
import { ingestArticles } from '../../src/ingest/batch.js';
import { checkAttribution } from '../../src/ingest/engine.js';
import { EngineOutputError } from '../../src/ingest/errors.js';
import { createIsnadYoga } from '../../src/server/yoga.js';
import { attribute } from '../../src/attribution/index.js';
import { gql } from '../schema/fixtures.js';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const MONTH_ONLY = 'قال المتحدث باسم الكرملين ديمتري بيسكوف إن الرئيس الروسي فلاديمير بوتين سيلتقي الرئيس الأمريكي دونالد ترامب في تموز المقبل.';
const THE_DAY = 'أعلن الكرملين أن الرئيس الروسي فلاديمير بوتين سيلتقي الرئيس الأمريكي دونالد ترامب يوم 7 تموز في هامبورغ.';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.drop();
});

const meetingsOf = () =>
  db.prisma.meeting.findMany({ orderBy: { id: 'asc' }, select: { id: true, date: true, endDate: true, datePrecision: true, place: true } });
const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;

describe('a meeting known to the month', () => {
  it('is stored with month precision, shown by the API, and refined to the day by a later article', async () => {
    await ingestArticle(db.prisma, { text: MONTH_ONLY, published: '2017-05-10' });
    let [m, ...rest] = await meetingsOf();
    expect(rest).toEqual([]);
    expect({ date: day(m.date), endDate: day(m.endDate), datePrecision: m.datePrecision }).toEqual({ date: '2017-07-01', endDate: '2017-07-31', datePrecision: 'month' });

    const yoga = createIsnadYoga({ prisma: db.prisma, logging: false });
    const q = '{ meetings(first: 5) { edges { node { date endDate datePrecision participants { name } } } } }';
    let r = await gql(yoga, q);
    expect(r.errors).toBeUndefined();
    expect(r.data.meetings.edges.map((e: any) => e.node)).toMatchObject([{ date: '2017-07-01', endDate: '2017-07-31', datePrecision: 'month' }]);

    // the same meeting, now with its day: one meeting, at day precision
    await ingestArticle(db.prisma, { text: THE_DAY, published: '2017-06-20' });
    [m, ...rest] = await meetingsOf();
    expect(rest).toEqual([]);
    expect({ date: day(m.date), endDate: day(m.endDate), datePrecision: m.datePrecision, place: m.place }).toEqual({
      date: '2017-07-07',
      endDate: null,
      datePrecision: 'day',
      place: 'هامبورغ',
    });
    r = await gql(yoga, q);
    expect(r.data.meetings.edges.map((e: any) => e.node)).toMatchObject([{ date: '2017-07-07', endDate: null, datePrecision: 'day' }]);
  });

  it('a day already known is not coarsened by a later month-only mention (batch path)', async () => {
    await db.prisma.$executeRawUnsafe('TRUNCATE article, meeting, person, organization RESTART IDENTITY CASCADE');
    const [a, b] = await ingestArticles(db.prisma, [
      { text: THE_DAY, published: '2017-06-20' },
      { text: MONTH_ONLY, published: '2017-06-21' },
    ]);
    expect(a.error ?? b.error).toBeUndefined();
    const ms = await meetingsOf();
    expect(ms).toHaveLength(1);
    expect({ date: day(ms[0].date), datePrecision: ms[0].datePrecision }).toEqual({ date: '2017-07-07', datePrecision: 'day' });
  });

  it('the dry-run attribute query gives the precision too', async () => {
    const yoga = createIsnadYoga({ prisma: db.prisma, logging: false });
    const r = await gql(yoga, 'query ($t: String!) { attribute(text: $t, published: "2017-05-10") { meetings { date endDate datePrecision } } }', { t: MONTH_ONLY });
    expect(r.errors).toBeUndefined();
    expect(r.data.attribute.meetings).toEqual([{ date: '2017-07-01', endDate: '2017-07-31', datePrecision: 'month' }]);
  });

  it('ingest refuses an engine output whose month precision does not fit its dates', () => {
    const out = attribute(MONTH_ONLY, { published: '2017-05-10' });
    expect(() => checkAttribution(MONTH_ONLY, out)).not.toThrow();
    const bad = { ...out, meetings: out.meetings.map((m) => ({ ...m, date: '2017-07-05' })) };
    expect(() => checkAttribution(MONTH_ONLY, bad)).toThrow(EngineOutputError);
    const unknown = { ...out, meetings: out.meetings.map((m) => ({ ...m, datePrecision: 'week' as never })) };
    expect(() => checkAttribution(MONTH_ONLY, unknown)).toThrow(/unknown date precision/);
  });
});
