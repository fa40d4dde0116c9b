// Arabic full-text search over statements and articles, with snippets of the original text.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Prisma } from '../../src/db/generated/prisma/client.js';
import { foldMapped, searchText, snippetOf, statementIdsMatchingText, statementTextCondition } from '../../src/db/search.js';
import { fold } from '../../src/attribution/normalize.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { corpus, createArticle, createStatement } from './seed.js';

let db: TestDatabase;
const s: Record<string, number> = {};
const a: Record<string, number> = {};

beforeAll(async () => {
  db = await createTestDatabase();
  // Real articles of the corpus, with their statements.
  for (const doc of corpus.slice(0, 8)) {
    const articleId = await createArticle(db.prisma, doc.text);
    a[doc.id] = articleId;
    for (const [i, content] of doc.statements.entries()) await createStatement(db.prisma, articleId, i, content);
  }
  const article = await createArticle(db.prisma, 'نص الخبر عن الطقس والرياح في المدينة.', 'وزير الخارجية يصل إلى موسكو');
  a.titleOnly = article;
  // Hamza, diacritics, tatweel and taa marbuta, as an article might have written them.
  s.hamza = await createStatement(db.prisma, article, 0, 'أكَّدَ الوزيرُ أنّ المُفاوضاتِ مستمرّة مع الجانب الإيراني');
  s.twice = await createStatement(db.prisma, article, 1, 'المفاوضات، ثم المفاوضات');
  s.once = await createStatement(
    db.prisma,
    article,
    2,
    'وقال إن الحكومة ستواصل العمل على تحسين الأوضاع الاقتصادية في البلاد وإن المفاوضات جزء من خطة أوسع تشمل الإصلاحات والاستثمار والتنمية في جميع المحافظات خلال السنوات المقبلة',
  );
  s.html = await createStatement(db.prisma, article, 3, 'قال إن <script>alert("x")</script> & الصواريخ <b>الباليستية</b> خط أحمر');
  s.tatweel = await createStatement(db.prisma, article, 4, 'الاجتمـــاع القادم سيكون في طهران');
}, 60_000);
afterAll(async () => {
  await db?.drop();
});

const ids = async (query: string, types?: ('Statement' | 'Article')[]) =>
  (await searchText(db.prisma, query, { limit: 100 }, { types })).items.map((m) => `${m.type}:${m.id}`);

