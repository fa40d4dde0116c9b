// Meetings: the one pass over the folded text (sentence ends, barriers, trigger matches) and the
// windows in which places and status cues are looked for.
import { fold } from '../normalize.js';
import { CLS, CLS_L, CLS_N, CLS_S, clsAt, clsBefore, WordTrie, type LetterRuns } from '../letter-runs.js';
import { BARRIER_WORDS, PLACE_HEADS, FIXED_PLACES, PLACES, LEADER_TITLES, MINISTER_TITLES, type TriggerDef } from '../lexicon/meeting-words.js';
import { CUES, PLACE_RE, TRIGGERS_ANY_HEAD, TRIGGERS_BY_HEAD, TRIGGER_RES, altOf, letterRunEnd, minTriggerHead } from './vocabulary.js';
import { Article, Barrier, FoldedScan, Trigger, firstRunIn, sortedIndex } from './article.js';

// ---------------------------------------------------------------- one pass over the folded text

const BARRIER_SET = new Set(BARRIER_WORDS.map((w) => fold(w)));
for (const w of BARRIER_SET) {
  // barriers are found as whole letter runs: a phrase or a non-letter in one would never match
  if (!w || [...w].some((ch) => !(clsAt(ch, 0) & CLS_L))) throw new Error(`meeting barrier word must be one word of letters: ${w}`);
}
const RELATIVE_SET = new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين']);
/** Barrier words, each with whether it is a relative pronoun. */
const BARRIER_TRIE = new WordTrie<boolean>();
for (const w of BARRIER_SET) BARRIER_TRIE.set(w, RELATIVE_SET.has(w));


const isAsciiDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** Sentence ends and barriers of a folded text, from its letter runs and marks. */
export function scanFolded(folded: string, runs: LetterRuns): FoldedScan {
  const { starts, ends, marks } = runs;
  const sentEnds: number[] = [];
  const barriers: Barrier[] = [];
  let m = 0;
  for (let r = 0; r <= starts.length; r++) {
    const a = r < starts.length ? starts[r] : Infinity;
    for (; m < marks.length && marks[m] < a; m++) {
      const i = marks[m];
      barriers.push({ fs: i, fe: i + 1, word: folded[i], rel: false });
      // a full stop between digits is a decimal point
      if (!(folded.charCodeAt(i) === 0x2e && isAsciiDigit(folded.charCodeAt(i - 1)) && isAsciiDigit(folded.charCodeAt(i + 1)))) sentEnds.push(i);
    }
    if (r === starts.length) break;
    const rel = BARRIER_TRIE.lookup(folded, a, ends[r]);
    if (rel !== undefined) barriers.push({ fs: a, fe: ends[r], word: folded.slice(a, ends[r]), rel });
  }
  return { sentEnds, barriers, runs };
}

const WAW = 0x648;
const FA = 0x641;
const BA = 0x628;
const LAM = 0x644;
const KAF = 0x643;
const isWawFa = (c: number): boolean => c === WAW || c === FA;
const isBaLamKaf = (c: number): boolean => c === BA || c === LAM || c === KAF;

/** Whether s.slice(a, a + k) is a proclitic sequence of the PRE lookbehind: [وف]?(?:[بلك]|لل)? */
function isProcliticPrefix(s: string, a: number, k: number): boolean {
  const c0 = s.charCodeAt(a);
  const c1 = s.charCodeAt(a + 1);
  if (k === 0) return true;
  if (k === 1) return isWawFa(c0) || isBaLamKaf(c0);
  if (k === 2) return (isWawFa(c0) && isBaLamKaf(c1)) || (c0 === LAM && c1 === LAM);
  return k === 3 && isWawFa(c0) && c1 === LAM && s.charCodeAt(a + 2) === LAM;
}

/**
 * Each trigger's leftmost non-overlapping matches, in trigger order (ties of the later sort keep
 * it): tried only at the word starts after proclitics where PRE holds, for the triggers whose
 * first word is that word.
 */
