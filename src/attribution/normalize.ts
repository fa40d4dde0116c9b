// Arabic folding for matching, never for output: spans always point into the original text.

const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/;
const TATWEEL = '\u0640';

const LETTER_FOLDS: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا',
  'ى': 'ي', 'ی': 'ي', 'ئ': 'ي',
  'ة': 'ه', 'ۀ': 'ه', 'ہ': 'ه',
  'ؤ': 'و',
  'ک': 'ك', 'گ': 'ك',
};

/** foldChar for every UTF-16 code unit below FOLD_TABLE_SIZE, computed once (the hot path of folding). */
const FOLD_TABLE_SIZE = 0x0700;
const FOLD_TABLE: string[] = Array.from({ length: FOLD_TABLE_SIZE }, (_, code) => foldCharSlow(String.fromCharCode(code)));

/** Folds one character; returns '' for characters that matching ignores (diacritics, tatweel). */
export function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  return code < FOLD_TABLE_SIZE && ch.length === 1 ? FOLD_TABLE[code] : foldCharSlow(ch);
}

function foldCharSlow(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : ch; // ASCII fast path
  if (
    code === 0x0640 ||
    (code >= 0x0610 && code <= 0x061a) ||
    (code >= 0x064b && code <= 0x065f) ||
    code === 0x0670 ||
    (code >= 0x06d6 && code <= 0x06ed)
  )
    return ''; // tatweel and diacritics (same set as DIACRITICS)
  if (code >= 0x0621 && code <= 0x063a) return LETTER_FOLDS[ch] ?? ch; // Arabic letters: no case
  if (code >= 0x0641 && code <= 0x064a) return LETTER_FOLDS[ch] ?? ch;
  if (ch === TATWEEL || DIACRITICS.test(ch)) return '';
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660); // Arabic-Indic digits
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0); // Eastern Arabic-Indic digits
  if (code === 0x00a0 || code === 0x202f || code === 0x2007) return ' ';
  return LETTER_FOLDS[ch] ?? ch.toLowerCase();
}

/**
 * Folds a string for comparison: diacritics and tatweel removed, alef/yaa/taa-marbuta/hamza seats
 * unified, digits made ASCII, Latin lower-cased, runs of white space collapsed.
 */
export function fold(text: string): string {
  let out = '';
  for (const ch of text) out += foldChar(ch);
  return out.replace(/\s+/g, ' ').trim();
}

export interface FoldedText {
  /** The folded text; the same length as or shorter than the original. */
  folded: string;
  /** map[i] is the index in the original text of folded[i]; map[folded.length] is text.length. */
  map: number[];
}

/** The last text folded with its map: findMeetings and findTimeExpressions fold the same article. */
let lastFolded: { text: string; result: FoldedText } | null = null;

/** Folds a text and keeps, for every folded character, where it came from. Callers must not mutate the result. */
export function foldWithMap(text: string): FoldedText {
  if (lastFolded && lastFolded.text === text) return lastFolded.result;
  const result = foldWithMapUncached(text);
  lastFolded = { text, result };
  return result;
}

function foldWithMapUncached(text: string): FoldedText {
  let folded = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const f = foldChar(text[i]);
    for (let k = 0; k < f.length; k++) {
      folded += f[k];
      map.push(i);
    }
  }
  map.push(text.length);
  return { folded, map };
}

/** Folds a name for identity: punctuation and quotation marks become spaces, then fold(). */
export function nameKey(name: string): string {
  return fold(name.replace(/[\p{P}\p{S}]+/gu, ' '));
}

/**
 * A looser key for spelling variants of transliterated names: long vowels inside a word dropped,
 * and letters that transliterate the same foreign sound merged (ج/غ/ق for g, ث/س, ذ/ز, ط/ت, ض/د).
 * So ديمترى، دميترى and ديميتري share a key, and so do سيرجى and سيرغي.
 */
export function phoneticKey(name: string): string {
  return nameKey(name)
    .split(' ')
    .filter(Boolean)
    .map((word) => {
      const merged = word.replace(/[غق]/g, 'ج').replace(/ث/g, 'س').replace(/ذ/g, 'ز').replace(/ط/g, 'ت').replace(/ض/g, 'د');
      const first = merged[0];
      const rest = merged.slice(1).replace(/[اوي]/g, '').replace(/ه$/, '');
      return first + rest;
    })
    .join(' ');
}
