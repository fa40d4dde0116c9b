// Finding persons (and speakers) by any spelling of their names.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nameKey } from '../../src/attribution/normalize.js';
import { matchingSpeakerIds, searchPersons } from '../../src/db/search.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { createArticle, createKnownPersons, createPerson, createStatement, seedBulk, type KnownPerson } from './seed.js';

let db: TestDatabase;
let ids: Record<KnownPerson, number>;
beforeAll(async () => {
  db = await createTestDatabase();
  ids = await createKnownPersons(db.prisma);
  // Other people around them: corpus persons and a thousand made-up names.
  await seedBulk(db.prisma, { persons: 1000, articles: 100 });
}, 120_000);
afterAll(async () => {
  await db?.drop();
});

const first = async (query: string) => (await searchPersons(db.prisma, query, { limit: 5 })).items[0]?.id;
const found = async (query: string, limit = 10) => (await searchPersons(db.prisma, query, { limit })).items.map((m) => m.id);

describe('searchPersons', () => {
  it.each([
    'ديميتري بيسكوف',
    'ديمترى بيسكوف',
    'دميترى بيسكوف',
    'ديمتري بيسكوف',
    'دِيمِتْرِي بِيسْكُوف',
    'ديمـــتري بيسكـوف',
    '«ديمتري بيسكوف»',
    'Dmitry Peskov',
  ])('finds the Kremlin spokesman first by %s', async (query) => {
    expect(await first(query)).toBe(ids.peskov);
  });

  it.each(['سيرغي لافروف', 'سيرجى لافروف', 'سيرجي لافروف', 'سيرغى لافروف', 'سِيرْغِي لَافْرُوف', 'لافروف', 'Lavrov', 'sergey LAVROV'])(
    'finds the foreign minister first by %s',
    async (query) => {
      expect(await first(query)).toBe(ids.lavrov);
    },
  );

  it('finds a person by part of the name, in Arabic or Latin letters', async () => {
    expect(await first('بيسكوف')).toBe(ids.peskov);
    expect(await first('بيسكو')).toBe(ids.peskov);
    expect(await first('Peskov')).toBe(ids.peskov);
    expect(await first('شويغو')).toBe(ids.shoigu);
    expect(await first('بوتين')).toBe(ids.putin);
    expect(await first('ميدفيديف')).toBe(ids.medvedev);
  });

  it('returns namesakes sharing a family name, the closer name first', async () => {
    const bySurname = await found('بيسكوف');
    expect(bySurname.slice(0, 2)).toEqual([ids.peskov, ids.otherPeskov]);
    expect((await found('Peskov')).slice(0, 2)).toEqual([ids.peskov, ids.otherPeskov]);
    // The full name decides between them, and the other one still comes back, lower.
    expect((await found('ألكسندر بيسكوف')).slice(0, 2)).toEqual([ids.otherPeskov, ids.peskov]);
    expect((await found('ديمتري بيسكوف')).slice(0, 2)).toEqual([ids.peskov, ids.otherPeskov]);
    // A shared first name is a weaker match than the family name.
    const sergei = await searchPersons(db.prisma, 'سيرغي لافروف', { limit: 10 });
    expect(sergei.items[0].id).toBe(ids.lavrov);
    const shoigu = sergei.items.find((m) => m.id === ids.shoigu);
    if (shoigu) expect(shoigu.score).toBeLessThan(sergei.items[0].score);
  });

  it('scores an exact name 1 and orders equal scores by number of statements', async () => {
    const a = await createPerson(db.prisma, { name: 'إيغور نوفاكوفسكي', aliases: ['نوفاكوفسكي'] });
    const b = await createPerson(db.prisma, { name: 'يوري نوفاكوفسكي', aliases: ['نوفاكوفسكي'] });
    const article = await createArticle(db.prisma, 'نص');
    await createStatement(db.prisma, article, 0, 'قال شيئا', b);
    await createStatement(db.prisma, article, 1, 'قال شيئا آخر', b);
    const result = await searchPersons(db.prisma, 'نوفاكوفسكي');
    expect(result.items.slice(0, 2)).toEqual([
      { id: b, score: 1 },
      { id: a, score: 1 },
    ]);
  });

  it('pages, with the total count of matches', async () => {
    const all = await searchPersons(db.prisma, 'سيرغي', { limit: 100 });
    expect(all.total).toBe(all.items.length);
    expect(all.total).toBeGreaterThanOrEqual(2);
    const page = await searchPersons(db.prisma, 'سيرغي', { limit: 1, offset: 1 });
    expect(page).toEqual({ items: [all.items[1]], total: all.total });
    expect(await searchPersons(db.prisma, 'سيرغي', { limit: 5, offset: 1000 })).toEqual({ items: [], total: all.total });
  });

  it('filters by minimum score', async () => {
    const loose = await searchPersons(db.prisma, 'ديمتري', { limit: 100 });
    const strict = await searchPersons(db.prisma, 'ديمتري', { limit: 100 }, { minScore: 0.7 });
    expect(strict.items.every((m) => m.score >= 0.7)).toBe(true);
    expect(strict.total).toBeLessThanOrEqual(loose.total);
  });

  it('treats SQL and pattern metacharacters as text', async () => {
    const before = await db.prisma.person.count();
    for (const query of ["'; DROP TABLE person; --", "' OR 1=1 --", '%', '_', '%%', '\\', '\\\\', '.*', '(', '[a-z]+', '$1', 'بيسكوف%', 'بي_كوف', '"', '\u0000'.slice(1) + '?']) {
      const result = await searchPersons(db.prisma, query);
      expect(result.total).toBeLessThan(before);
    }
    expect((await searchPersons(db.prisma, '%')).items).toEqual([]);
    expect((await searchPersons(db.prisma, '_')).items).toEqual([]);
    expect(await first('بيسكوف%')).toBe(ids.peskov);
    expect(await db.prisma.person.count()).toBe(before);
  });

  it('returns nothing for a query without letters or digits', async () => {
    expect(await searchPersons(db.prisma, '   ')).toEqual({ items: [], total: 0 });
    expect(await searchPersons(db.prisma, '«»،.')).toEqual({ items: [], total: 0 });
  });
});

