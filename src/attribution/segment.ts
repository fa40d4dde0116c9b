// Tokens, quotation regions and sentences: one linear pass each, no backtracking regexes.
import { fold, foldChar } from './normalize.js';
import { NON_FINAL_WORDS } from './lexicon/line-breaks.js';

export interface Token {
  start: number;
  end: number;
  raw: string;
  /** Folded form (diacritics, tatweel, hamza seats, ى/ة folded; '#' dropped). '' for punctuation. */
  f: string;
  word: boolean;
  /** Index of the sentence the token belongs to. */
  s: number;
}

export interface QuoteRegion {
  open: number; // index of the opening mark
  close: number; // index of the closing mark, or -1 when never closed
  cStart: number; // content bounds, outer spaces trimmed
  cEnd: number;
  closed: boolean;
}

export interface Sentence {
  start: number;
  end: number; // exclusive; excludes the terminal mark
}

export const QUOTE_CHARS = '"“”«»″„‟';
const OPEN_ONLY = '“«„‟';

function isWordChar(c: number): boolean {
  if (c >= 0x30 && c <= 0x39) return true;
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return true;
  if (c === 0x23 || c === 0x5f) return true; // # _
  if (c >= 0xc0 && c <= 0x24f) return true; // Latin letters with diacritics
  if (c >= 0x0621 && c <= 0x065f) return true;
  if (c >= 0x0660 && c <= 0x0669) return true;
  if (c >= 0x066e && c <= 0x06d3) return true;
  if (c >= 0x06d5 && c <= 0x06ff && c !== 0x06d4) return true;
  if (c >= 0x0750 && c <= 0x077f) return true;
  if (c >= 0xfb50 && c <= 0xfdff) return true;
  if (c >= 0xfe70 && c <= 0xfefc) return true;
  return false;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || c === 0x202f || c === 0x2007 || c === 0x200f || c === 0x200e || c === 0x200b || c === 0xfeff || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;
}

export function isSpaceChar(ch: string | undefined): boolean {
  return ch !== undefined && isSpace(ch.charCodeAt(0));
}

// isWordChar / isSpace for every code unit, computed once (tokenizing is the hottest loop), and
// the quotation marks and sentence-ending marks the scans below stop at
const WORD = 1;
const SPACE = 2;
const QUOTE = 4;
const STOP = 8; // \n ! ? ؟ . ۔ (terminalAt decides)
const CHAR_CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) CHAR_CLASS[c] = (isWordChar(c) ? WORD : 0) | (isSpace(c) ? SPACE : 0);
for (const ch of QUOTE_CHARS) CHAR_CLASS[ch.charCodeAt(0)] |= QUOTE;
for (const ch of '\n!?؟.۔') CHAR_CLASS[ch.charCodeAt(0)] |= STOP;

/** Is the code unit one of QUOTE_CHARS? */
export function isQuoteCode(c: number): boolean {
  return (CHAR_CLASS[c] & QUOTE) !== 0;
}

function isWordCode(c: number): boolean {
  return (CHAR_CLASS[c] & WORD) !== 0; // NaN (past the end) reads undefined: false
}

// foldChar for the Basic Latin…Arabic range, precomputed, and whether it leaves the unit unchanged
const FOLD_TABLE: string[] = [];
const FOLDS_TO_SELF = new Uint8Array(0x0700);
for (let c = 0; c < 0x0700; c++) {
  FOLD_TABLE.push(foldChar(String.fromCharCode(c)));
  FOLDS_TO_SELF[c] = FOLD_TABLE[c] === String.fromCharCode(c) ? 1 : 0;
}
const TOKEN_JOINERS = [0x23, 0x2d, 0x5f]; // # - _ : dropped from a token's folded form
for (const c of TOKEN_JOINERS) FOLDS_TO_SELF[c] = 0;

/** FNV-1a over the code units of a folded form (Doc's word-info table hashes forms with it). */
export function formHash(f: string): number {
  let h = FNV_OFFSET;
  for (let k = 0; k < f.length; k++) h = Math.imul(h ^ f.charCodeAt(k), FNV_PRIME);
  return h & SMALL_INT; // a 31-bit integer would be boxed when passed around
}
const SMALL_INT = 0x3fffffff;
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** One-unit strings up to the general punctuation block (– “ ” …): a punctuation token's text
 * without a new string. */
const UNIT_STRINGS: string[] = Array.from({ length: 0x2070 }, (_, c) => String.fromCharCode(c));

