// Person resolution across articles, both directions: variants of one name merge, different
// people who share a first name or a family name stay apart.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { ingestArticle } from '../../src/ingest/ingest.js';
import { AttributionBuilder } from './build.js';

// Real PostgreSQL on a shared machine: allow for a loaded CPU.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.drop();
});

interface P {
  name: string;
  mentions?: string[];
  role?: string | null;
}

/** Ingests a one-sentence article naming these persons; returns the DB person id of each. */
async function ingestPersons(text: string, persons: P[]): Promise<number[]> {
  const b = new AttributionBuilder(text);
  const ids = persons.map((p) => b.person(p.name, { mentions: p.mentions, role: p.role ?? null }));
  const result = await ingestArticle(db.prisma, { text, published: '2017-05-10' }, { attribute: () => b.build() });
  expect(result.created).toBe(true);
  const mentions = await db.prisma.mention.findMany({ where: { articleId: result.article.id, personId: { not: null } } });
  const a = b.build();
  return ids.map((id) => {
    const p = a.persons.find((x) => x.id === id)!;
    return mentions.find((m) => m.start === p.mentions[0].start)!.personId!;
  });
}

async function aliasesOf(id: number): Promise<string[]> {
  const aliases = await db.prisma.personAlias.findMany({ where: { personId: id }, orderBy: { text: 'asc' } });
  return aliases.map((a) => a.text);
}

describe('the same person across articles', () => {
  it('merges spelling variants of the full name (ديمترى / دميترى / ديميتري بيسكوف)', async () => {
    const [a] = await ingestPersons('أعلن المتحدث باسم الكرملين ديمترى بيسكوف أن الزيارة مهمة.', [
      { name: 'ديمترى بيسكوف', role: 'المتحدث باسم الكرملين' },
    ]);
    const [b] = await ingestPersons('وكان المتحدث باسم الرئاسة الروسية ديميتري بيسكوف توقع ذلك.', [
      { name: 'ديميتري بيسكوف', role: 'المتحدث باسم الرئاسة الروسية' },
    ]);
    const [c] = await ingestPersons('من ناحية أخرى أكد دميترى بيسكوف اليوم الأربعاء أن روسيا ترحب.', [{ name: 'دميترى بيسكوف' }]);
    expect(b).toBe(a);
    expect(c).toBe(a);
    expect(await aliasesOf(a)).toEqual(['دميترى بيسكوف', 'ديمترى بيسكوف', 'ديميتري بيسكوف']);
  });

  it('merges سيرجى لافروف and سيرغي لافروف, and a later bare لافروف', async () => {
    const [a] = await ingestPersons('قال وزير الخارجية الروسى سيرجى لافروف إن المحادثات مفيدة.', [
      { name: 'سيرجى لافروف', role: 'وزير الخارجية الروسى' },
    ]);
    const [b] = await ingestPersons('أكد وزير الخارجية الروسي سيرغي لافروف أن أي لقاء يجب أن يخرج بنتائج.', [
      { name: 'سيرغي لافروف', role: 'وزير الخارجية الروسي' },
    ]);
    const [c] = await ingestPersons('وصل لافروف إلى واشنطن صباح اليوم.', [{ name: 'لافروف' }]);
    expect(b).toBe(a);
    expect(c).toBe(a);
    const person = await db.prisma.person.findUniqueOrThrow({ where: { id: a } });
    expect(person.name).toBe('سيرجى لافروف');
  });

  it('merges a person first known by the family name only with the full name seen later', async () => {
    const [a] = await ingestPersons('وقال تيلرسون إن واشنطن تريد علاقات أفضل.', [{ name: 'تيلرسون', role: 'وزير الخارجية الأمريكي' }]);
    const [b] = await ingestPersons('والتقى وزير الخارجية الأمريكي ريكس تيلرسون نظيره الروسي.', [
      { name: 'ريكس تيلرسون', role: 'وزير الخارجية الأمريكي' },
    ]);
    expect(b).toBe(a);
    const person = await db.prisma.person.findUniqueOrThrow({ where: { id: a } });
    expect(person.name).toBe('ريكس تيلرسون'); // the fuller name replaces the surname
    expect(await aliasesOf(a)).toEqual(['تيلرسون', 'ريكس تيلرسون']);
  });

  it('matches through any alias, not only the canonical name', async () => {
    const [a] = await ingestPersons('قال الرئيس الكوري الجنوبي مون جاي إن، واسمه الكامل مون جاى-إن، إن الحوار ممكن.', [
      { name: 'مون جاي إن', mentions: ['مون جاي إن', 'مون جاى-إن'], role: 'الرئيس الكوري الجنوبي' },
    ]);
    const [b] = await ingestPersons('يذكر أنه سبق أن صرح مون جاى-إن بأنه سيسعى إلى الحوار.', [{ name: 'مون جاى-إن' }]);
    expect(b).toBe(a);
  });
});