describe('searchText', () => {
  it('finds a statement by a word with or without hamza, diacritics, shadda, tatweel', async () => {
    for (const query of ['أكد', 'اكد', 'أكَّد', 'إكد']) expect(await ids(query, ['Statement'])).toContain(`Statement:${s.hamza}`);
    expect(await ids('الاجتماع', ['Statement'])).toContain(`Statement:${s.tatweel}`);
    expect(await ids('مستمره')).toContain(`Statement:${s.hamza}`);
  });

  it('finds a statement by another inflection of a word, with or without the article', async () => {
    // المفاوضات / مفاوضات / والمفاوضات / للمفاوضات / بالمفاوضات
    for (const query of ['مفاوضات', 'والمفاوضات', 'المفاوضات', 'للمفاوضات', 'بالمفاوضات'])
      expect(await ids(query, ['Statement']), query).toContain(`Statement:${s.hamza}`);
    // الإيراني / إيراني, الوزير / وزير (which the stemmer alone reads as و + زير)
    for (const query of ['إيراني', 'الايراني', 'وزير', 'الوزير', 'للوزير'])
      expect(await ids(query, ['Statement']), query).toContain(`Statement:${s.hamza}`);
    const government = await createStatement(db.prisma, a.titleOnly, 10, 'انتقدت حكومات المنطقة القرار');
    for (const query of ['الحكومات', 'حكومات', 'والحكومات']) expect(await ids(query, ['Statement']), query).toContain(`Statement:${government}`);
  });

  it('ranks: more matches in a shorter text first; all words before some', async () => {
    const result = await searchText(db.prisma, 'المفاوضات', { limit: 100 }, { types: ['Statement'] });
    const rank = (id: number) => result.items.find((m) => m.id === id)!.rank;
    expect(rank(s.twice)).toBeGreaterThan(rank(s.once));
    expect(result.items.map((m) => m.rank)).toEqual([...result.items.map((m) => m.rank)].sort((x, y) => y - x));
    // websearch syntax: quoted phrases, or, -exclusion.
    expect(await ids('"المفاوضات مستمرة"', ['Statement'])).toEqual([`Statement:${s.hamza}`]);
    expect(await ids('المفاوضات -الإيراني', ['Statement'])).not.toContain(`Statement:${s.hamza}`);
    const either = await ids('الاجتماع or الباليستية', ['Statement']);
    expect(either).toEqual(expect.arrayContaining([`Statement:${s.tatweel}`, `Statement:${s.html}`]));
  });

  it('searches articles by title and body, the title weighing more', async () => {
    const doc = corpus[0];
    // A word of the first corpus article, its body.
    expect(await ids('روحاني', ['Article'])).toContain(`Article:${a[doc.id]}`);
    const byTitle = await searchText(db.prisma, 'موسكو', {}, { types: ['Article'] });
    expect(byTitle.items.map((m) => m.id)).toContain(a.titleOnly);
    const hit = byTitle.items.find((m) => m.id === a.titleOnly)!;
    expect(hit.snippet).toBe('وزير الخارجية يصل إلى <b>موسكو</b>');
  });

  it('highlights the matched words in the original text, diacritics and hamza kept', async () => {
    const [hit] = (await searchText(db.prisma, 'اكد المفاوضات', {}, { types: ['Statement'] })).items;
    expect(hit.id).toBe(s.hamza);
    expect(hit.snippet).toBe('<b>أكَّدَ</b> الوزيرُ أنّ <b>المُفاوضاتِ</b> مستمرّة مع الجانب الإيراني');
    // Found through the definite form (وزير / الوزير), highlighted as written.
    const minister = await createStatement(db.prisma, a.titleOnly, 11, 'قال وزير الدفاع إن الجيش مستعد');
    const byDefinite = (await searchText(db.prisma, 'الوزير', {}, { types: ['Statement'] })).items.find((m) => m.id === minister)!;
    expect(byDefinite.snippet).toBe('قال <b>وزير</b> الدفاع إن الجيش مستعد');
    const [tatweel] = (await searchText(db.prisma, 'الاجتماع', {}, { types: ['Statement'] })).items;
    expect(tatweel.snippet).toBe('<b>الاجتمـــاع</b> القادم سيكون في طهران');
  });

  it('cuts long texts around the matches, marking the cuts', async () => {
    const doc = corpus.find((d) => d.text.length > 1500)!;
    const word = 'روحاني';
    const result = await searchText(db.prisma, word, {}, { types: ['Article'] });
    const hit = result.items.find((m) => m.id === a[doc.id]);
    if (!hit) return; // the chosen article does not name him
    expect(hit.snippet).toContain(`<b>${word}`);
    expect(hit.snippet.length).toBeLessThan(doc.text.length);
    expect(hit.snippet).toMatch(/…/);
    // Every fragment is the original text.
    for (const fragment of hit.snippet.split('…').map((f) => f.replace(/<\/?b>/g, '').trim()).filter(Boolean))
      expect(doc.text).toContain(fragment);
  });

  it('escapes HTML in snippets', async () => {
    const [hit] = (await searchText(db.prisma, 'الباليستية', {}, { types: ['Statement'] })).items;
    expect(hit.id).toBe(s.html);
    expect(hit.snippet).toContain('&lt;script&gt;alert("x")&lt;/script&gt; &amp;');
    expect(hit.snippet).toContain('&lt;b&gt;<b>الباليستية</b>&lt;/b&gt;');
    expect(hit.snippet).not.toContain('<script>');
  });

  it('pages, with the total count of matches across statements and articles', async () => {
    const all = await searchText(db.prisma, 'قال', { limit: 1000 });
    expect(all.total).toBe(all.items.length);
    expect(new Set(all.items.map((m) => m.type))).toEqual(new Set(['Statement', 'Article']));
    const page = await searchText(db.prisma, 'قال', { limit: 3, offset: 2 });
    expect(page.items.map((m) => `${m.type}:${m.id}`)).toEqual(all.items.slice(2, 5).map((m) => `${m.type}:${m.id}`));
    expect(page.total).toBe(all.total);
    expect((await searchText(db.prisma, 'قال', { limit: 3, offset: 10_000 })).total).toBe(all.total);
  });

  it('ranks only the most recent matches of each kind when a word has more than its window', async () => {
    const all = await searchText(db.prisma, 'قال', { limit: 1000 }, { window: 10_000 });
    expect(all.totalIsExact).toBe(true);
    const matched = (type: string) => all.items.filter((m) => m.type === type).map((m) => m.id);
    expect(matched('Statement').length).toBeGreaterThan(2);
    expect(matched('Article').length).toBeGreaterThan(2);
    // the newest two of each kind, in the orders of the feeds
    const newestStatements = await db.prisma.$queryRaw<{ id: number }[]>`
      SELECT id FROM statement WHERE id = ANY(${matched('Statement')}) ORDER BY sort_date DESC, article_id DESC, position LIMIT 2`;
    const newestArticles = await db.prisma.$queryRaw<{ id: number }[]>`
      SELECT id FROM article WHERE id = ANY(${matched('Article')}) ORDER BY published_at DESC, id DESC LIMIT 2`;

    const windowed = await searchText(db.prisma, 'قال', { limit: 1000 }, { window: 2 });
    expect(windowed.totalIsExact).toBe(false);
    expect(windowed.total).toBe(4);
    const got = (type: string) => new Set(windowed.items.filter((m) => m.type === type).map((m) => m.id));
    expect(got('Statement')).toEqual(new Set(newestStatements.map((r) => r.id)));
    expect(got('Article')).toEqual(new Set(newestArticles.map((r) => r.id)));
    const ranks = windowed.items.map((m) => m.rank);
    expect(ranks).toEqual([...ranks].sort((x, y) => y - x));
    // past the end of the window: no hits, the same count
    const past = await searchText(db.prisma, 'قال', { limit: 3, offset: 50 }, { window: 2 });
    expect(past).toMatchObject({ items: [], total: 4, totalIsExact: false });
  });

  it('treats SQL, tsquery and regex metacharacters as text', async () => {
    const before = await db.prisma.statement.count();
    for (const query of [
      "'; DROP TABLE statement; --",
      "' OR 1=1 --",
      '%',
      '_',
      '\\',
      '.*',
      '(',
      ')',
      '[',
      '!',
      '&',
      '|',
      ':*',
      "'",
      '"',
      '""',
      '-',
      'or',
      'المفاوضات & !',
      'المفاوضات:*',
      "المفاوضات' | 'x",
      '<->',
      '\u0000'.slice(1),
    ]) {
      const result = await searchText(db.prisma, query);
      expect(result.total).toBeLessThan(before);
    }
    expect((await searchText(db.prisma, '%')).items).toEqual([]);
    expect(await ids('المفاوضات:*', ['Statement'])).toContain(`Statement:${s.hamza}`);
    expect(await db.prisma.statement.count()).toBe(before);
  });

  it('returns nothing for a query without words', async () => {
    expect(await searchText(db.prisma, '  ')).toEqual({ items: [], total: 0, totalIsExact: true });
    expect(await searchText(db.prisma, '«»،')).toEqual({ items: [], total: 0, totalIsExact: true });
    expect(await searchText(db.prisma, 'المفاوضات', {}, { types: [] })).toEqual({ items: [], total: 0, totalIsExact: true });
  });
});

