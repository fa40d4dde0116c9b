// The SQL folding functions of the search migration are the TypeScript ones, character for
// character: isnad_fold = fold, isnad_name_key = nameKey, isnad_phonetic = phoneticKey.
import { describe, expect, it } from 'vitest';
import { fold, nameKey, phoneticKey } from '../../src/attribution/normalize.js';
import { useTestDatabaseWithClient } from '../helpers/db.js';
import { corpus, corpusSentences } from './seed.js';

const ctx = useTestDatabaseWithClient();

interface Folded {
  fold: string;
  name: string;
  phonetic: string;
}

/** The SQL functions over many inputs; phonetic keys only where `withPhonetic` says (the slow one). */
async function sqlFold(inputs: string[], withPhonetic: (i: number) => boolean = () => true): Promise<Folded[]> {
  const out: Folded[] = [];
  for (let i = 0; i < inputs.length; i += 20_000) {
    const chunk = inputs.slice(i, i + 20_000);
    const { rows } = await ctx.client.query<Folded>(
      `SELECT isnad_fold(x) AS fold, isnad_name_key(x) AS name, CASE WHEN p THEN isnad_phonetic(x) END AS phonetic
       FROM unnest($1::text[], $2::bool[]) WITH ORDINALITY AS t(x, p, n) ORDER BY n`,
      [chunk, chunk.map((_, k) => withPhonetic(i + k))],
    );
    out.push(...rows);
  }
  return out;
}

const tsFold = (x: string, withPhonetic = true): Folded => ({ fold: fold(x), name: nameKey(x), phonetic: withPhonetic ? phoneticKey(x) : (null as never) });

const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';
const EASTERN_INDIC = '۰۱۲۳۴۵۶۷۸۹';
const DIACRITICS = ['\u064B', '\u064C', '\u064D', '\u064E', '\u064F', '\u0650', '\u0651', '\u0652', '\u0670', '\u0610', '\u06E1'];

/** Variants of a sentence with what folding removes or unifies added in. */
function variants(sentence: string, k: number): string[] {
  const words = sentence.split(' ');
  return [
    sentence,
    // diacritics after every second letter
    [...sentence].map((ch, i) => (/\p{L}/u.test(ch) && i % 2 ? ch + DIACRITICS[(i + k) % DIACRITICS.length] : ch)).join(''),
    // tatweel inside words, and runs of odd white space between them
    words.map((w) => (w.length > 3 ? w.slice(0, 2) + 'ـــ' + w.slice(2) : w)).join(k % 2 ? '\u00A0 \t' : '\u202F\n  '),
    // digits in both Arabic-Indic scripts
    sentence.replace(/[0-9]/g, (d) => (k % 2 ? ARABIC_INDIC : EASTERN_INDIC)[Number(d)]) + ` ${ARABIC_INDIC} ${EASTERN_INDIC}`,
    // alef, yaa, taa marbuta and hamza forms swapped in, Persian letters, Latin capitals, punctuation
    sentence.replace(/ا/g, 'أ').replace(/ي(?=\s|$)/g, 'ى').replace(/ه(?=\s|$)/g, 'ة').replace(/و/g, 'ؤ') + ' آلة إيران ٱلله ئ ی ک گ ۀ ہ',
    `«${sentence}»، (${k}) — "Reuters" ΣΑΣ İstanbul؛ ${sentence.toUpperCase()}!`,
  ];
}