describe('matchingSpeakerIds', () => {
  it('means every person the name can be, in any spelling, and no one it cannot', async () => {
    expect((await matchingSpeakerIds(db.prisma, 'سيرجى لافروف')).personIds).toEqual([ids.lavrov]);
    const peskovs = (await matchingSpeakerIds(db.prisma, 'بيسكوف')).personIds;
    expect(peskovs).toContain(ids.peskov);
    expect(peskovs).toContain(ids.otherPeskov);
    expect(peskovs).not.toContain(ids.lavrov);
    expect((await matchingSpeakerIds(db.prisma, 'دميترى بيسكوف')).personIds).toContain(ids.peskov);
    expect((await matchingSpeakerIds(db.prisma, 'دميترى بيسكوف')).personIds).not.toContain(ids.medvedev);
    expect((await matchingSpeakerIds(db.prisma, 'Peskov')).personIds).toContain(ids.peskov);
  });

  it('finds organizations by name or alias', async () => {
    const org = await db.prisma.organization.create({
      data: {
        name: 'وزارة الخارجية الروسية',
        normalizedName: nameKey('الخارجية الروسية'),
        aliases: { create: [{ text: 'الخارجية الروسية', normalized: nameKey('الخارجية الروسية') }] },
      },
    });
    expect((await matchingSpeakerIds(db.prisma, 'الخارجيه الروسيه')).organizationIds).toEqual([org.id]);
    expect((await matchingSpeakerIds(db.prisma, 'الخارجية الروسية')).personIds).toEqual([]);
    expect(await matchingSpeakerIds(db.prisma, "'; DROP TABLE organization; --")).toEqual({ personIds: [], organizationIds: [] });
  });
});
