// Character classes as lookup tables, and the one pass over a folded text that the meetings and
// dates scans share (meetings/ finds its trigger and barrier words in the letter runs, dates.ts
// the places where a time expression can begin). The classes follow the `u` flag semantics of the
// regex patterns they stand in for (\p{L}, \p{N}, \s by code point; a lone surrogate is none).

import { foldChar, foldWithMap } from './normalize.js';

export const CLS_L = 1;
export const CLS_N = 2;
export const CLS_S = 4;
/** Class bits of every BMP code unit. */
export const CLS = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  const ch = String.fromCharCode(c);
  CLS[c] = (/\p{L}/u.test(ch) ? CLS_L : 0) | (/\p{N}/u.test(ch) ? CLS_N : 0) | (/\s/u.test(ch) ? CLS_S : 0);
}

function clsOfCodePoint(cp: number): number {
  if (cp < 0x10000) return CLS[cp];
  const ch = String.fromCodePoint(cp);
  return (/\p{L}/u.test(ch) ? CLS_L : 0) | (/\p{N}/u.test(ch) ? CLS_N : 0);
}

/** Class of the code point that starts at i (0 past the end), as a `u` lookahead sees it. */
export function clsAt(s: string, i: number): number {
  if (i >= s.length) return 0;
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return clsOfCodePoint(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
  }
  return CLS[c];
}