describe('different people stay apart', () => {
  it('two persons sharing a first name (محمد) are two persons', async () => {
    const [a] = await ingestPersons('قال ولي العهد السعودي محمد بن سلمان إن المملكة ماضية في الإصلاح.', [
      { name: 'محمد بن سلمان', role: 'ولي العهد السعودي' },
    ]);
    const [b] = await ingestPersons('وأكد وزير الخارجية الإيراني محمد جواد ظريف أن طهران تريد الحوار.', [
      { name: 'محمد جواد ظريف', role: 'وزير الخارجية الإيراني' },
    ]);
    // Two one-word "محمد"s with conflicting roles (Egyptian spokesman, Qatari minister).
    const [c] = await ingestPersons('وقال المتحدث باسم وزارة الصحة المصرية محمد إن اللقاحات وصلت.', [
      { name: 'محمد', role: 'المتحدث باسم وزارة الصحة المصرية' },
    ]);
    const [d] = await ingestPersons('وصرح وزير الخارجية القطري محمد بأن الدوحة تدعم الوساطة.', [{ name: 'محمد', role: 'وزير الخارجية القطري' }]);
    expect(new Set([a, b, c, d]).size).toBe(4);
  });

  it('two persons sharing a family name (بوش) are two persons, and a bare بوش joins neither', async () => {
    const [george] = await ingestPersons('قال الرئيس الأمريكي الأسبق جورج بوش إن الحرب كانت ضرورية.', [
      { name: 'جورج بوش', role: 'الرئيس الأمريكي الأسبق' },
    ]);
    const [jeb] = await ingestPersons('وأعلن حاكم فلوريدا السابق جيب بوش ترشحه للرئاسة.', [{ name: 'جيب بوش', role: 'حاكم فلوريدا السابق' }]);
    expect(jeb).not.toBe(george);
    const [bare] = await ingestPersons('وقال بوش في مقابلة إن الاقتصاد قوي.', [{ name: 'بوش' }]);
    expect([george, jeb]).not.toContain(bare);
    // Variants still find the right one of the two.
    const [george2] = await ingestPersons('وكان جورج دبليو بوش قد زار المنطقة.', [{ name: 'جورج دبليو بوش' }]);
    expect(george2).toBe(george);
  });

  it('a family name alone does not join a namesake whose role conflicts', async () => {
    const [pm] = await ingestPersons('قال رئيس الوزراء البريطاني ديفيد كاميرون إن لندن ستبقى في أوروبا.', [
      { name: 'ديفيد كاميرون', role: 'رئيس الوزراء البريطاني' },
    ]);
    const [director] = await ingestPersons('وقال المخرج الأمريكي كاميرون إن فيلمه الجديد جاهز.', [{ name: 'كاميرون', role: 'المخرج الأمريكي' }]);
    expect(director).not.toBe(pm);
    const [again] = await ingestPersons('وأضاف رئيس الوزراء البريطاني كاميرون أن الاستفتاء قادم.', [{ name: 'كاميرون', role: 'رئيس الوزراء البريطاني' }]);
    // Now two persons have that family name: a bare mention is ambiguous and joins neither.
    expect([pm, director]).not.toContain(again);
  });
});

describe('compound family names', () => {
  it('a bare الله does not join حسن نصر الله, a bare نصر الله does', async () => {
    const [nasrallah] = await ingestPersons('قال الأمين العام لحزب الله حسن نصر الله إن المقاومة مستمرة.', [
      { name: 'حسن نصر الله', role: 'الأمين العام لحزب الله' },
    ]);
    const [allah] = await ingestPersons('وقالت الصحيفة إن الله وحده يعلم.', [{ name: 'الله' }]);
    const [bare] = await ingestPersons('وأضاف نصر الله أن الرد قادم.', [{ name: 'نصر الله' }]);
    expect(allah).not.toBe(nasrallah);
    expect(bare).toBe(nasrallah);
  });

  it('محمد بن سلمان and محمد بن زايد are two persons; الغندور and غندور one family name', async () => {
    const [mbs] = await ingestPersons('وقال ولي العهد محمد بن سلمان إن الرؤية تتقدم.', [{ name: 'محمد بن سلمان', role: 'ولي العهد' }]);
    const [mbz] = await ingestPersons('وقال محمد بن زايد إن الإمارات تدعم الاستقرار.', [{ name: 'محمد بن زايد' }]);
    expect(mbz).not.toBe(mbs);
    const [g1] = await ingestPersons('وقال وزير الخارجية السوداني إبراهيم الغندور إن الخرطوم منفتحة.', [
      { name: 'إبراهيم الغندور', role: 'وزير الخارجية السوداني' },
    ]);
    const [g2] = await ingestPersons('وأكد إبراهيم غندور أن السودان يرحب بالقرار.', [{ name: 'إبراهيم غندور' }]);
    expect(g2).toBe(g1);
  });
});