function findTriggerMatches(folded: string, scan: FoldedScan): Trigger[] {
  const found: Trigger[] = [];
  const endOf = new Array<number>(TRIGGER_RES.length).fill(0);
  const { starts: runStarts, ends: runEnds } = scan.runs;
  for (let r = 0; r < runStarts.length; r++) {
    const a = runStarts[r];
    const b = runEnds[r];
    if (b - a < minTriggerHead && TRIGGERS_ANY_HEAD.length === 0) continue;
    // PRE: the proclitics follow the start of the text or a character that is neither letter nor digit
    if (a > 0 && clsBefore(folded, a) & CLS_N) continue;
    // every proclitic sequence begins with one of و ف ب ل ك: other words are tried bare only
    const c0 = folded.charCodeAt(a);
    const maxK = isWawFa(c0) || isBaLamKaf(c0) ? 3 : 0;
    for (let k = 0; k <= maxK && a + k < b; k++) {
      if (k > 0 && !isProcliticPrefix(folded, a, k)) continue;
      const p = a + k;
      const byHead = TRIGGERS_BY_HEAD.lookup(folded, p, b);
      const defs = TRIGGERS_ANY_HEAD.length ? [...new Set([...(byHead ?? []), ...TRIGGERS_ANY_HEAD])].sort((x, y) => x - y) : byHead;
      if (!defs) continue;
      for (const d of defs) {
        if (p < endOf[d]) continue;
        const { def, re } = TRIGGER_RES[d];
        re.lastIndex = p;
        const m = re.exec(folded);
        if (!m || m[0].length === 0) continue;
        endOf[d] = p + m[0].length;
        found.push(triggerAt(folded, def, p, p + m[0].length, m[0]));
      }
    }
  }
  return found;
}

/** A trigger match with its attached proclitics (ps) and whether a bare و joins it to what precedes. */
function triggerAt(folded: string, def: TriggerDef, fs: number, fe: number, word: string): Trigger {
  let ps = fs;
  // the proclitics و ف ب ل ك (single code units: a code unit compare is the /[وفبلك]/u test)
  while (ps > 0 && ps > fs - 3 && isProcliticChar(folded.charCodeAt(ps - 1))) ps--;
  // a letter before them: they are part of another word (CLS as /\p{L}/u sees one code unit)
  if (ps > 0 && CLS[folded.charCodeAt(ps - 1)] & CLS_L) ps = fs;
  return { def, fs, fe, word, ps, coordinated: folded.charCodeAt(ps) === WAW && ps < fs };
}

const isProcliticChar = (c: number): boolean => isWawFa(c) || isBaLamKaf(c);

// ---------------------------------------------------------------- windows: places and cues
// A place or status cue can only start where its first word is: the patterns are tried there
// only, on the same window string (so the window's edges keep acting as they did for a scan).

/** Whether every character of a word is a letter (lexicon words are found as whole letter runs). */
const isLetterWord = (w: string): boolean => w.length > 0 && [...w].every((ch) => (clsAt(ch, 0) & CLS_L) !== 0);


/** First words of phrases, checked at load: each must be all letters to be found as a letter run. */
function firstWordsTrie<T>(entries: [string, T][], merge: (old: T, v: T) => T): WordTrie<T> {
  const trie = new WordTrie<T>();
  for (const [phrase, v] of entries) {
    const first = fold(phrase).split(' ')[0];
    if (!isLetterWord(first)) throw new Error(`meeting lexicon: first word must be letters only: ${phrase}`);
    const old = trie.get(first);
    trie.set(first, old === undefined ? v : merge(old, v));
  }
  return trie;
}

const PLACE_FIRST_WORDS = firstWordsTrie<true>([...FIXED_PLACES, ...PLACE_HEADS, ...PLACES].map((w) => [w, true]), () => true);
/** The optional preposition of PLACE_RE. */
const PLACE_PREPS = ['', 'في', 'الي', 'ب', 'ل', 'من', 'داخل'];

/** The prepositions of PLACE_PREPS by their first code unit. */
const PLACE_PREPS_BY_FIRST = new Map<number, string[]>();
for (const prep of PLACE_PREPS) {
  if (!prep) continue;
  const c = prep.charCodeAt(0);
  PLACE_PREPS_BY_FIRST.set(c, [...(PLACE_PREPS_BY_FIRST.get(c) ?? []), prep]);
}

