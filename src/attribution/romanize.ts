// Readable English spellings of Arabic-script names the gazetteer does not know. Each word is
// spelled from the given-names lexicon when it knows the word, else letter by letter with the
// vowels Arabic leaves unwritten put back where English needs one (a word-initial consonant
// pair, a final consonant pair after one long vowel): خالد → Khaled, not Khld. The article ال is
// written al-, the particles بن/ابن/أبو/عبد as bin/ibn/Abu/Abdel. A word that yields no Latin
// letter makes the whole name null: a wrong-looking name is worse than none.
import { fold } from './normalize.js';
import { GIVEN_NAMES } from './lexicon/gazetteer-given-names.js';
import { boundedMemo } from './memo.js';

let givenIndex: Map<string, string> | null = null;

/** Folded Arabic spelling (one or two words) → English given name. */
function given(): Map<string, string> {
  if (givenIndex) return givenIndex;
  const m = new Map<string, string>();
  for (const g of GIVEN_NAMES) for (const a of g.ar) {
    const k = fold(a);
    if (!m.has(k)) m.set(k, g.en);
  }
  return (givenIndex = m);
}

/** The English given name of a folded word (or two words), or null. */
export function givenNameEn(folded: string): string | null {
  return given().get(folded) ?? null;
}

const CONSONANT: Record<string, string> = {
  ب: 'b', ت: 't', ث: 'th', ج: 'j', ح: 'h', خ: 'kh', د: 'd', ذ: 'dh', ر: 'r', ز: 'z', س: 's', ش: 'sh', ص: 's',
  ض: 'd', ط: 't', ظ: 'z', غ: 'gh', ف: 'f', ق: 'q', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h', پ: 'p', چ: 'ch',
  ڤ: 'v', گ: 'g', ک: 'k', ی: 'y',
};
/** Glottal stops and ع: written as nothing, they still separate vowels. */
const SILENT = new Set(['ء', 'ئ', 'ؤ', 'ع']);
const LONG = new Set(['ا', 'أ', 'إ', 'آ', 'ى', 'و', 'ي']);
/** Final consonant pairs English keeps without a vowel (-mb, -rl: كارلوس…). */
const FINAL_PAIRS = new Set(['mb', 'nd', 'nt', 'rt', 'rd', 'st', 'sk', 'nk', 'ks', 'ft', 'kt', 'ns', 'rs', 'rn', 'rm', 'rg', 'ng', 'nz', 'lf', 'lm', 'ls', 'rk', 'lt', 'rz', 'rf', 'sht', 'ts']);
/** English onsets (بريطانيا, ستيفن): a word may start with them when a written vowel follows. */
const ONSETS = new Set(['br', 'bl', 'tr', 'dr', 'kr', 'kl', 'gr', 'gl', 'fr', 'fl', 'pr', 'pl', 'st', 'sk', 'sp', 'sm', 'sn', 'shr', 'thr', 'sl', 'sw', 'tw', 'kw']);

const DIACRITICS = /[\u064B-\u065F\u0670\u0640]/g;

interface Seg {
  /** Latin letters of the segment. */
  s: string;
  vowel: boolean;
}

