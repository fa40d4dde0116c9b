// Consonant skeletons: one key for a name in Arabic and in Latin letters, so that a Latin query
// finds a person stored only in Arabic (Khashoggi → ksk ← خاشقجي). Vowels, long vowels, h (ح ه),
// ع and hamza are dropped (transliterations disagree on them most), letters that transliterate the same
// sound share a class (ج ق ك غ خ and g j k q c; س ص ش ز and s z sh; ت ط د ض ث ذ ظ and t d th),
// the article ال / al- el- is dropped per word, and repeated letters are written once.
// arabicSkeleton has a SQL twin, isnad_skeleton (prisma/migrations/20261208020000_person_skeleton),
// which fills the person and alias skeleton columns; test/search/skeleton.test.ts holds them equal.
import { fold } from '../attribution/normalize.js';

/** Arabic letter classes (after fold(): ك for ک گ, ه for ة). The SQL twin's translate() lists the same pairs. */
export const SKELETON_CLASSES: Array<[string, string]> = [
  ['بپ', 'b'], ['تطثدضذ', 't'], ['جقكغخ', 'k'], ['سصشزژظ', 's'], ['فڤ', 'f'], ['ل', 'l'], ['م', 'm'], ['ن', 'n'], ['ر', 'r'],
];
const AR_MAP = new Map<string, string>(SKELETON_CLASSES.flatMap(([from, to]) => [...from].map((c) => [c, to] as [string, string])));

const VOWEL_MAP = new Map<string, string>([['ا', 'a'], ['و', 'u'], ['ي', 'i']]);

/** The skeleton of a name as Arabic script writes it (the stored side). */
export function arabicSkeleton(name: string): string {
  return arabicKey(name, false);
}

/** arabicSkeleton with the written long vowels kept (ا a, و u, ي i): it tells apart names of one
 * skeleton (خاشقجي kaski, خشخو ksku) when a Latin query has the same vowels. */
export function arabicVowelSkeleton(name: string): string {
  return arabicKey(name, true);
}

function arabicKey(name: string, vowels: boolean): string {
  let s = fold(name);
  s = s.replace(/تش/g, 'ش'); // تشارلز: ch
  s = s.replace(/(^| )عبد ?ال/g, '$1عبد '); // عبدالعزيز، عبد العزيز: Abd + the name
  s = s.replace(/(^| )ال/g, '$1'); // the article, per word
  let out = '';
  for (const c of s) {
    const m = AR_MAP.get(c) ?? (vowels ? VOWEL_MAP.get(c) : undefined);
    if (m) out += m;
    else if (c === ' ') out += c;
  }
  return tidy(out);
}

/** Letters written once, spaces collapsed, trimmed (both sides end here). */
function tidy(s: string): string {
  return s.replace(/([a-z])\1+/g, '$1').replace(/ +/g, ' ').trim();
}

const LATIN_DIGRAPHS: Array<[RegExp, string]> = [
  [/kh|gh|ck|qu|q|c(?=[aou]|$|[^eiyh])|g|j/g, 'k'],
  [/sh|ch|zh|c|z|x/g, 's'],
  [/th|dh|d/g, 't'],
  [/ph|v|f/g, 'f'],
  [/p/g, 'b'],
];

/** The skeleton of a name in Latin letters (the query side). */
export function latinSkeleton(name: string): string {
  return tidy(latinConsonants(name).replace(/[aeiouwyh]/g, '')); // h too: Arabic writes ح or ه for it, or nothing (John, Sameh)
}

/** latinSkeleton with vowels as arabicVowelSkeleton writes them (a; e i y → i; o u w → u). */
export function latinVowelSkeleton(name: string): string {
  return tidy(latinConsonants(name).replace(/h/g, '').replace(/[eiy]/g, 'i').replace(/[ouw]/g, 'u'));
}

function latinConsonants(name: string): string {
  let s = name.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  s = s.replace(/[^a-z]+/g, ' ').trim();
  s = s.replace(/(^| )(al|el)(?= )/g, '$1').replace(/(^| )(al|el)(?=[a-z]{3})/g, '$1'); // al-Hariri, el Sisi
  s = s.replace(/(^| )abd(el|ul|al|oul|ol|el)?(?=[a-z]{2}| |$)/g, '$1abd '); // Abdelaziz, Abdul Malik: Abd + the name
  s = s.replace(/(^| )x/g, '$1s').replace(/x/g, 'ks'); // Xi; Alexis
  for (const [re, to] of LATIN_DIGRAPHS) s = s.replace(re, to);
  return s;
}

/** Does the query have Latin letters to read a skeleton from? */
export function isLatinQuery(q: string): boolean {
  return /[A-Za-z]/.test(q) && !/[\u0600-\u06ff]/.test(q);
}