/**
 * Whether a PLACE_RE match can start at p: a preposition, up to 4 spaces, then a place's first
 * word. (Only the prepositions that begin with win[p] are tried: the others cannot be there.)
 */
function mayStartPlace(win: string, p: number): boolean {
  if (placeWordAfterSpaces(win, p)) return true;
  const preps = PLACE_PREPS_BY_FIRST.get(win.charCodeAt(p));
  if (preps === undefined) return false;
  for (const prep of preps) if (win.startsWith(prep, p) && placeWordAfterSpaces(win, p + prep.length)) return true;
  return false;
}

/** Whether up to 4 white-space characters, then the first word of a place, follow q. */
function placeWordAfterSpaces(win: string, q: number): boolean {
  let r = 0;
  while (q + r < win.length && CLS[win.charCodeAt(q + r)] & CLS_S) r++;
  if (r > 4) return false;
  q += r;
  const e = letterRunEnd(win, q, win.length);
  return e > q && PLACE_FIRST_WORDS.lookup(win, q, e) !== undefined;
}

/**
 * PLACE_RE's leftmost non-overlapping matches in the window [from, to) of the folded text, as a
 * global scan of that slice finds them. A match starts at most 8 chars before a letter run of the
 * window that is a place's first word, perhaps behind a glued preposition (a preposition and up
 * to 4 spaces, then up to 4 spaces before the word): only those places are tried.
 */
export function placeMatches(a: Article, from: number, to: number): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const win = a.folded.slice(from, to);
  const first = firstRunIn(a, from);
  if (first < 0) {
    // no runs to go by: every place of the window
    placeMatchesFrom(win, 0, win.length, out, 0);
    return out;
  }
  const { starts, ends } = a.runs;
  let next = 0; // the first place of the window not tried yet
  let end = 0;
  for (let r = first; r < starts.length && starts[r] < to; r++) {
    const s = Math.max(starts[r], from) - from;
    const e = Math.min(ends[r], to) - from;
    if (!isPlaceWordRun(win, s, e)) continue;
    end = placeMatchesFrom(win, Math.max(next, s - 8), s + 1, out, end);
    next = s + 1;
  }
  return out;
}

/** Tries PLACE_RE at the places [from, to) of a window, after the last match's end; returns the new end. */
function placeMatchesFrom(win: string, from: number, to: number, out: RegExpExecArray[], end: number): number {
  for (let p = from; p < to; p++) {
    if (p < end || (p > 0 && clsBefore(win, p) & CLS_L) || !mayStartPlace(win, p)) continue;
    PLACE_RE.lastIndex = p;
    const m = PLACE_RE.exec(win);
    if (!m || m[0].length === 0) continue;
    out.push(m);
    end = p + m[0].length;
  }
  return end;
}

/** Whether the letter run win[s, e) is a place's first word, or one behind a glued preposition (بباريس). */
function isPlaceWordRun(win: string, s: number, e: number): boolean {
  if (PLACE_FIRST_WORDS.lookup(win, s, e) !== undefined) return true;
  const preps = PLACE_PREPS_BY_FIRST.get(win.charCodeAt(s));
  if (preps === undefined) return false;
  for (const prep of preps) if (prep.length < e - s && win.startsWith(prep, s) && PLACE_FIRST_WORDS.lookup(win, s + prep.length, e) !== undefined) return true;
  return false;
}

/** Indices into CUES by the first word of their phrases. */
const CUE_FIRST_WORDS = firstWordsTrie<number[]>(
  CUES.flatMap((c, k) => c.words.map((w): [string, number[]] => [w, [k]])),
  (old, v) => (old.includes(v[0]) ? old : [...old, ...v].sort((a, b) => a - b)),
);

/**
 * Each cue pattern's leftmost non-overlapping matches in a window (as a global scan of it finds
 * them), pattern by pattern in CUES order.
 */