/** One Arabic word (no ال, no particle) letter by letter. */
function spellWord(word: string): string {
  const w = word.replace(DIACRITICS, '');
  const segs: Seg[] = [];
  for (let k = 0; k < w.length; k++) {
    const c = w[k];
    const first = k === 0;
    const last = k === w.length - 1;
    const prev = segs[segs.length - 1];
    if (c === 'ة') {
      segs.push({ s: 'a', vowel: true });
    } else if (CONSONANT[c]) {
      segs.push({ s: CONSONANT[c], vowel: false });
    } else if (SILENT.has(c)) {
      // ع between consonants is heard as a: سعد → Saad; elsewhere it only keeps vowels apart
      if (c === 'ع' && (first || (prev && !prev.vowel)) && !LONG.has(w[k + 1] ?? '')) segs.push({ s: 'a', vowel: true });
      else if (prev && prev.vowel && LONG.has(w[k + 1] ?? '')) segs.push({ s: '', vowel: false });
    } else if (c === 'ا' || c === 'آ' || c === 'أ' || c === 'ى') {
      segs.push({ s: 'a', vowel: true });
    } else if (c === 'إ') {
      segs.push({ s: 'i', vowel: true });
    } else if (c === 'و') {
      if (first || (prev?.vowel && !last)) segs.push({ s: 'w', vowel: false });
      else segs.push({ s: prev?.s === 'a' && last ? 'w' : 'u', vowel: true });
    } else if (c === 'ي') {
      if (first || (prev?.vowel && !last)) segs.push({ s: 'y', vowel: false });
      else segs.push({ s: prev?.s === 'a' ? 'y' : 'i', vowel: !(prev?.s === 'a') });
    }
    // anything else (digits, Latin, punctuation) is left out
  }
  const cons = segs.filter((x) => !x.vowel && x.s).length;
  const vowels = segs.filter((x) => x.vowel).length;
  if (!cons && !vowels) return '';
  // vowels Arabic does not write
  const out: string[] = [];
  for (let k = 0; k < segs.length; k++) {
    const x = segs[k];
    out.push(x.s);
    const next = segs[k + 1];
    if (!next || x.vowel || next.vowel || !x.s || !next.s) continue;
    const afterNext = segs[k + 2];
    if (k === 0) {
      // a word starts with one consonant then a vowel, unless the pair is an English onset before a written vowel
      if (!(ONSETS.has(x.s + next.s) && afterNext?.vowel)) out.push('a');
    } else if (k === segs.length - 2 && vowels <= 1 && !FINAL_PAIRS.has(x.s + next.s)) {
      out.push('e'); // خالد → Khaled, قاسم → Qasem
    }
  }
  const s = out.join('');
  return /[a-z]/.test(s) ? s : '';
}

const cap = (s: string) => (s ? s[0].toUpperCase() + s.slice(1) : s);

/** English for one word of a name (folded lookups, the written form spelled). */
function romanizeWord(raw: string): string | null {
  const w = raw.replace(/[#\-_]/g, '');
  if (!w) return '';
  if (/^[A-Za-z]+$/.test(w)) return cap(w);
  const f = fold(w);
  const g = givenNameEn(f);
  if (g) return g;
  if (f === 'بن' || f === 'بنت') return f === 'بن' ? 'bin' : 'bint';
  if (f === 'ابن') return 'ibn';
  if (f === 'ابو' || f === 'ابي') return 'Abu';
  if (f === 'عبد') return 'Abdel';
  if (f === 'ال') return 'Al';
  if (f === 'دي') return 'de';
  if (f.startsWith('ال') && f.length > 3) {
    const rest = w.replace(DIACRITICS, '').slice(2);
    const g2 = givenNameEn(fold(rest));
    const body = g2 ?? cap(spellWord(rest));
    return body ? `al-${body}` : null;
  }
  if (f.startsWith('عبد') && f.length > 4) {
    // joined عبدالعزيز: Abdul + the rest
    const rest = w.replace(DIACRITICS, '').slice(3).replace(/^ال/, '');
    const body = spellWord(rest);
    return body ? `Abdul${body}` : null;
  }
  const s = spellWord(w);
  return s ? cap(s) : null;
}

/** A readable English spelling of an Arabic-script name, or null when a word cannot be spelled. */
export const romanizeName = boundedMemo(20_000, (name: string): string | null => {
  const words = name.replace(/[\u00a0\s]+/g, ' ').trim().split(' ').filter(Boolean);
  if (!words.length) return null;
  const out: string[] = [];
  for (let k = 0; k < words.length; k++) {
    // a two-word given name (عبد الله، صلاح الدين، نور الدين، جان إيف)
    if (k + 1 < words.length) {
      const two = givenNameEn(fold(`${words[k]} ${words[k + 1]}`));
      if (two) {
        out.push(two);
        k++;
        continue;
      }
    }
    if (fold(words[k]) === 'عبد' && k + 1 < words.length && fold(words[k + 1]).startsWith('ال')) {
      // عبد المعين → Abdel Moein: the article is part of عبد's compound, not al-
      const rest = words[k + 1].replace(DIACRITICS, '').slice(2);
      const body = givenNameEn(fold(rest)) ?? cap(spellWord(rest));
      if (!body) return null;
      out.push(`Abdel ${body}`);
      k++;
      continue;
    }
    const r = romanizeWord(words[k]);
    if (r === null) return null;
    if (r) out.push(r);
  }
  const s = out.join(' ');
  return /[A-Za-z]{2}/.test(s) ? s : null;
});