function foldToken(raw: string): string {
  // most tokens fold to themselves: return raw; else fold from the first unit that changes
  let k = 0;
  while (k < raw.length) {
    const c = raw.charCodeAt(k);
    if (c >= 0x0700 || !FOLDS_TO_SELF[c]) break;
    k++;
  }
  if (k === raw.length) return raw;
  let out = raw.slice(0, k);
  for (; k < raw.length; k++) {
    const c = raw.charCodeAt(k);
    if (c === 0x23 || c === 0x2d || c === 0x5f) continue; // # - _
    out += c < 0x0700 ? FOLD_TABLE[c] : foldChar(raw[k]);
  }
  return out;
}

/** Words already met, by their text as written: a spelling (by id) gives the strings its tokens get. */
export interface KnownSpellings {
  /** The id of the spelling text[start, end) (`hash`: formHash of those units), or -1. */
  find(text: string, start: number, end: number, hash: number): number;
  raw(id: number): string;
  form(id: number): string;
}

/** Splits text into word and punctuation tokens (white space dropped). Linear. When `known` is
 * given, a word token spelled as a known spelling gets its raw and form strings (no new string is
 * made), and `found` (at least text.length long) is filled as the tokens are scanned: found[i] is
 * that spelling's id, else -1 - formHash of token i's text as written (-1 for punctuation; one
 * array, so one store per token). `marks` (when given) gets the text's markPositions. */
export function tokenize(text: string, known?: KnownSpellings, found?: Int32Array, marks?: number[]): Token[] {
  const toks: Token[] = [];
  const n = text.length;
  let k = 0;
  while (k < n) {
    const c = text.charCodeAt(k);
    const cls = CHAR_CLASS[c];
    if (cls & SPACE) {
      if (c === NEWLINE && marks) marks.push(k);
      k++;
      continue;
    }
    if (cls & WORD) {
      // raw's hash, while scanning
      let h = Math.imul(FNV_OFFSET ^ c, FNV_PRIME);
      let e = k + 1;
      while (e < n) {
        const d = text.charCodeAt(e);
        const dc = CHAR_CLASS[d];
        if (dc & WORD) e++;
        else if (d === 0x2d && e + 1 < n && isWordCode(text.charCodeAt(e + 1)) && isWordCode(text.charCodeAt(e - 1))) e++; // جاي-إن
        else break;
        h = Math.imul(h ^ d, FNV_PRIME);
      }
      h &= SMALL_INT;
      const id = known ? known.find(text, k, e, h) : -1;
      if (found) found[toks.length] = id >= 0 ? id : -1 - h;
      if (id >= 0) toks.push({ start: k, end: e, raw: known!.raw(id), f: known!.form(id), word: true, s: 0 });
      else {
        const raw = text.slice(k, e);
        const f = foldToken(raw);
        toks.push({ start: k, end: e, raw, f, word: f.length > 0, s: 0 });
      }
      k = e;
      continue;
    }
    // one punctuation character (surrogate pairs kept whole)
    const e = c >= 0xd800 && c <= 0xdbff && k + 1 < n ? k + 2 : k + 1;
    if (marks) {
      if (cls & (QUOTE | STOP)) marks.push(k);
      else if (e === k + 2 && CHAR_CLASS[text.charCodeAt(k + 1)] & (QUOTE | STOP)) marks.push(k + 1); // a lone high surrogate took it
    }
    if (found) found[toks.length] = -1;
    toks.push({ start: k, end: e, raw: e === k + 1 && c < UNIT_STRINGS.length ? UNIT_STRINGS[c] : text.slice(k, e), f: '', word: false, s: 0 });
    k = e;
  }
  return toks;
}

function isLetterAt(text: string, k: number): boolean {
  return k >= 0 && k < text.length && isWordCode(text.charCodeAt(k));
}

const NEWLINE = 0x0a;
const FULL_STOP = 0x2e;
const URDU_FULL_STOP = 0x06d4; // ۔
const COLON = 0x3a;
const OPEN_PAREN = 0x28;
const ARABIC_COMMA = 0x060c; // ،
const STRAIGHT_QUOTE = 0x22;
const LEFT_DOUBLE_QUOTE = 0x201c; // “
const RIGHT_DOUBLE_QUOTE = 0x201d; // ”
const RIGHT_GUILLEMET = 0xbb; // »
const OPEN_ONLY_CODES = new Set([...OPEN_ONLY].map((ch) => ch.charCodeAt(0)));
/** The units findQuotes and findSentences stop at (CHAR_CLASS QUOTE or STOP, each one UTF-16 unit). */
const MARK_CHARS = new RegExp(`[\n!?؟.۔${QUOTE_CHARS}]`, 'g');

/** The positions of the quotation marks, newlines and sentence-ending marks of a text, in order
 * (what tokenize collects as it goes). */
