// Meetings: the shapes shared by every stage (Article, Trigger, mention info), positions in the
// folded text, and the trigger words of an article.
import type { MeetingKind, MeetingStatus, Span } from '../types.js';
import { phoneticKey } from '../normalize.js';
import { boundedMemo } from '../memo.js';
import { CLS, CLS_S, WordTrie, type LetterRuns } from '../letter-runs.js';
import { type TimeExpression } from '../dates.js';
import { type TriggerDef } from '../lexicon/meeting-words.js';
import { GOV_PREP_RE, GOV_PREP_WORDS, GOV_VERB_RE, GOV_VERB_WORDS, TITLE_BEFORE_RE, TITLE_BEFORE_WORDS } from './vocabulary.js';

/** Whether GOV_VERB_RE matches folded[from, to) (it needs one of its verbs there, as a word). */
export function hasGovVerb(a: Article, from: number, to: number): boolean {
  return mayHaveWord(a, from, to, GOV_VERB_WORDS, 'وفبل') && GOV_VERB_RE.test(a.folded.slice(from, to));
}
/** Whether GOV_PREP_RE matches folded[from, to) (it needs one of its prepositions there, as a word). */
export function hasGovPrep(a: Article, from: number, to: number): boolean {
  return mayHaveWord(a, from, to, GOV_PREP_WORDS, 'وف') && GOV_PREP_RE.test(a.folded.slice(from, to));
}
/** Whether TITLE_BEFORE_RE matches the (at most two) words before `at`: only tried when one of them is a title's first word. */
export function hasTitleBefore(a: Article, at: number): boolean {
  const from = tailStart(a.folded, Math.max(0, at - 16), at, 2);
  return mayHaveWord(a, from, at, TITLE_BEFORE_WORDS, 'وبل') && TITLE_BEFORE_RE.test(a.folded.slice(from, at));
}
export interface Barrier {
  fs: number;
  fe: number;
  word: string;
  /** A relative pronoun (الذي، التي …): some windows look through it. */
  rel: boolean;
}

export interface FoldedScan {
  /** Sentence-final marks (. ! ? ؟ newline; not a decimal point), in order. */
  sentEnds: number[];
  /** Clause barriers: those marks and the barrier words, in order. */
  barriers: Barrier[];
  runs: LetterRuns;
}
// ---------------------------------------------------------------- types

export interface Ent {
  id: string;
  fs: number;
  fe: number;
  isOrg: boolean;
}

export interface Trigger {
  def: TriggerDef;
  fs: number;
  fe: number;
  word: string;
  /** Start including attached proclitics (و ف ب ل ك): "بزيارة" → the ب. */
  ps: number;
  /** Joined to what precedes by a bare و (ويلتقي). */
  coordinated: boolean;
}

export interface MentionInfo {
  kind: MeetingKind;
  participants: string[];
  anaphoric: boolean;
  status: MeetingStatus;
  strength: 0 | 1 | 2; // 2 = explicit cue, 1 = tense or date, 0 = default (always 0 for anaphors)
  /** The mention's own evidence strength, kept for anaphors too (to pick their antecedent). */
  ownStrength: 0 | 1 | 2;
  date: string | null;
  endDate: string | null;
  /** A date known only to the month (تموز المقبل): its first and last day; date stays null. */
  monthDate: { date: string; endDate: string } | null;
  place: string | null;
  key: string | null; // genitive name of a multilateral event (مجموعه العشرين)
  fs: number;
  fe: number;
  splitGroup: number; // mentions produced from one "X يلتقي مع A و B" share a number
  /** "سيزور موسكو … ويلتقي بنظيره": a meeting verb coordinated with the visit just before it. */
  joinsPrevious: boolean;
  /** A definite noun with its own modifier (الاجتماع الوزاري لـ…): a new event, never folded into another by subset. */
  specific: boolean;
}

// ---------------------------------------------------------------- helpers