describe('statements(filter: { text })', () => {
  it('statementIdsMatchingText: matching statements, best first', async () => {
    const matches = await statementIdsMatchingText(db.prisma, 'المفاوضات');
    expect(matches.map((m) => m.id)).toEqual(expect.arrayContaining([s.hamza, s.twice, s.once]));
    expect(matches[0].id).toBe(s.twice);
    expect(await statementIdsMatchingText(db.prisma, '')).toEqual([]);
    expect(await statementIdsMatchingText(db.prisma, "'; DROP TABLE statement; --")).toEqual([]);
    expect(await statementIdsMatchingText(db.prisma, 'المفاوضات', { limit: 1 })).toHaveLength(1);
  });

  it('statementTextCondition: a WHERE condition for raw queries', async () => {
    const condition = statementTextCondition('مستمرة')!;
    const rows = await db.prisma.$queryRaw<{ id: number }[]>`SELECT st.id FROM statement st WHERE ${statementTextCondition('مستمرة', 'st')}`;
    expect(rows.map((r) => r.id)).toContain(s.hamza);
    const plain = await db.prisma.$queryRaw<{ id: number }[]>`SELECT id FROM statement WHERE ${condition} AND kind = 'direct'`;
    expect(plain.map((r) => r.id)).toContain(s.hamza);
    expect(statementTextCondition('...')).toBeNull();
    expect(() => statementTextCondition('x', 'st; DROP TABLE x')).toThrow();
    expect(condition).toBeInstanceOf(Prisma.Sql);
  });
});

describe('snippetOf', () => {
  it('maps a headline of the folded text back to the original', () => {
    const original = '  قالَ  الرئيـسُ:\u00A0«إنّ الأمرَ محسوم»  ';
    const { folded } = foldMapped(original);
    expect(folded).toBe(fold(original));
    const headline = folded.replace('الرييس', '\uE000الرييس\uE001').replace('محسوم', '\uE000محسوم\uE001');
    expect(snippetOf(original, headline)).toBe('قالَ  <b>الرئيـسُ</b>:\u00A0«إنّ الأمرَ <b>محسوم</b>»');
  });

  it('foldMapped folds exactly as fold(), each character pointing at the one it comes from', () => {
    // Arabic with diacritics and tatweel, every kind of white space, surrogate pairs and lone halves.
    const pieces = ['قالَ', 'الرئيـسُ', 'ى', 'ة', '٣', 'A', ' ', '\n', '\t', '\u00A0', '\u2003', '\u3000', '\uFEFF', '\u200B', '😀', '\uD83D', '\uDE00', 'İ'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const original = parts.join('');
        const { folded, start } = foldMapped(original);
        expect(folded).toBe(fold(original));
        expect(start).toHaveLength(folded.length);
        for (let k = 0; k < folded.length; k++) {
          if (k > 0) expect(start[k]).toBeGreaterThanOrEqual(start[k - 1]);
          if (folded[k] !== ' ') expect(fold(original.slice(start[k], start[k] + 2))).toContain(folded[k]);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('falls back to the folded headline when it is not in the text', () => {
    expect(snippetOf('abc', 'x\uE000y\uE001<z>')).toBe('x<b>y</b>&lt;z&gt;');
  });
});