export function markPositions(text: string): number[] {
  const marks: number[] = [];
  // a regular expression skips to them (faster than a loop over every unit); test() on a global
  // expression moves lastIndex just past the match
  MARK_CHARS.lastIndex = 0;
  while (MARK_CHARS.test(text)) marks.push(MARK_CHARS.lastIndex - 1);
  return marks;
}

function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

const NON_FINAL = new Set(NON_FINAL_WORDS.map((w) => fold(w)));
/** Marks that may end a line of running text: a line ending otherwise was cut. */
const LINE_FINAL = new Set([...'.!?؟:;؛"”»)]…۔'].map((ch) => ch.charCodeAt(0)));
/** Hard wrapping: at least this many lines, most of them ending without a final mark, none long. */
const WRAP_MIN_LINES = 5;
const WRAP_UNFINISHED_SHARE = 0.6;
const WRAP_MAX_LINE = 100;

/** The last non-space unit before k on its line, or -1 (a blank line, the start of the text). */
function lastOnLine(text: string, k: number): number {
  let p = k - 1;
  while (p >= 0 && text.charCodeAt(p) !== NEWLINE && isSpace(text.charCodeAt(p))) p--;
  return p >= 0 && text.charCodeAt(p) !== NEWLINE ? p : -1;
}

/** Whether the text's lines look hard-wrapped (cut at a width, not at sentence ends). */
function looksWrapped(text: string, newlines: number[]): boolean {
  if (newlines.length + 1 < WRAP_MIN_LINES) return false;
  let lines = 0;
  let unfinished = 0;
  let from = 0;
  for (const k of newlines) {
    const p = lastOnLine(text, k);
    if (p >= 0) {
      if (k - from > WRAP_MAX_LINE) return false;
      lines++;
      if (!LINE_FINAL.has(text.charCodeAt(p))) unfinished++;
    }
    from = k + 1;
  }
  return lines + 1 >= WRAP_MIN_LINES && unfinished >= WRAP_UNFINISHED_SHARE * lines;
}

/**
 * Newlines inside a sentence (hard-wrapped text: `قال الوزير إن\n"…"`): after a word that cannot end
 * a sentence (lexicon/line-breaks.ts) or a comma, and, when the whole text looks wrapped, after any
 * line that ends without a final mark. A blank line always ends the paragraph. null: none.
 */
export function softNewlines(text: string, marks: number[]): Set<number> | null {
  const newlines: number[] = [];
  for (const k of marks) if (text.charCodeAt(k) === NEWLINE) newlines.push(k);
  if (newlines.length === 0) return null;
  let wrapped: boolean | null = null;
  let soft: Set<number> | null = null;
  const n = text.length;
  for (const k of newlines) {
    const p = lastOnLine(text, k);
    if (p < 0) continue;
    let q = k + 1;
    while (q < n && text.charCodeAt(q) !== NEWLINE && isSpace(text.charCodeAt(q))) q++;
    if (q >= n || text.charCodeAt(q) === NEWLINE) continue; // a blank line follows
    const c = text.charCodeAt(p);
    let join = c === ARABIC_COMMA || c === 0x2c;
    if (!join && isWordCode(c)) {
      let w = p;
      while (w > 0 && isWordCode(text.charCodeAt(w - 1))) w--;
      join = p - w < 8 && NON_FINAL.has(fold(text.slice(w, p + 1)));
    }
    if (!join && !LINE_FINAL.has(c)) join = wrapped ??= looksWrapped(text, newlines);
    if (join) (soft ??= new Set()).add(k);
  }
  return soft;
}

/** Ends a sentence: \n (unless soft) ! ? ؟ always; . and ۔ unless part of ".." / "..." or between digits (61.5). */
function terminalAt(text: string, k: number, soft: Set<number> | null = null): boolean {
  const c = text.charCodeAt(k);
  if (!(CHAR_CLASS[c] & STOP)) return false;
  if (c === NEWLINE) return !soft || !soft.has(k);
  if (c === 0x21 || c === 0x3f || c === 0x061f) return true; // ! ? ؟
  if (c !== FULL_STOP && c !== URDU_FULL_STOP) return false;
  const p = text.charCodeAt(k - 1); // NaN before the start / past the end
  const q = text.charCodeAt(k + 1);
  if (p === FULL_STOP || q === FULL_STOP) return false; // ".." and "..." do not end a sentence
  if (isDigitCode(p) && isDigitCode(q)) return false; // 61.5
  return true;
}

/** Finds quotation regions. Straight quotes toggle; a mark that looks like an opener while a quote
 * is open leaves the earlier one unclosed; a newline closes nothing and resets. `marks`: the text's
 * markPositions. */