describe('isnad_fold / isnad_name_key / isnad_phonetic', () => {
  it('equal fold / nameKey / phoneticKey on the corpus: sentences, names, and their variants', async () => {
    const inputs = [
      ...corpusSentences().flatMap((s, k) => variants(s, k)),
      ...corpus.flatMap((a) => a.persons.flatMap((p) => [p.name, ...p.mentions, p.nameEn ?? ''])),
      ...corpus.flatMap((a) => a.statements),
      'ديمترى بيسكوف', 'دميترى بيسكوف', 'ديميتري بيسكوف', 'سيرجى لافروف', 'سيرغي لافروف', 'مون جاى-إن',
      '', ' ', 'ـ', '\u064E', 'ه', 'اه', 'a', '😀 بوتين 😀', 'ب۞ا', '  leading and trailing  ',
    ];
    expect(inputs.length).toBeGreaterThan(1500);
    const sql = await sqlFold(inputs);
    const mismatches = inputs.map((x, i) => ({ x, sql: sql[i], ts: tsFold(x) })).filter((m) => JSON.stringify(m.sql) !== JSON.stringify(m.ts));
    expect(mismatches.slice(0, 5)).toEqual([]);
  });

  it('equal them on every character of the BMP and on astral punctuation, symbols and cased letters, but for case pairs newer than the server ICU', async () => {
    const astral = /[\p{P}\p{S}\p{Lu}\p{Lt}\p{M}\p{Nd}\p{Zs}]/u;
    const codePoints: number[] = [];
    for (let cp = 1; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      if (cp < 0x10000 || astral.test(String.fromCodePoint(cp))) codePoints.push(cp);
    }
    // Inside a word and at the start of one (phoneticKey keeps the first letter).
    const inputs = codePoints.map((cp) => {
      const ch = String.fromCodePoint(cp);
      return `ب${ch}ا ${ch}ي`;
    });
    // Phonetic keys (per word: first letter, then Arabic letters merged or dropped) for the
    // characters they can treat differently: Latin to Arabic, punctuation, symbols, cased letters.
    const phonetic = (i: number) => codePoints[i] < 0x0800 || (codePoints[i] >= 0xfb50 && codePoints[i] < 0xff00) || !/\p{L}/u.test(inputs[i][1]) || (inputs[i][1] ?? '').toLowerCase() !== inputs[i][1];
    const sql = await sqlFold(inputs, phonetic);
    const mismatched = codePoints.filter((_, i) => JSON.stringify(sql[i]) !== JSON.stringify(tsFold(inputs[i], phonetic(i))));
    // Differences come from lower-casing only: letters whose case pair Unicode added after the
    // ICU version PostgreSQL was built with (Georgian Mtavruli, Latin Extended-D...).
    const caseChanging = (cp: number) => String.fromCodePoint(cp).toLowerCase() !== String.fromCodePoint(cp);
    expect(mismatched.filter((cp) => !caseChanging(cp)).map((cp) => cp.toString(16))).toEqual([]);
    // None in the scripts news text is written in: Latin, Greek, Cyrillic, Arabic, punctuation.
    const inScope = (cp: number) =>
      cp < 0x0530 || (cp >= 0x0600 && cp < 0x0900) || (cp >= 0x1e00 && cp < 0x2070) || (cp >= 0xfb50 && cp < 0xff00);
    expect(mismatched.filter(inScope).map((cp) => cp.toString(16))).toEqual([]);
    expect(mismatched.length).toBeLessThan(300);
  }, 120_000);

  it('isnad_definite puts every Arabic word in its definite form', async () => {
    const { rows } = await ctx.client.query(
      `SELECT isnad_definite($1) AS d`,
      ['والمفاوضات وزير للوزير بالتاكيد فالامر كالعاده الله والد 12 abc «المفاوضات» ال و'],
    );
    expect(rows[0].d).toBe('المفاوضات الوزير الوزير التاكيد الامر العاده الله الوالد 12 abc «المفاوضات» الال و');
  });

  it('are immutable and parallel safe, so generated columns and indexes can use them', async () => {
    const { rows } = await ctx.client.query<{ proname: string; provolatile: string; proparallel: string }>(
      `SELECT proname, provolatile, proparallel FROM pg_proc
       WHERE proname LIKE 'isnad\\_%' AND proname NOT LIKE '%\\_match\\_ids' ORDER BY proname`,
    );
    expect(rows).toEqual(
      ['isnad_definite', 'isnad_fold', 'isnad_latin', 'isnad_lower', 'isnad_name_key', 'isnad_phonetic', 'isnad_skeleton', 'isnad_tsquery', 'isnad_tsvector', 'isnad_vowel_skeleton'].map((proname) => ({ proname, provolatile: 'i', proparallel: 's' })),
    );
  });

  it('keep working under the restricted search_path of maintenance commands', async () => {
    await ctx.client.query(`INSERT INTO person (name, normalized_name) VALUES ('سيرغي لافروف', 'سيرغي لافروف')`);
    await ctx.client.query('SET search_path = pg_catalog');
    try {
      const { rows } = await ctx.client.query(`SELECT public.isnad_phonetic('ديمترى بيسكوف') AS p`);
      expect(rows[0].p).toBe(phoneticKey('ديمترى بيسكوف'));
      await ctx.client.query('ANALYZE public.person');
      await ctx.client.query('REINDEX TABLE public.person');
    } finally {
      await ctx.client.query('RESET search_path');
    }
    const { rows } = await ctx.client.query(`SELECT name_phonetic FROM person`);
    expect(rows[0].name_phonetic).toBe(phoneticKey('سيرغي لافروف'));
  });
});
