// Meetings: literal search for known names and role phrases in the folded text (no regex per name).
import { fold } from '../normalize.js';
import { boundedMemo } from '../memo.js';
import { CLS, CLS_L, CLS_N, CLS_S, clsAt, clsBefore } from '../letter-runs.js';


// ---------------------------------------------------------------- names and role phrases
// Known names are searched literally (no regex per name: compiling one costs more than the scan).

/** Folded strings by source: names and roles recur in every article about the same people. */
export const foldCached = boundedMemo(20_000, fold);

/** The last word of a folded name of two words or more when it can stand alone as a surname, else null. */
function surnameIn(folded: string): string | null {
  const toks = folded.split(' ').filter(Boolean);
  const last = toks.length < 2 ? null : toks[toks.length - 1];
  if (last !== null && (last.length < 4 || /^ال/u.test(last) || /^(?:الله|الدين|باشا|بيك|خان)$/u.test(last))) return null;
  return last;
}

/** A literal pattern: its pieces are text, a run of white space, or the امريكي/اميركي spelling family. */
export type Piece = { lit: string } | { ws: true; max: number } | { amriki: true };

/** Where the white-space run at i ends when it has min..max characters, else -1 (the next piece is no space). */
function spaceRun(s: string, i: number, max: number): number {
  let j = i;
  while (j < s.length && j - i < max && CLS[s.charCodeAt(j)] & CLS_S) j++;
  if (j === i) return -1;
  // a longer run than max leaves a space where the next (non-space) piece must start
  return j < s.length && j - i === max && CLS[s.charCodeAt(j)] & CLS_S ? -1 : j;
}

/** ام(?:ر|ي)(?:ي)?(?:ر)?كي in the regex's backtracking order. */
const AMRIKI_FORMS = ['امريركي', 'امريكي', 'امرركي', 'امركي', 'امييركي', 'امييكي', 'اميركي', 'اميكي'];


/** A folded name: its words, with one to three white-space characters between them. */
function namePieces(f: string): Piece[] {
  const pieces: Piece[] = [];
  f.split(' ').forEach((w, k) => {
    if (k > 0) pieces.push({ ws: true, max: 3 });
    pieces.push({ lit: w });
  });
  return pieces;
}

/** What the name search reads off a name or mention string. */
interface NameForms {
  /** fold(raw) */
  folded: string;
  /** Folded for the search, quotation marks and brackets trimmed. */
  searched: string;
  /** namePieces(searched) */
  pieces: Piece[];
  /** surnameIn(folded) */
  surname: string | null;
}

/** NameForms by string, in one memo (names recur from article to article): one lookup per mention, not one per form. */
export const nameForms = boundedMemo(20_000, (raw): NameForms => {
  const searched = fold(raw.replace(/^[\s"“”«»()]+|[\s"“”«»()]+$/gu, ''));
  const folded = fold(raw);
  return { folded, searched, pieces: namePieces(searched), surname: surnameIn(folded) };
});

/** A role phrase (words joined by single spaces): any white space between words, امريكي in either spelling (memoized). */
export const rolePieces = boundedMemo(20_000, (role): Piece[] => {
  const pieces: Piece[] = [];
  role.split(' ').forEach((w, k) => {
    if (k > 0) pieces.push({ ws: true, max: Infinity });
    w.split(/(امريكي|اميركي)/).forEach((part, j) => {
      if (j % 2 === 1) pieces.push({ amriki: true });
      else if (part) pieces.push({ lit: part });
    });
  });
  return pieces;
});

/** The literal every match of a role contains near its start: the first word, or its part up to امريكي. */
export function roleAnchor(pieces: Piece[]): string {
  const [a, b] = pieces;
  if (!('lit' in a)) return 'ام';
  return b && 'amriki' in b ? a.lit + 'ام' : a.lit;
}

/** End of the pieces matched at i, followed by a non-letter; -1 if they do not match there. */
function matchPieces(s: string, i: number, pieces: Piece[], k = 0): number {
  for (; k < pieces.length; k++) {
    const piece = pieces[k];
    if ('lit' in piece) {
      if (!s.startsWith(piece.lit, i)) return -1;
      i += piece.lit.length;
    } else if ('ws' in piece) {
      i = spaceRun(s, i, piece.max);
      if (i < 0) return -1;
    } else {
      for (const form of AMRIKI_FORMS) {
        if (!s.startsWith(form, i)) continue;
        const e = matchPieces(s, i + form.length, pieces, k + 1);
        if (e >= 0) return e;
      }
      return -1;
    }
  }
  return clsAt(s, i) & CLS_L ? -1 : i;
}

/**
 * A match of `(?<!B)(?:[وفبل]|لل)?PIECES(?!\p{L})` at p (B: \p{L}, plus \p{N} if `digitBound`):
 * the proclitic's length and the end, or null.
 */
export function matchWithProclitic(s: string, p: number, pieces: Piece[], digitBound: boolean): { pre: number; end: number } | null {
  if (clsBefore(s, p) & (digitBound ? CLS_L | CLS_N : CLS_L)) return null;
  const c = s.charCodeAt(p);
  if (c === 0x648 || c === 0x641 || c === 0x628 || c === 0x644) {
    const e = matchPieces(s, p + 1, pieces);
    if (e >= 0) return { pre: 1, end: e };
  }
  if (c === 0x644 && s.charCodeAt(p + 1) === 0x644) {
    const e = matchPieces(s, p + 2, pieces);
    if (e >= 0) return { pre: 2, end: e };
  }
  const e = matchPieces(s, p, pieces);
  return e >= 0 ? { pre: 0, end: e } : null;
}

/**
 * The leftmost non-overlapping matches of a pattern in `text`, tried only where one can start: at
 * most `reach` chars before an occurrence of `anchor`, a literal that every match contains within
 * its first reach + anchor.length chars.
 */
export function matchNear(text: string, anchor: string, reach: number, pieces: Piece[], digitBound: boolean): { start: number; pre: number; end: number }[] {
  const out: { start: number; pre: number; end: number }[] = [];
  let next = 0; // the first start not tried yet (or inside the last match)
  for (let q = text.indexOf(anchor); q >= 0; q = text.indexOf(anchor, q + 1)) {
    for (let p = Math.max(next, q - reach); p <= q; p++) {
      if (p < next) continue;
      const m = matchWithProclitic(text, p, pieces, digitBound);
      if (!m) continue;
      out.push({ start: p, pre: m.pre, end: m.end });
      next = m.end;
    }
    if (next <= q) next = q + 1;
  }
  return out;
}