/** Class of the code point that ends at i (0 at the start), as a `u` lookbehind sees it. */
export function clsBefore(s: string, i: number): number {
  if (i <= 0) return 0;
  const d = s.charCodeAt(i - 1);
  if (d >= 0xdc00 && d <= 0xdfff && i >= 2) {
    const c = s.charCodeAt(i - 2);
    if (c >= 0xd800 && c <= 0xdbff) return clsOfCodePoint(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
  }
  return CLS[d];
}

/** What one pass over a folded text finds, each list in text order. */
export interface LetterRuns {
  /** Maximal runs of letters (\p{L}, a surrogate pair as one character): starts and ends. */
  starts: number[];
  ends: number[];
  /** Every ASCII digit. */
  digits: number[];
  /** Every sentence-final mark: . ! ? ؟ and newline. */
  marks: number[];
}

const isSentMark = (c: number): boolean => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x61f || c === 0x0a;

export function letterRuns(folded: string): LetterRuns {
  const runs: LetterRuns = { starts: [], ends: [], digits: [], marks: [] };
  const n = folded.length;
  let runStart = -1;
  for (let i = 0; i < n; ) {
    const c = folded.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < n && (folded.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    if ((pair ? clsAt(folded, i) : CLS[c]) & CLS_L) {
      if (runStart < 0) runStart = i;
    } else {
      if (runStart >= 0) {
        runs.starts.push(runStart);
        runs.ends.push(i);
        runStart = -1;
      }
      if (c >= 0x30 && c <= 0x39) runs.digits.push(i);
      else if (isSentMark(c)) runs.marks.push(i);
    }
    i += pair ? 2 : 1;
  }
  if (runStart >= 0) {
    runs.starts.push(runStart);
    runs.ends.push(n);
  }
  return runs;
}

// ---------------------------------------------------------------- words of a lexicon

/** Symbols of the characters that lexicon words use (one shared alphabet, -1 for any other). */
const SYM = new Int16Array(0x10000).fill(-1);
const ALPHABET_MAX = 96;
let alphabetSize = 0;
function symOf(c: number): number {
  if (SYM[c] < 0) {
    if (alphabetSize >= ALPHABET_MAX) throw new Error('lexicon: too many distinct characters for WordTrie');
    SYM[c] = alphabetSize++;
  }
  return SYM[c];
}

/**
 * Words with a value each, looked up by walking a span of a string through a flat transition
 * table: no slice, no hashing, one array read per character.
 */
export class WordTrie<T> {
  private trans = new Int32Array(ALPHABET_MAX * 64);
  private nodes = 1;
  private values: (T | undefined)[] = [undefined];

  set(word: string, value: T): void {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const at = node * ALPHABET_MAX + symOf(word.charCodeAt(i));
      if (this.trans[at] === 0) {
        if ((this.nodes + 1) * ALPHABET_MAX > this.trans.length) {
          const grown = new Int32Array(this.trans.length * 2);
          grown.set(this.trans);
          this.trans = grown;
        }
        this.trans[at] = this.nodes++;
        this.values.push(undefined);
      }
      node = this.trans[at];
    }
    this.values[node] = value;
  }

  get(word: string): T | undefined {
    return this.lookup(word, 0, word.length);
  }

  /** The value of s.slice(from, to), if it is a word of the trie. */
  lookup(s: string, from: number, to: number): T | undefined {
    let node = 0;
    for (let i = from; i < to; i++) {
      const sym = SYM[s.charCodeAt(i)];
      if (sym < 0) return undefined;
      node = this.trans[node * ALPHABET_MAX + sym];
      if (node === 0) return undefined;
    }
    return this.values[node];
  }
}

// ---------------------------------------------------------------- folding and scanning at once

/**
 * What foldWithMap (normalize.ts) emits for each code unit: one unit (not a surrogate), -1 nothing,
 * -2 anything else (several units, or a surrogate: foldAndScan leaves those to foldWithMap); -3
 * not known yet.
 */
const UNIT_FOLD = new Int32Array(0x10000).fill(-3);

function unitFold(c: number): number {
  let d = UNIT_FOLD[c];
  if (d === -3) {
    // foldWithMap folds code unit by code unit with foldChar: the same definition, remembered
    const f = foldChar(String.fromCharCode(c));
    const u = f.charCodeAt(0);
    d = f.length === 0 ? -1 : f.length === 1 && (u < 0xd800 || u > 0xdfff) ? u : -2;
    UNIT_FOLD[c] = d;
  }
  return d;
}

export interface FoldedArticle {
  /** foldWithMap(text).folded */
  folded: string;
  /**
   * foldWithMap(text).map: map[i] is where folded[i] comes from, map[folded.length] is text.length.
   * Memory shared from call to call: valid until the next call.
   */
  map: ArrayLike<number>;
  /** letterRuns(folded) */
  runs: LetterRuns;
  /** Whether the folded text may have a surrogate code unit. */
  hasSurrogates: boolean;
}

/** Scratch memory for foldAndScan, grown as needed. */
let unitBuf = new Uint16Array(4096);
let mapBuf = new Int32Array(4097);
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/**
 * foldWithMap(text) and letterRuns of its folded text in one pass over the text (a text with a
 * surrogate or a character that folds to several takes foldWithMap and letterRuns themselves).
 */
export function foldAndScan(text: string): FoldedArticle {
  const n = text.length;
  if (unitBuf.length < n) {
    unitBuf = new Uint16Array(2 * n);
    mapBuf = new Int32Array(2 * n + 1);
  }
  const runs: LetterRuns = { starts: [], ends: [], digits: [], marks: [] };
  let m = 0;
  let runStart = -1;
  for (let k = 0; k < n; k++) {
    const u = unitFold(text.charCodeAt(k));
    if (u === -1) continue;
    if (u === -2) {
      const { folded, map } = foldWithMap(text);
      return { folded, map, runs: letterRuns(folded), hasSurrogates: true };
    }
    unitBuf[m] = u;
    mapBuf[m] = k;
    // the letter runs as letterRuns finds them (no surrogates here)
    if (CLS[u] & CLS_L) {
      if (runStart < 0) runStart = m;
    } else {
      if (runStart >= 0) {
        runs.starts.push(runStart);
        runs.ends.push(m);
        runStart = -1;
      }
      if (u >= 0x30 && u <= 0x39) runs.digits.push(m);
      else if (isSentMark(u)) runs.marks.push(m);
    }
    m++;
  }
  mapBuf[m] = n;
  if (runStart >= 0) {
    runs.starts.push(runStart);
    runs.ends.push(m);
  }
  return { folded: UTF16.decode(unitBuf.subarray(0, m)), map: mapBuf, runs, hasSurrogates: false };
}