export function sortedIndex(arr: number[], x: number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (arr[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function looseKey(s: string): string {
  return phoneticKey(s.replace(/[أإآا]مير[كي]ي/g, 'امريكي'));
}

/** Words by text: roles recur from article to article. Callers must not mutate the result. */
export const wordsOf = boundedMemo(20_000, (s) => s.split(/[^\p{L}\p{N}]+/u).filter(Boolean));

/** A time expression with its span in the folded text (built field by field: one object shape). */
export interface FoldedTime extends TimeExpression {
  fs: number;
  fe: number;
}

const NO_MASK = new Uint8Array(0);

/** One article being analysed: its folded text and what is found in it, shared by the steps below. */
export class Article {
  readonly n: number;
  readonly sentEnds: number[];
  readonly barriers: Barrier[];
  readonly barrierStarts: number[];
  readonly runs: LetterRuns;
  /** The folded text may have a surrogate (see firstRunIn). */
  readonly hasSurrogates: boolean;
  /** The tail index (see indexRunTails) is this article's. */
  tailsIndexed = false;
  /** Entity mentions, sorted by start (longer first). */
  ents: Ent[] = [];
  entStarts: number[] = [];
  /** Per folded char (the first n + 1): 1 inside an entity mention, 2 more inside a person's (one array, not two). */
  entMask: Uint8Array = NO_MASK;
  /** Folded role phrases by person id. */
  readonly roleOf = new Map<string, string>();
  isPerson = new Set<string | undefined>();
  times: FoldedTime[] = [];
  timeStarts: number[] = [];
  /** The folded text with time expressions blanked out, for the cue search. */
  cueText: string;

  constructor(
    readonly text: string,
    readonly folded: string,
    readonly map: ArrayLike<number>,
    scan: FoldedScan,
    readonly trig: Trigger[],
    hasSurrogates: boolean,
  ) {
    this.n = folded.length;
    this.sentEnds = scan.sentEnds;
    this.barriers = scan.barriers;
    this.barrierStarts = scan.barriers.map((b) => b.fs);
    this.runs = scan.runs;
    this.hasSurrogates = hasSurrogates;
    this.cueText = folded;
  }
}
// ---------------------------------------------------------------- positions

/** Original index → folded index: the first folded char at or after it (n past the last). */
export function inv(a: Article, i: number): number {
  const map = a.map;
  let lo = 0;
  let hi = a.n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid] < i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function toSpan(a: Article, fs: number, fe: number): Span {
  const start = a.map[fs];
  const end = fe > fs ? a.map[fe - 1] + 1 : start;
  return { text: a.text.slice(start, end), start, end };
}

/** Start of the sentence around pos. */
export function sentenceStart(a: Article, pos: number): number {
  const k = sortedIndex(a.sentEnds, pos - 1);
  return k === 0 ? 0 : a.sentEnds[k - 1] + 1;
}

/** End of the sentence around pos (its final mark, or n). */
export function sentenceEnd(a: Article, pos: number): number {
  const k = sortedIndex(a.sentEnds, pos - 1);
  return k < a.sentEnds.length ? a.sentEnds[k] : a.n;
}

/** First barrier in [from, to) (ignoring a relative pronoun within `relGrace` chars of from). */
export function firstBarrier(a: Article, from: number, to: number, relGrace = 0): number {
  const barriers = a.barriers;
  for (let k = sortedIndex(a.barrierStarts, from - 1); k < barriers.length && barriers[k].fs < to; k++) {
    const b = barriers[k];
    if (relGrace > 0 && b.rel && b.fs - from <= relGrace) continue;
    return b.fs;
  }
  return to;
}

export function lastBarrierEnd(a: Article, from: number, to: number, skip?: RegExp): number {
  const barriers = a.barriers;
  let res = from;
  for (let k = sortedIndex(a.barrierStarts, from - 1); k < barriers.length && barriers[k].fs < to; k++) {
    if (skip && skip.test(barriers[k].word)) continue;
    if (barriers[k].fe <= to) res = barriers[k].fe;
  }
  return res;
}

/**
 * The first of the article's letter runs that ends after `from`: clipped to a window that starts
 * there, the runs from it on are the window's own. -1 when that may not hold: a window edge could
 * cut a surrogate pair, a letter in the article and none in the window.
 */
export function firstRunIn(a: Article, from: number): number {
  return a.hasSurrogates ? -1 : sortedIndex(a.runs.ends, from);
}

/**
 * Whether a letter run of folded[from, to) (as that slice has them) is one of the words, bare or
 * behind one of the proclitics; true when the runs cannot tell (see firstRunIn). A pattern
 * (?<![\p{L}])[proclitics]?(?:words)\s… that must match in the slice can only match then.
 */
export function mayHaveWord(a: Article, from: number, to: number, words: WordTrie<true>, proclitics: string): boolean {
  const first = firstRunIn(a, from);
  if (first < 0) return true;
  const { folded, runs } = a;
  for (let r = first; r < runs.starts.length && runs.starts[r] < to; r++) {
    const s = Math.max(runs.starts[r], from);
    const e = Math.min(runs.ends[r], to);
    if (words.lookup(folded, s, e) || (proclitics.includes(folded[s]) && words.lookup(folded, s + 1, e))) return true;
  }
  return false;
}

/** Characters in [from, to) that are not inside an entity mention. */
export function plainChars(a: Article, from: number, to: number): number {
  let c = 0;
  for (let i = from; i < to; i++) if (!a.entMask[i]) c++;
  return c;
}

/**
 * Where the last k runs of non-white-space characters of s[lo, hi) begin (lo when there are fewer).
 *
 * Patterns anchored at the end of a window (…\s+$) are tried from there only: for a pattern shaped
 * (?<![\p{L}]) W0 (\s+ W1 … \s+ Wj) \s+ $ with j < k and no white space in any Wi (each Wi after
 * the first is then a whole run, W0 the end of one), every match begins within those last k runs,
 * and to the lookbehind the white space or window start before them looks the same. So the match
 * (position included) is the one a search of the whole window finds, without trying every place.
 */
export function tailStart(s: string, lo: number, hi: number, k: number): number {
  let i = hi;
  for (let r = 0; r < k; r++) {
    while (i > lo && CLS[s.charCodeAt(i - 1)] & CLS_S) i--;
    while (i > lo && !(CLS[s.charCodeAt(i - 1)] & CLS_S)) i--;
  }
  return i;
}

/** What the previous trigger left for the next: its subject and comitative partners. */
export interface PrevInfo {
  left: string[];
  comitative: string[];
  fe: number;
  ss: number;
}

/** State carried from trigger to trigger. */
export interface MentionScan {
  mentions: MentionInfo[];
  prevInfo: PrevInfo | null;
  splitCounter: number;
}