export function cueMatches(a: Article, win: string, from: number): { k: number; m: RegExpExecArray }[] {
  const found: { k: number; m: RegExpExecArray }[] = [];
  const endOf = CUES.map(() => 0);
  // a cue starts a letter run of the window: the article's runs clipped to it, less the time
  // expressions (blanked in cueText)
  const first = firstRunIn(a, from);
  if (first >= 0) {
    const { starts, ends } = a.runs;
    const to = from + win.length;
    const { times } = a;
    let k = sortedIndex(a.timeStarts, from - 1);
    if (k > 0 && times[k - 1].fe > from) k--; // times are in order and do not overlap
    for (let r = first; r < starts.length && starts[r] < to; r++) {
      let s = Math.max(starts[r], from);
      const e = Math.min(ends[r], to);
      for (; k < times.length && times[k].fs < e; k++) {
        if (times[k].fs > s) cuesAtRun(win, s - from, times[k].fs - from, endOf, found);
        s = Math.max(s, times[k].fe);
        if (times[k].fe > e) break; // it reaches into the next run too
      }
      if (s < e) cuesAtRun(win, s - from, e - from, endOf, found);
    }
    return found.sort((x, y) => x.k - y.k);
  }
  for (let p = 0; p < win.length; ) {
    if (p > 0 && clsBefore(win, p) & CLS_L) {
      p++;
      continue;
    }
    const e = letterRunEnd(win, p, win.length);
    if (e === p) {
      p++;
      continue;
    }
    cuesAtRun(win, p, e, endOf, found);
    // inside this letter run a letter precedes every position (or it is mid surrogate pair, where
    // no letter run starts): no cue starts there
    p = e;
  }
  return found.sort((x, y) => x.k - y.k);
}

/** The cues that match at the letter run win[p, e) (after their previous matches, endOf). */
function cuesAtRun(win: string, p: number, e: number, endOf: number[], found: { k: number; m: RegExpExecArray }[]): void {
  // the cue's first word, bare or behind و/ف
  const bare = CUE_FIRST_WORDS.lookup(win, p, e);
  const behind = isWawFa(win.charCodeAt(p)) ? CUE_FIRST_WORDS.lookup(win, p + 1, e) : undefined;
  if (!bare && !behind) return;
  for (let k = 0; k < CUES.length; k++) {
    if (p < endOf[k] || !(bare?.includes(k) || behind?.includes(k))) continue;
    const re = CUES[k].re;
    re.lastIndex = p;
    const m = re.exec(win);
    if (!m || m[0].length === 0) continue;
    found.push({ k, m });
    endOf[k] = p + m[0].length;
  }
}

/** A title stem with a dual or construct ending, as every DUAL_RE match has near its start. */
export const TITLE_STEM_RE = new RegExp(`(?:${altOf([...LEADER_TITLES, ...MINISTER_TITLES])})(?:ين|ان|ا|ي)`);

// ---------------------------------------------------------------- triggers

const WITH_WORD_RE = /(?<![\p{L}])(?:مع|معه|معها|معهما)(?!\p{L})/u;
const PHONE_ADVERB_RE = /(?<![\p{L}])هاتفيا(?!\p{L})/u;

/** Trigger words, sorted, without overlaps, that meet their trigger's requirements. */
export function findTriggers(folded: string, scan: FoldedScan): Trigger[] {
  const n = folded.length;
  let trig = findTriggerMatches(folded, scan);
  trig.sort((a, b) => a.fs - b.fs || b.fe - a.fe);
  {
    const kept: Trigger[] = [];
    let end = -1;
    for (const t of trig) {
      if (t.fs < end) continue;
      kept.push(t);
      end = t.fe;
    }
    trig = kept;
  }
  // requirements
  return trig.filter((t) => {
    const after = folded.slice(t.fe, Math.min(n, t.fe + 70));
    if (t.def.needsWith && !WITH_WORD_RE.test(after.slice(0, 60))) return false;
    if (t.def.needsPhoneAdverb && !PHONE_ADVERB_RE.test(after.slice(0, 50))) return false;
    return true;
  });
}
