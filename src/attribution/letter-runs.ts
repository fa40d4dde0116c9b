// Character classes as lookup tables, and the one pass over a folded text that the meetings and
// dates scans share (meetings.ts finds its trigger and barrier words in the letter runs, dates.ts
// the places where a time expression can begin). The classes follow the `u` flag semantics of the
// regex patterns they stand in for (\p{L}, \p{N}, \s by code point; a lone surrogate is none).

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
