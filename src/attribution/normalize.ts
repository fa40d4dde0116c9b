// Arabic folding for matching, never for output: spans always point into the original text.

import { boundedMemo } from './memo.js';

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

// ---------------------------------------------------------------- per code unit tables
// foldCharSlow stays the single definition; these tables only remember its answers (filled on first
// use) so that folding a string is a table lookup per code unit and copies unchanged runs whole.

const UNKNOWN = 0;
/** Folds to itself and is not white space. */
const SAME = 1;
/** Folds to '' (diacritics, tatweel). */
const DROP = 2;
/** Folds to one other white-space character (fold() collapses runs of white space). */
const SPACE = 3;
/** White space that folds to itself. */
const SELF_SPACE = 4;
/** Folds to other, non-white characters. */
const OTHER = 5;
/** A surrogate: fold() folds a pair as one character, foldWithMap() each half to itself. */
const SURROGATE = 6;
/** Anything else (never seen in practice): fold() takes the reference path. */
const ODD = 7;

const UNIT_KIND = new Uint8Array(0x10000);
/** foldChar of the unit as a string, and as one code unit (-1: folds to '', -2: to several). */
const UNIT_FOLD: string[] = new Array<string>(0x10000).fill('');
const UNIT_CODE = new Int32Array(0x10000);
const WHITE = /^\s+$/;
const HAS_WHITE = /\s/;

function unitKind(c: number): number {
  const k = UNIT_KIND[c];
  return k === UNKNOWN ? learnUnit(c) : k;
}

function learnUnit(c: number): number {
  const ch = String.fromCharCode(c);
  const f = foldChar(ch);
  let kind: number;
  if (c >= 0xd800 && c <= 0xdfff) kind = f === ch ? SURROGATE : ODD;
  else if (f === '') kind = DROP;
  else if (f.length === 1 && WHITE.test(f)) kind = f === ch ? SELF_SPACE : SPACE;
  else if (HAS_WHITE.test(f)) kind = ODD;
  else kind = f === ch ? SAME : OTHER;
  UNIT_FOLD[c] = f;
  UNIT_CODE[c] = f.length === 1 ? f.charCodeAt(0) : f.length === 0 ? -1 : -2;
  UNIT_KIND[c] = kind;
  return kind;
}

/** A string fold() returns unchanged: only SAME units and single inner spaces. */
function isFoldedAlready(text: string): boolean {
  const n = text.length;
  let prevKept = false;
  for (let k = 0; k < n; k++) {
    const c = text.charCodeAt(k);
    if (unitKind(c) === SAME) prevKept = true;
    else if (c === 0x20 && prevKept && k + 1 < n) prevKept = false;
    else return false;
  }
  return true;
}

/** Short strings folded recently (the same names and lexicon words are folded over and over). */
const FOLD_CACHE_LEN = 48;
const foldShort = boundedMemo(4096, (text: string) => foldBuild(text));

/**
 * Folds a string for comparison: diacritics and tatweel removed, alef/yaa/taa-marbuta/hamza seats
 * unified, digits made ASCII, Latin lower-cased, runs of white space collapsed.
 */
export function fold(text: string): string {
  if (isFoldedAlready(text)) return text;
  return text.length > FOLD_CACHE_LEN ? foldBuild(text) : foldShort(text);
}

/** fold() by code units: unchanged runs copied whole, a white-space run emitted as one space between kept text. */
function foldBuild(text: string): string {
  const n = text.length;
  let out = '';
  let space = false; // white space seen since the last kept character
  let k = 0;
  while (k < n) {
    const c = text.charCodeAt(k);
    const kind = unitKind(c);
    let piece: string;
    if (kind === SAME) {
      let e = k + 1;
      while (e < n && unitKind(text.charCodeAt(e)) === SAME) e++;
      piece = text.slice(k, e);
      k = e;
    } else if (kind === DROP) {
      k++;
      continue;
    } else if (kind === SPACE || kind === SELF_SPACE) {
      space = true;
      k++;
      continue;
    } else if (kind === OTHER) {
      piece = UNIT_FOLD[c];
      k++;
    } else if (kind === SURROGATE) {
      // a pair is one character (as `for…of` sees it); a lone surrogate folds to itself
      const pair = c <= 0xdbff && k + 1 < n && (text.charCodeAt(k + 1) & 0xfc00) === 0xdc00;
      const ch = pair ? text.slice(k, k + 2) : text[k];
      piece = foldChar(ch);
      if (piece === '' || HAS_WHITE.test(piece)) return foldReference(text);
      k += ch.length;
    } else return foldReference(text);
    if (space && out.length > 0) out += ' ';
    space = false;
    out += piece;
  }
  return out;
}