export function findQuotes(text: string, marks: number[] = markPositions(text), soft: Set<number> | null = softNewlines(text, marks)): QuoteRegion[] {
  const out: QuoteRegion[] = [];
  const n = text.length;
  let open = -1;
  const finishUnclosed = (o: number, limit: number) => {
    // unclosed: runs to the end of the sentence (first terminal) or the line
    let e = o + 1;
    while (e < limit && !terminalAt(text, e, soft)) e++;
    out.push(makeRegion(text, o, -1, e));
  };
  // only newlines and quotation marks matter
  for (let m = 0; m < marks.length; m++) {
    const k = marks[m];
    const ch = text.charCodeAt(k);
    if (ch === NEWLINE) {
      if (soft && soft.has(k)) continue; // a line wrapped inside a sentence
      if (open >= 0) finishUnclosed(open, k);
      open = -1;
      continue;
    }
    if (!(CHAR_CLASS[ch] & QUOTE)) continue;
    const before = text.charCodeAt(k - 1);
    const after = text.charCodeAt(k + 1);
    const prevSpace = k === 0 || isSpace(before) || before === COLON || before === OPEN_PAREN;
    const nextLetter = isLetterAt(text, k + 1);
    const nextEnd = k + 1 >= n || after === NEWLINE || ((after === FULL_STOP || after === ARABIC_COMMA) && !nextLetter && k + 2 >= n);
    if (open < 0) {
      if (ch === RIGHT_DOUBLE_QUOTE || ch === RIGHT_GUILLEMET) {
        // a closing mark with nothing open: an opener only when a word follows
        if (!(prevSpace && (nextLetter || isSpace(after)))) continue;
      }
      if (nextEnd) continue; // a stray mark at the end of a line
      if (!prevSpace && !nextLetter && ch === STRAIGHT_QUOTE) continue; // stray closing mark after a word
      open = k;
      continue;
    }
    // a quote is open
    const openCh = text.charCodeAt(open);
    if (OPEN_ONLY_CODES.has(ch) && openCh !== RIGHT_DOUBLE_QUOTE) {
      // a second opener: the first one was never closed
      if (ch === LEFT_DOUBLE_QUOTE && !prevSpace) {
        // “ used as a closing mark (seen in the wild)
        out.push(makeRegion(text, open, k, k));
        open = -1;
        continue;
      }
      finishUnclosed(open, k);
      open = k;
      continue;
    }
    if (ch === STRAIGHT_QUOTE && prevSpace && nextLetter && k - open > 1) {
      // looks like a new opener: is there a sentence end between? then the earlier one was unclosed
      let t = open + 1;
      let sawTerminal = false;
      for (; t < k; t++) if (terminalAt(text, t, soft)) { sawTerminal = true; break; }
      if (sawTerminal) {
        finishUnclosed(open, k);
        open = k;
        continue;
      }
    }
    out.push(makeRegion(text, open, k, k));
    open = -1;
  }
  if (open >= 0) finishUnclosed(open, n);
  let sorted = true; // (usually: only an unclosed quote finished late can be out of order)
  for (let k = 1; k < out.length && sorted; k++) sorted = out[k - 1].open <= out[k].open;
  if (!sorted) out.sort((a, b) => a.open - b.open);
  return out;
}

function makeRegion(text: string, open: number, close: number, end: number): QuoteRegion {
  let s = open + 1;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (close < 0) {
    while (e > s && (text[e - 1] === '.' || text[e - 1] === '،' || text[e - 1] === ',')) e--;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  }
  return { open, close, cStart: s, cEnd: e, closed: close >= 0 };
}

/** Sentences: split on . ! ? ؟ and newlines, except inside closed quotations. `marks`: the text's
 * markPositions. */
export function findSentences(text: string, quotes: QuoteRegion[], marks: number[] = markPositions(text), soft: Set<number> | null = softNewlines(text, marks)): Sentence[] {
  const out: Sentence[] = [];
  const n = text.length;
  let qi = 0;
  let start = 0;
  // terminalAt holds only at marks
  for (let m = 0; m < marks.length; m++) {
    const k = marks[m];
    if (!terminalAt(text, k, soft)) continue;
    // the first quote not yet behind k (advanced only here: it depends on k alone)
    while (qi < quotes.length && (quotes[qi].closed ? quotes[qi].close : quotes[qi].open) < k) qi++;
    if (text.charCodeAt(k) !== NEWLINE) {
      // inside a closed quotation on this line? (quotes are sorted; check the nearest ones)
      let inside = false;
      for (let j = Math.max(0, qi - 1); j < quotes.length && quotes[j].open < k; j++) {
        const q = quotes[j];
        if (q.closed && q.open < k && k < q.close) { inside = true; break; }
      }
      if (inside) continue;
    }
    if (k > start) out.push({ start, end: k });
    start = k + 1;
  }
  if (start < n) out.push({ start, end: n });
  return out;
}
