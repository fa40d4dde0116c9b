// What can and cannot be a word of a person's name, by its form alone. The name finders of
// doc.ts ask these before the context tests: a noun with a pronoun suffix (مكتبه، سفاراتها), a
// verbal noun (مقارنة، باتخاذ), a compass word, a clause-opening particle or a word for people by
// occupation (lexicon/name-words.ts) is never part of a name; a given name the lexicon knows
// (lexicon/gazetteer-given-names.ts) starts one.
import { fold } from './normalize.js';
import { functionWords, particles } from './lex.js';
import { GROUP_BEFORE_SURNAME, NON_NAME_WORDS } from './lexicon/name-words.js';
import { GAZETTEER } from './lexicon/gazetteer.js';
import { boundedMemo } from './memo.js';
import { GIVEN_NAMES } from './lexicon/gazetteer-given-names.js';

const nonNameWords = new Set(NON_NAME_WORDS.flatMap((c) => c.forms.map((w) => fold(w))));

/** Given names that start a name by themselves (not the ones that are also common words). */
// a spelling that is also a closed-class word (آن folds to ان) never starts a name
const strongGiven = new Set(GIVEN_NAMES.filter((g) => !g.weak).flatMap((g) => g.ar.filter((a) => !a.includes(' ')).map((a) => fold(a))).filter((f) => !functionWords.has(f) && !particles.has(f) && !notNameForm(f)));
const anyGiven = new Set(GIVEN_NAMES.flatMap((g) => g.ar.filter((a) => !a.includes(' ')).map((a) => fold(a))));

/** Folded form: one of the never-a-name classes, or a verbal-noun pattern. */
export function notNameForm(f: string): boolean {
  if (nonNameWords.has(f)) return true;
  if ((f[0] === 'و' || f[0] === 'ف') && f.length > 3 && nonNameWords.has(f.slice(1))) return true;
  // مفاعلة verbal nouns (مقارنة، مساعدة، مواجهة، محاولة): م + C + ا + CC + ة
  if (f.length === 6 && f[0] === 'م' && f[2] === 'ا' && f[5] === 'ه' && !'اوي'.includes(f[1])) return true;
  // يفعلون, an imperfect plural verb (يعتبرون، يركضون)
  if (f.length >= 6 && f[0] === 'ي' && f.endsWith('ون')) return true;
  // افتعالا, an accusative verbal noun (احتفالا، اعتراضا): ا + C + ت + C + ا + C + ا
  if (f.length === 7 && f[0] === 'ا' && f[2] === 'ت' && f[4] === 'ا' && f[6] === 'ا') return true;
  // ب/ل + افتعال/إفعال verbal noun (باتخاذ، لإجراء): a purpose or manner phrase
  if (f.length === 6 && (f[0] === 'ب' || f[0] === 'ل') && f[1] === 'ا' && f[4] === 'ا' && !'اوي'.includes(f[2]) && !'اوي'.includes(f[3]) && !'اوي'.includes(f[5])) return true;
  return false;
}

const HAA = 'ه';
const TAA_MARBUTA_THEN = ['تها', 'تهم', 'تهما'];

/**
 * A word as written that carries a possessive or object pronoun (مكتبه، لمساعدته، سفاراتها،
 * بإمكانها، حكومتهم): a noun or a verb, never a name. Written ه after a consonant is the pronoun;
 * names end in ه only after a long vowel or ل (طه، وجيه، شاه، عبد الله) or in Persian زاده.
 */
export function pronounSuffixed(raw: string): boolean {
  const n = raw.length;
  if (raw.includes('\u064B')) return true; // tanween fathatan (قادماً، سؤالاً): an indefinite accusative, never a name
  if (n < 5) return false;
  for (const s of TAA_MARBUTA_THEN) if (raw.endsWith(s)) return true;
  if (raw.endsWith('ها') || raw.endsWith('هم') || raw.endsWith('هما')) return !raw.endsWith('اها');
  if (raw[n - 1] === HAA) {
    const before = raw[n - 2];
    if ('اويلىآأ'.includes(before)) return false;
    if (raw.endsWith('زاده')) return false;
    if (before === 'ت') return n >= 6; // زوجته, حكومته (شحاته, written with ه for ة, is five letters)
    return true;
  }
  return false;
}

/** A strong given name as the folded form, or after one clitic (لمصطفى، وجورج): the clitic's length, else -1. */
/** Folded given names whose spelling ends in ة (نادية): written with ه they are a noun and its pronoun (ناديه, his club). */
const givenTaaMarbuta = new Set(GIVEN_NAMES.flatMap((g) => g.ar.filter((a) => a.endsWith('ة')).map((a) => fold(a))));

/** givenNameCut of a token as written: also -1 for a ة-name written with a pronoun ه. */
export function givenNameCutRaw(raw: string, f: string): number {
  const cut = givenNameCut(f);
  if (cut >= 0 && raw.endsWith('ه') && givenTaaMarbuta.has(f.slice(cut))) return -1;
  return cut;
}

export function givenNameCut(f: string): number {
  if (strongGiven.has(f)) return 0;
  if (f.length > 3 && 'وفلب'.includes(f[0]) && strongGiven.has(f.slice(1)) && !functionWords.has(f) && !notNameForm(f)) return 1;
  return -1;
}

/** Any given name of the lexicon (strong or weak), as the folded form. */
export function isGivenName(f: string): boolean {
  return anyGiven.has(f);
}

/** The gazetteer's one-word forms, folded: a surname alone must be spelled as the gazetteer
 * spells it (the phonetic key of كما is that of كيم, of السياسي that of السيسي). */
let oneWordForms: Set<string> | null = null;

/** A folded word (or the word after a clitic و/ف/ب/ل) that is one of the gazetteer's one-word
 * forms (a well-known surname, with or without a clitic): the clitic's length, else -1. */
export const surnameCut = boundedMemo(50_000, (f: string): number => {
  if (!oneWordForms) oneWordForms = new Set(GAZETTEER.flatMap((e) => e.ar.filter((a) => !a.trim().includes(' ')).map((a) => fold(a))));
  if (f.length < 3) return -1;
  if (oneWordForms.has(f)) return 0;
  if (f.length > 4 && 'وفبل'.includes(f[0]) && oneWordForms.has(f.slice(1))) return 1;
  return -1;
});

const groupWords = new Set(GROUP_BEFORE_SURNAME.forms.map((w) => fold(w)));

/** A collective noun (ميليشيات، جماعة) before which a surname names a group. */
export function isGroupWord(f: string): boolean {
  return groupWords.has(f) || ((f[0] === 'و' || f[0] === 'ف') && groupWords.has(f.slice(1)));
}