/** The definition fold() must agree with (and the path for characters the tables do not cover). */
function foldReference(text: string): string {
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

/** Scratch buffer for the folded code units (grown as needed, reused across calls). */
let unitBuf: Uint16Array = new Uint16Array(4096);
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });

function foldWithMapUncached(text: string): FoldedText {
  // per code unit (not per code point, unlike fold()); units collected in a buffer, decoded once
  const n = text.length;
  if (unitBuf.length < n) unitBuf = new Uint16Array(Math.max(n, 2 * unitBuf.length));
  let buf = unitBuf;
  const map: number[] = new Array(n + 1);
  let m = 0;
  let surrogates = false;
  for (let k = 0; k < n; k++) {
    const c = text.charCodeAt(k);
    const kind = unitKind(c);
    const d = UNIT_CODE[c];
    if (d >= 0) {
      if (m >= buf.length) buf = unitBuf = growBuf(buf);
      buf[m] = d;
      map[m++] = k;
      if (kind === SURROGATE) surrogates = true;
    } else if (d === -2) {
      const f = UNIT_FOLD[c];
      for (let j = 0; j < f.length; j++) {
        if (m >= buf.length) buf = unitBuf = growBuf(buf);
        buf[m] = f.charCodeAt(j);
        map[m++] = k;
      }
    }
  }
  map[m] = n;
  map.length = m + 1;
  return { folded: unitsToString(buf, m, surrogates), map };
}

function growBuf(buf: Uint16Array): Uint16Array {
  const bigger = new Uint16Array(2 * buf.length);
  bigger.set(buf);
  return bigger;
}

/** The string of buf[0..m): TextDecoder is fastest but would replace a lone surrogate, so those take fromCharCode. */
function unitsToString(buf: Uint16Array, m: number, surrogates: boolean): string {
  if (!surrogates) return UTF16.decode(buf.subarray(0, m));
  let out = '';
  for (let i = 0; i < m; i += 4096) out += String.fromCharCode.apply(null, buf.subarray(i, Math.min(m, i + 4096)) as unknown as number[]);
  return out;
}

const PUNCT_OR_SYMBOL = /[\p{P}\p{S}]/u;
const PUNCT_OR_SYMBOL_RUNS = /[\p{P}\p{S}]+/gu;

/** Folds a name for identity: punctuation and quotation marks become spaces, then fold(). */
export function nameKey(name: string): string {
  return fold(PUNCT_OR_SYMBOL.test(name) ? name.replace(PUNCT_OR_SYMBOL_RUNS, ' ') : name);
}

/** Letters that transliterate the same foreign sound, merged into one (for phoneticKey). */
const PHONETIC_MERGES: Array<[string, string]> = [['غ', 'ج'], ['ق', 'ج'], ['ث', 'س'], ['ذ', 'ز'], ['ط', 'ت'], ['ض', 'د']];
/** Long vowels, dropped inside a word (not as its first letter). */
const LONG_VOWELS = new Set(['ا', 'و', 'ي'].map((ch) => ch.charCodeAt(0)));
const FINAL_HAA = 'ه';
/** Every Basic Latin…Arabic code unit as phoneticKey writes it (merged letters replaced). */
const PHONETIC_CHAR: string[] = Array.from({ length: 0x0700 }, (_, c) => String.fromCharCode(c));
for (const [from, to] of PHONETIC_MERGES) PHONETIC_CHAR[from.charCodeAt(0)] = to;

/**
 * A looser key for spelling variants of transliterated names: long vowels inside a word dropped,
 * and letters that transliterate the same foreign sound merged (ج/غ/ق for g, ث/س, ذ/ز, ط/ت, ض/د).
 * So ديمترى، دميترى and ديميتري share a key, and so do سيرجى and سيرغي.
 */
export function phoneticKey(name: string): string {
  const key = nameKey(name);
  let out = '';
  for (let start = 0; start < key.length; ) {
    let end = key.indexOf(' ', start);
    if (end < 0) end = key.length;
    if (end > start) {
      const word = phoneticWord(key, start, end);
      out = out === '' ? word : out + ' ' + word;
    }
    start = end + 1;
  }
  return out;
}

/** key[start, end) with letters merged, long vowels after the first letter dropped, then one final ه of the rest. */
function phoneticWord(key: string, start: number, end: number): string {
  let word = '';
  for (let k = start; k < end; k++) {
    const c = key.charCodeAt(k);
    if (k > start && LONG_VOWELS.has(c)) continue;
    word += c < PHONETIC_CHAR.length ? PHONETIC_CHAR[c] : key[k];
  }
  return word.length > 1 && word.endsWith(FINAL_HAA) ? word.slice(0, -1) : word;
}
