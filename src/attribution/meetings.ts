// Meetings, calls, visits, talks and summits reported in one article. Pure, no I/O, linear-ish
// in the text length (every window is bounded). Matching runs on folded text (normalize.ts);
// every span points into the original text.
//
// Pipeline: find trigger words → for each, participants (named persons/organisations from the
// context near it, role and dual references resolved inside the article), status cues, the
// nearest time expression of the clause, a place → merge mentions of the same event.
import type { AttributedMeeting, AttributedOrganization, AttributedPerson, MeetingKind, MeetingStatus, Span } from './types.js';
import { fold, foldWithMap, phoneticKey } from './normalize.js';
import { findTimeExpressions, resolveWeekday, type TimeExpression } from './dates.js';
import {
  TRIGGERS,
  HELD_CUES,
  PLANNED_CUES,
  PROPOSED_CUES,
  SPECULATED_CUES,
  BARRIER_WORDS,
  PLACE_HEADS,
  FIXED_PLACES,
  PLACES,
  MEDIA_ORG_KINDS,
  LEADER_TITLES,
  MINISTER_TITLES,
  type TriggerDef,
} from './lexicon/meeting-words.js';

export interface MeetingContext {
  persons: AttributedPerson[];
  organizations: AttributedOrganization[];
  published?: string;
}

// ---------------------------------------------------------------- compiled vocabulary

/** Bounded white space: no quadratic backtracking on long blank runs. */
const bounded = (src: string): string => src.replace(/\\s\*/g, '\\s{0,4}').replace(/\\s\+/g, '\\s{1,4}');
const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const altOf = (words: string[]): string =>
  [...new Set(words.map((w) => fold(w)))]
    .sort((a, b) => b.length - a.length)
    .map((w) => esc(w).replace(/ /g, '\\s+'))
    .join('|');

/** Before a trigger: start of text or a non-letter, then optional proclitics (و ف + ب ل ك لل). */
const PRE = '(?<=(?:^|[^\\p{L}\\p{N}])(?:[وف]?(?:[بلك]|لل)?))';
const TRIGGER_RES: { def: TriggerDef; re: RegExp }[] = TRIGGERS.map((def) => ({
  def,
  re: new RegExp(bounded(`${PRE}(?:${def.re})(?!\\p{L})`), 'uy'),
}));

/** Sticky: tried only where a cue's first word is (see cueMatches). */
const cueRe = (words: string[]): RegExp => new RegExp(bounded(`(?<![\\p{L}])(?:[وف](?=\\p{L}{3}))?(?:${altOf(words)})(?!\\p{L})`), 'uy');
const CUES: { status: MeetingStatus; re: RegExp; words: string[] }[] = [
  { status: 'speculated', re: cueRe(SPECULATED_CUES), words: SPECULATED_CUES },
  { status: 'proposed', re: cueRe(PROPOSED_CUES), words: PROPOSED_CUES },
  { status: 'planned', re: cueRe(PLANNED_CUES), words: PLANNED_CUES },
  { status: 'held', re: cueRe(HELD_CUES), words: HELD_CUES },
];
const RANK: Record<MeetingStatus, number> = { speculated: 4, proposed: 3, planned: 2, held: 1 };


/** Sticky: tried only where a place's first word is (see placeMatches). */
const PLACE_RE = new RegExp(
  bounded(`(?<![\\p{L}])(?<prep>في|الي|ب|ل|من|داخل)?\\s*(?<place>(?:${altOf(FIXED_PLACES)})(?!\\p{L})|(?:${altOf(PLACE_HEADS)})(?!\\p{L})(?:\\s+(?:ال)?[\\p{L}]+(?:ي|يه)(?!\\p{L})){0,2}\\s+(?!(?:في|من|الي|علي|مع|عن|بين)(?!\\p{L}))[\\p{L}]{2,}(?:\\s+(?:ب|ال)[\\p{L}]{2,}(?:يا|ي|يه|ان|ا)(?!\\p{L}))?|(?:${altOf(PLACES)})(?!\\p{L})(?:\\s+(?:ال)[\\p{L}]+(?:ي|يه)(?!\\p{L}))?)`),
  'uy',
);

const PLACES_ALT = altOf(PLACES);
/** A known place name as a whole word (compiled once: \\p{L} patterns are costly to build). */
const PLACE_NAME_RE = new RegExp(`(?<![\\p{L}])(?:${PLACES_ALT})(?!\\p{L})`, 'u');
const PLACE_NAME_SET = new Set(PLACES.map((p) => fold(p)));
const PLACE_HEAD_START_RE = new RegExp(`^(?:${altOf(PLACE_HEADS)})(?!\\p{L})`, 'u');
const DUAL_RE = new RegExp(
  bounded(`(?<![\\p{L}])(?:ال|لل|ل)?(?<title>${altOf([...LEADER_TITLES, ...MINISTER_TITLES])})(?:ين|ان)(?!\\p{L})(?<nisba>(?:\\s+(?:ال)?[\\p{L}]{3,}ي(?!\\p{L})(?:\\s+[\\p{L}]+){0,3}?\\s+وال[\\p{L}]{3,}ي(?!\\p{L})))?` +
    `|(?<![\\p{L}])(?<title2>${altOf([...LEADER_TITLES, ...MINISTER_TITLES])})(?:ا|ي)\\s+(?:خارجيه\\s+)?(?:ال)?(?:دولتين|بلدين)(?!\\p{L})`),
  'gu',
);
const DUAL_PRONOUN_RE = /(?<![\p{L}])(?:بينهما|بينهم|قمتهما|لقايهما|لقاءهما|اجتماعهما|زيارتهما|محادثاتهما|مباحثاتهما|الجانبان|الجانبين|الطرفان|الطرفين|الزعيمان|الزعيمين|الرييسان|الرييسين|التقيا|اجتمعا|يلتقيان|سيلتقيان|يجتمعان|سيجتمعان|بحثا|يبحثان|سيبحثان|تباحثا)(?!\p{L})/u;
const GOV_VERB_RE =
  /(?<![\p{L}])(?:[وفبل])?(?:اجري|اجرت|اجريا|يجري|تجري|يجريان|سيجري|ستجري|اجراء|عقد|عقدت|عقدا|يعقد|تعقد|يعقدان|سيعقد|ستعقد|بدا|بدات|يبدا|تبدا|قام|قامت|يقوم|تقوم|سيقوم|ستقوم|تلقي|تلقت|يتلقي|اختتم|اختتمت|واصل|يواصل|استانف|استانفت|شارك|يشارك|سيشارك|حضر|يحضر|ترا?س|يترا?س|وصل|وصلت|توجه|سيتوجه|يستعد|تستعد|شمل|شملت|تشمل|يشمل|تضمن|تضمنت|تخلل|تخللها)(?:\s+[^\s،,.:"”“«»]+){0,6}\s+$/u;
const GOV_PREP_RE =
  /(?<![\p{L}])(?:[وف])?(?:في|خلال|اثر|عقب|بعد|قبل|قبيل|اثناء|لدي|عند|منذ|مستهل|ختام|بدايه|نهايه|هامش)(?:\s+(?:مستهل|ختام|بدايه|نهايه|هامش|مطلع))?\s+$/u;
/** A title right before an organisation's name: the organisation is part of someone's title. */
const TITLE_BEFORE_RE = /(?<![\p{L}])[وبل]?(?:ال)?(?:وزير|وزيره|رييس|رييسه|امين|مدير|متحدث باسم|المتحدث باسم|ناطق باسم|الناطق باسم|مندوب|ممثل|سفير|عضو|قايد|نايب|مستشار)\s+$/u;
const LEADER_FOLD = LEADER_TITLES.map((t) => fold(t));
const MINISTER_FOLD = MINISTER_TITLES.map((t) => fold(t));
const MEDIA = new Set(MEDIA_ORG_KINDS);

const group = (k: MeetingKind): string => (k === 'meeting' || k === 'talks' ? 'meet' : k);

// ---------------------------------------------------------------- character classes
// Regex classes as lookup tables, so that per-article scans test characters without a regex.
// They follow the `u` flag semantics of the patterns they replace (\p{L}, \p{N}, \s by code point).

const CLS_L = 1;
const CLS_N = 2;
const CLS_S = 4;
const CLS = new Uint8Array(0x10000);
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
function clsAt(s: string, i: number): number {
  if (i >= s.length) return 0;
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return clsOfCodePoint(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
  }
  return CLS[c];
}

/** Class of the code point that ends at i (0 at the start), as a `u` lookbehind sees it. */
function clsBefore(s: string, i: number): number {
  if (i <= 0) return 0;
  const d = s.charCodeAt(i - 1);
  if (d >= 0xdc00 && d <= 0xdfff && i >= 2) {
    const c = s.charCodeAt(i - 2);
    if (c >= 0xd800 && c <= 0xdbff) return clsOfCodePoint(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
  }
  return CLS[d];
}

// ---------------------------------------------------------------- trigger heads
// A trigger can only start where its first word starts, so the trigger patterns are tried only at
// words that are the first word of some trigger: that set is read off the lexicon's patterns.

/**
 * Every string a trigger fragment can match, with a space for each \s+ and lookaheads dropped
 * (a superset of its matches); null when the fragment uses syntax this reader does not know.
 */
function expandFragment(src: string): string[] | null {
  let i = 0;
  const LIMIT = 50000;
  const alt = (): string[] | null => {
    let out: string[] = [];
    for (;;) {
      const s = seq();
      if (!s) return null;
      out = out.concat(s);
      if (src[i] !== '|') return out;
      i++;
    }
  };
  const seq = (): string[] | null => {
    let acc = [''];
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      let atom: string[] | null;
      if (src.startsWith('(?:', i)) {
        i += 3;
        atom = alt();
        if (!atom || src[i] !== ')') return null;
        i++;
      } else if (src.startsWith('(?!', i)) {
        let depth = 0;
        for (; i < src.length; i++) {
          if (src[i] === '\\') i++;
          else if (src[i] === '(') depth++;
          else if (src[i] === ')' && --depth === 0) break;
        }
        if (src[i] !== ')') return null;
        i++;
        atom = [''];
      } else if (src.startsWith('\\s', i)) {
        i += 2;
        if (src[i] === '+') atom = [' '];
        else if (src[i] === '*') atom = ['', ' '];
        else return null;
        i++;
      } else if (/[\\()[\]{}.*+?^$]/.test(src[i])) {
        return null;
      } else {
        atom = [src[i++]];
      }
      if (src[i] === '?') {
        i++;
        atom = [...atom, ''];
      }
      const next: string[] = [];
      for (const a of acc) for (const b of atom) next.push(a + b);
      if (next.length > LIMIT) return null;
      acc = next;
    }
    return acc;
  };
  const all = alt();
  return all && i === src.length ? all : null;
}

/** Symbols of the characters that lexicon words use (one shared alphabet, -1 for any other). */
const SYM = new Int16Array(0x10000).fill(-1);
const ALPHABET_MAX = 96;
let alphabetSize = 0;
function symOf(c: number): number {
  if (SYM[c] < 0) {
    if (alphabetSize >= ALPHABET_MAX) throw new Error('meeting lexicon: too many distinct characters');
    SYM[c] = alphabetSize++;
  }
  return SYM[c];
}

/**
 * Words with a value each, looked up by walking a span of a string through a flat transition
 * table: no slice, no hashing, one array read per character.
 */
class WordTrie<T> {
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

/** Trigger indices by the first word of their matches; the triggers whose first word is unknown. */
const TRIGGERS_BY_HEAD = new WordTrie<number[]>();
const TRIGGERS_ANY_HEAD: number[] = [];
/** The shortest first word of a trigger: shorter words (في، من …) are skipped at once. */
let minTriggerHead = Infinity;
TRIGGERS.forEach((def, k) => {
  const heads = new Set((expandFragment(def.re) ?? []).map((s) => s.split(' ')[0]));
  const ok = heads.size > 0 && [...heads].every((h) => h.length > 0 && [...h].every((ch) => (clsAt(ch, 0) & CLS_L) !== 0));
  if (!ok) {
    TRIGGERS_ANY_HEAD.push(k);
    return;
  }
  for (const h of heads) {
    minTriggerHead = Math.min(minTriggerHead, h.length);
    const list = TRIGGERS_BY_HEAD.get(h) ?? [];
    list.push(k);
    TRIGGERS_BY_HEAD.set(h, list);
  }
});

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

interface Barrier {
  fs: number;
  fe: number;
  word: string;
  /** A relative pronoun (الذي، التي …): some windows look through it. */
  rel: boolean;
}

interface FoldedScan {
  /** Sentence-final marks (. ! ? ؟ newline; not a decimal point), in order. */
  sentEnds: number[];
  /** Clause barriers: those marks and the barrier words, in order. */
  barriers: Barrier[];
  /** Maximal runs of letters (\p{L}): starts and ends, in order. */
  runStarts: number[];
  runEnds: number[];
}

const isSentMark = (c: number): boolean => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x61f || c === 0x0a;
const isAsciiDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** Sentence ends, barriers and letter runs of a folded text, in one pass. */
function scanFolded(folded: string): FoldedScan {
  const sentEnds: number[] = [];
  const barriers: Barrier[] = [];
  const runStarts: number[] = [];
  const runEnds: number[] = [];
  const n = folded.length;
  let runStart = -1;
  for (let i = 0; i <= n; ) {
    const c = i < n ? folded.charCodeAt(i) : 0;
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < n && (folded.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    const cls = pair ? clsAt(folded, i) : CLS[c];
    const width = pair ? 2 : 1;
    if (cls & CLS_L) {
      if (runStart < 0) runStart = i;
    } else {
      if (runStart >= 0) {
        runStarts.push(runStart);
        runEnds.push(i);
        const rel = BARRIER_TRIE.lookup(folded, runStart, i);
        if (rel !== undefined) barriers.push({ fs: runStart, fe: i, word: folded.slice(runStart, i), rel });
        runStart = -1;
      }
      if (i < n && isSentMark(c)) {
        barriers.push({ fs: i, fe: i + 1, word: folded[i], rel: false });
        // a full stop between digits is a decimal point
        if (!(c === 0x2e && isAsciiDigit(folded.charCodeAt(i - 1)) && isAsciiDigit(folded.charCodeAt(i + 1)))) sentEnds.push(i);
      }
    }
    i += width;
  }
  return { sentEnds, barriers, runStarts, runEnds };
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
function findTriggerMatches(folded: string, scan: FoldedScan): { def: TriggerDef; fs: number; fe: number; word: string }[] {
  const found: { def: TriggerDef; fs: number; fe: number; word: string }[] = [];
  const endOf = new Array<number>(TRIGGER_RES.length).fill(0);
  const { runStarts, runEnds } = scan;
  for (let r = 0; r < runStarts.length; r++) {
    const a = runStarts[r];
    const b = runEnds[r];
    if (b - a < minTriggerHead && TRIGGERS_ANY_HEAD.length === 0) continue;
    // PRE: the proclitics follow the start of the text or a character that is neither letter nor digit
    if (a > 0 && clsBefore(folded, a) & CLS_N) continue;
    for (let k = 0; k <= 3 && a + k < b; k++) {
      if (!isProcliticPrefix(folded, a, k)) continue;
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
        found.push({ def, fs: p, fe: p + m[0].length, word: m[0] });
      }
    }
  }
  return found;
}

// ---------------------------------------------------------------- windows: places and cues
// A place or status cue can only start where its first word is: the patterns are tried there
// only, on the same window string (so the window's edges keep acting as they did for a scan).

/** Whether every character of a word is a letter (lexicon words are found as whole letter runs). */
const isLetterWord = (w: string): boolean => w.length > 0 && [...w].every((ch) => (clsAt(ch, 0) & CLS_L) !== 0);

/** End of the run of letters that starts at i (i itself when there is none), not past `to`. */
function letterRunEnd(s: string, i: number, to: number): number {
  while (i < to && clsAt(s, i) & CLS_L) i += s.charCodeAt(i) >= 0xd800 && s.charCodeAt(i) <= 0xdbff ? 2 : 1;
  return Math.min(i, to);
}

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

/** Whether a PLACE_RE match can start at p: a preposition, up to 4 spaces, then a place's first word. */
function mayStartPlace(win: string, p: number): boolean {
  for (const prep of PLACE_PREPS) {
    if (prep && !win.startsWith(prep, p)) continue;
    let q = p + prep.length;
    let r = 0;
    while (q + r < win.length && CLS[win.charCodeAt(q + r)] & CLS_S) r++;
    if (r > 4) continue;
    q += r;
    const e = letterRunEnd(win, q, win.length);
    if (e > q && PLACE_FIRST_WORDS.lookup(win, q, e)) return true;
  }
  return false;
}

/** PLACE_RE's leftmost non-overlapping matches in a window, as a global scan of it finds them. */
function placeMatches(win: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let end = 0;
  for (let p = 0; p < win.length; p++) {
    if (p < end || (p > 0 && clsBefore(win, p) & CLS_L) || !mayStartPlace(win, p)) continue;
    PLACE_RE.lastIndex = p;
    const m = PLACE_RE.exec(win);
    if (!m || m[0].length === 0) continue;
    out.push(m);
    end = p + m[0].length;
  }
  return out;
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
function cueMatches(win: string): { k: number; m: RegExpExecArray }[] {
  const found: { k: number; m: RegExpExecArray }[] = [];
  const endOf = CUES.map(() => 0);
  for (let p = 0; p < win.length; p++) {
    if (p > 0 && clsBefore(win, p) & CLS_L) continue;
    const e = letterRunEnd(win, p, win.length);
    if (e === p) continue;
    // the cue's first word, bare or behind و/ف
    const bare = CUE_FIRST_WORDS.lookup(win, p, e);
    const c = win.charCodeAt(p);
    const behind = isWawFa(c) ? CUE_FIRST_WORDS.lookup(win, p + 1, e) : undefined;
    if (!bare && !behind) continue;
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
  return found.sort((a, b) => a.k - b.k);
}

/** A title stem with a dual or construct ending, as every DUAL_RE match has near its start. */
const TITLE_STEM_RE = new RegExp(`(?:${altOf([...LEADER_TITLES, ...MINISTER_TITLES])})(?:ين|ان|ا|ي)`);

// ---------------------------------------------------------------- names and role phrases
// Known names are searched literally (no regex per name: compiling one costs more than the scan).

/** Folded strings by source: names and roles recur in every article about the same people. */
const foldCache = new Map<string, string>();
function foldCached(s: string): string {
  let f = foldCache.get(s);
  if (f === undefined) {
    if (foldCache.size >= 20000) foldCache.clear(); // bounded memory in a long-running server
    f = fold(s);
    foldCache.set(s, f);
  }
  return f;
}

/** A mention's text folded for the name search, quotation marks and brackets trimmed. */
const nameFoldCache = new Map<string, string>();
function foldedName(raw: string): string {
  let f = nameFoldCache.get(raw);
  if (f === undefined) {
    if (nameFoldCache.size >= 20000) nameFoldCache.clear();
    f = fold(raw.replace(/^[\s"“”«»()]+|[\s"“”«»()]+$/gu, ''));
    nameFoldCache.set(raw, f);
  }
  return f;
}

/** The last word of a name of two words or more when it can stand alone as a surname, else null. */
const surnameCache = new Map<string, string | null>();
function surnameOf(raw: string): string | null {
  let last = surnameCache.get(raw);
  if (last === undefined) {
    if (surnameCache.size >= 20000) surnameCache.clear();
    const toks = foldCached(raw).split(' ').filter(Boolean);
    last = toks.length < 2 ? null : toks[toks.length - 1];
    if (last !== null && (last.length < 4 || /^ال/u.test(last) || /^(?:الله|الدين|باشا|بيك|خان)$/u.test(last))) last = null;
    surnameCache.set(raw, last);
  }
  return last;
}

/** A literal pattern: its pieces are text, a run of white space, or the امريكي/اميركي spelling family. */
type Piece = { lit: string } | { ws: true; max: number } | { amriki: true };

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

/** A role phrase (words joined by single spaces): any white space between words, امريكي in either spelling. */
function rolePieces(role: string): Piece[] {
  const pieces: Piece[] = [];
  role.split(' ').forEach((w, k) => {
    if (k > 0) pieces.push({ ws: true, max: Infinity });
    w.split(/(امريكي|اميركي)/).forEach((part, j) => {
      if (j % 2 === 1) pieces.push({ amriki: true });
      else if (part) pieces.push({ lit: part });
    });
  });
  return pieces;
}

/** The literal every match of a role contains near its start: the first word, or its part up to امريكي. */
function roleAnchor(pieces: Piece[]): string {
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
function matchWithProclitic(s: string, p: number, pieces: Piece[], digitBound: boolean): { pre: number; end: number } | null {
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
function matchNear(text: string, anchor: string, reach: number, pieces: Piece[], digitBound: boolean): { start: number; pre: number; end: number }[] {
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

// ---------------------------------------------------------------- types

interface Ent {
  id: string;
  fs: number;
  fe: number;
  isOrg: boolean;
}

interface Trigger {
  def: TriggerDef;
  fs: number;
  fe: number;
  word: string;
  /** Start including attached proclitics (و ف ب ل ك): "بزيارة" → the ب. */
  ps: number;
  /** Joined to what precedes by a bare و (ويلتقي). */
  coordinated: boolean;
}

interface MentionInfo {
  kind: MeetingKind;
  participants: string[];
  anaphoric: boolean;
  status: MeetingStatus;
  strength: 0 | 1 | 2; // 2 = explicit cue, 1 = tense or date, 0 = default (always 0 for anaphors)
  /** The mention's own evidence strength, kept for anaphors too (to pick their antecedent). */
  ownStrength: 0 | 1 | 2;
  date: string | null;
  endDate: string | null;
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

function sortedIndex(arr: number[], x: number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (arr[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function looseKey(s: string): string {
  return phoneticKey(s.replace(/[أإآا]مير[كي]ي/g, 'امريكي'));
}

/** Words by text: roles recur from article to article. Callers must not mutate the result. */
const wordsCache = new Map<string, string[]>();
function wordsOf(s: string): string[] {
  let w = wordsCache.get(s);
  if (!w) {
    if (wordsCache.size >= 20000) wordsCache.clear();
    w = s.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    wordsCache.set(s, w);
  }
  return w;
}

// ---------------------------------------------------------------- main

export function findMeetings(text: string, context: MeetingContext): AttributedMeeting[] {
  try {
    return findMeetingsUnsafe(text, context);
  } catch {
    return [];
  }
}

/**
 * The same string as one flat block: a string built by += is a tree of pieces, on which every
 * charCodeAt walks the tree (measured several times slower for the scans here).
 */
function flatString(s: string): string {
  return (' ' + s).slice(1);
}

function findMeetingsUnsafe(text: string, context: MeetingContext): AttributedMeeting[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const persons = Array.isArray(context?.persons) ? context.persons : [];
  const orgs = Array.isArray(context?.organizations) ? context.organizations : [];
  const published = context?.published;
  // participants only ever come from these entities (mentions, names, roles): without any, no
  // meeting can be reported, so the work below is skipped
  if (!persons.some((p) => p && typeof p.id === 'string') && !orgs.some((o) => o && typeof o.id === 'string' && !MEDIA.has(o.kind))) return [];
  const { folded: foldedRaw, map } = foldWithMap(text);
  const folded = flatString(foldedRaw);
  const n = folded.length;
  /** Original index → folded index: the first folded char at or after it (n past the last). */
  const inv = (i: number): number => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (map[mid] < i) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const toSpan = (fs: number, fe: number): Span => {
    const start = map[fs];
    const end = fe > fs ? map[fe - 1] + 1 : start;
    return { text: text.slice(start, end), start, end };
  };

  const scan = scanFolded(folded);
  const { sentEnds, barriers } = scan;
  const sentenceOf = (pos: number): [number, number] => {
    const k = sortedIndex(sentEnds, pos - 1);
    const s = k === 0 ? 0 : sentEnds[k - 1] + 1;
    const e = k < sentEnds.length ? sentEnds[k] : n;
    return [s, e];
  };

  const barrierStarts = barriers.map((b) => b.fs);
  /** First barrier in [from, to) (ignoring a relative pronoun within `relGrace` chars of from). */
  const firstBarrier = (from: number, to: number, relGrace = 0): number => {
    for (let k = sortedIndex(barrierStarts, from - 1); k < barriers.length && barriers[k].fs < to; k++) {
      const b = barriers[k];
      if (relGrace > 0 && b.rel && b.fs - from <= relGrace) continue;
      return b.fs;
    }
    return to;
  };
  const lastBarrierEnd = (from: number, to: number, skip?: RegExp): number => {
    let res = from;
    for (let k = sortedIndex(barrierStarts, from - 1); k < barriers.length && barriers[k].fs < to; k++) {
      if (skip && skip.test(barriers[k].word)) continue;
      if (barriers[k].fe <= to) res = barriers[k].fe;
    }
    return res;
  };

  // triggers
  let trig: Trigger[] = [];
  for (const m of findTriggerMatches(folded, scan)) {
    let ps = m.fs;
    while (ps > 0 && ps > m.fs - 3 && /[وفبلك]/u.test(folded[ps - 1])) ps--;
    if (ps > 0 && /\p{L}/u.test(folded[ps - 1])) ps = m.fs;
    trig.push({ ...m, ps, coordinated: folded[ps] === 'و' && ps < m.fs });
  }
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
  trig = trig.filter((t) => {
    const after = folded.slice(t.fe, Math.min(n, t.fe + 70));
    if (t.def.needsWith && !/(?<![\p{L}])(?:مع|معه|معها|معهما)(?!\p{L})/u.test(after.slice(0, 60))) return false;
    if (t.def.needsPhoneAdverb && !/(?<![\p{L}])هاتفيا(?!\p{L})/u.test(after.slice(0, 50))) return false;
    return true;
  });
  if (trig.length === 0) return []; // no mention, no meeting

  // entities: person and organisation mentions, plus role phrases of persons
  const ents: Ent[] = [];
  const roleOf = new Map<string, string>();
  const addSpan = (id: string, isOrg: boolean, s: Span): void => {
    if (!s || typeof s.start !== 'number' || typeof s.end !== 'number') return;
    if (s.start < 0 || s.end > text.length || s.end <= s.start) return;
    const fs = inv(s.start);
    const fe = inv(s.end);
    if (fe > fs) ents.push({ id, fs, fe, isOrg });
  };
  for (const p of persons) {
    if (!p || typeof p.id !== 'string') continue;
    for (const s of p.mentions ?? []) addSpan(p.id, false, s);
    if (typeof p.role === 'string' && p.role) roleOf.set(p.id, foldCached(p.role));
  }
  for (const o of orgs) {
    if (!o || typeof o.id !== 'string' || MEDIA.has(o.kind)) continue;
    for (const s of o.mentions ?? []) addSpan(o.id, true, s);
  }
  // every other occurrence of a known name string, also behind a proclitic (وسالم، بنظيره …):
  // the upstream extractor may have missed some, and participants hang on them
  {
    const weight = new Map<string, number>();
    const seen = new Set<string>();
    const scan = (id: string, isOrg: boolean, raw: string): void => {
      const f = foldedName(raw);
      if (f.length < 3 || f.length > 80 || seen.has(`${id}|${f}`)) return;
      seen.add(`${id}|${f}`);
      // a match is up to two proclitics, then f: anchored on f's first word
      for (const m of matchNear(folded, f.split(' ')[0], 2, namePieces(f), true)) ents.push({ id, fs: m.start + m.pre, fe: m.end, isOrg });
    };
    // surnames alone (سالم from أحمد سالم) when no other person shares them
    const surnameOwners = new Map<string, Set<string>>();
    // a "person" that is another one's name with a clitic glued on (وأحمد سالم) is a duplicate
    const names = new Set(persons.filter((p) => p && typeof p.name === 'string').map((p) => foldCached(p.name)));
    const isDup = (p: AttributedPerson): boolean => typeof p.name === 'string' && /^[وفبل]/u.test(foldCached(p.name)) && names.has(foldCached(p.name).slice(1));
    for (const p of persons) {
      if (!p || typeof p.id !== 'string' || isDup(p)) continue;
      for (const raw of [p.name, ...(p.mentions ?? []).map((m) => m?.text)]) {
        if (typeof raw !== 'string') continue;
        const last = surnameOf(raw);
        if (last === null) continue;
        surnameOwners.set(last, (surnameOwners.get(last) ?? new Set()).add(p.id));
      }
    }
    for (const p of persons) {
      if (!p || typeof p.id !== 'string') continue;
      weight.set(p.id, isDup(p) ? -1 : (p.mentions ?? []).length);
      for (const s of p.mentions ?? []) if (s && typeof s.text === 'string') scan(p.id, false, s.text);
    }
    for (const [last, owners] of surnameOwners) if (owners.size === 1) scan([...owners][0], false, last);
    for (const o of orgs) {
      if (!o || typeof o.id !== 'string' || MEDIA.has(o.kind)) continue;
      weight.set(o.id, 0);
      for (const s of o.mentions ?? []) if (s && typeof s.text === 'string') scan(o.id, true, s.text);
    }
    // overlapping mentions of different entities: the better attested one keeps the span
    ents.sort((a, b) => a.fs - b.fs || b.fe - a.fe);
    const kept: Ent[] = [];
    for (const e of ents) {
      const last = kept[kept.length - 1];
      if (last && e.fs < last.fe) {
        if (e.id === last.id) {
          if (e.fe > last.fe) last.fe = e.fe;
          continue;
        }
        const we = weight.get(e.id) ?? 0;
        const wl = weight.get(last.id) ?? 0;
        if (we > wl || (we === wl && e.fe - e.fs > last.fe - last.fs)) kept[kept.length - 1] = e;
        continue;
      }
      kept.push(e);
    }
    ents.length = 0;
    ents.push(...kept);
  }
  // role phrases that name exactly one person ("وزير الخارجية الروسي")
  {
    const byRole = new Map<string, string[]>();
    for (const [id, r] of roleOf) {
      const w = wordsOf(r);
      if (w.length < 2 || /^(?:نظير|نظيره|نظيرها|صهر|منافس)/u.test(w[0])) continue;
      // an indefinite description (مسؤول أمريكي) does not identify anyone
      if (!w.some((x) => /^(?:[وبل])?ال/u.test(x))) continue;
      const key = w.join(' ');
      byRole.set(key, [...(byRole.get(key) ?? []), id]);
    }
    for (const [role, ids] of byRole) {
      if (new Set(ids).size !== 1 || role.length < 8) continue;
      // anchored on the role's first word, or on its part up to a spelling alternation in it
      const pieces = rolePieces(role);
      for (const m of matchNear(folded, roleAnchor(pieces), 2, pieces, false)) ents.push({ id: ids[0], fs: m.start, fe: m.end, isOrg: false });
    }
  }
  {
    // a "name" that contains a meeting word (لإجراء محادثات) is an extraction error: ignore it
    // triggers are sorted and do not overlap: the first one ending after e.fs is the only candidate
    const trigEnds = trig.map((t) => t.fe);
    for (let i = ents.length - 1; i >= 0; i--) {
      const e = ents[i];
      const k = sortedIndex(trigEnds, e.fs);
      let bad = k < trig.length && trig[k].fs < e.fe;
      // "وزير الخارجية …": an organisation named inside someone's title is not a party
      if (!bad && e.isOrg && TITLE_BEFORE_RE.test(folded.slice(Math.max(0, e.fs - 16), e.fs))) bad = true;
      if (bad) ents.splice(i, 1);
    }
  }
  ents.sort((a, b) => a.fs - b.fs || b.fe - a.fe);
  const entStarts = ents.map((e) => e.fs);
  /** Per folded char: 1 inside an entity mention, 2 more inside a person's (one array, not two). */
  const entMask = new Uint8Array(n + 1);
  for (const e of ents) for (let i = e.fs; i < e.fe && i < n; i++) entMask[i] |= e.isOrg ? 1 : 3;
  /** Characters in [a, b) that are not inside an entity mention. */
  const plainChars = (a: number, b: number): number => {
    let c = 0;
    for (let i = a; i < b; i++) if (!entMask[i]) c++;
    return c;
  };
  const isPerson = new Set(persons.map((p) => p?.id));
  // no mention and no role to resolve a dual reference with: every mention would have no participant
  if (ents.length === 0 && roleOf.size === 0) return [];

  // time expressions
  const times = findTimeExpressions(text, published).map((t) => ({ ...t, fs: inv(t.start), fe: inv(t.end) }));
  const timeStarts = times.map((x) => x.fs);
  // mask time expressions for cue search
  let cueText = folded;
  if (times.length) {
    // spliced piece by piece (times are in order and do not overlap), not char by char
    const parts: string[] = [];
    let at = 0;
    for (const t of times) {
      const fs = Math.max(t.fs, at);
      const fe = Math.min(t.fe, n);
      if (fe <= fs) continue;
      parts.push(folded.slice(at, fs), ' '.repeat(fe - fs));
      at = fe;
    }
    parts.push(folded.slice(at));
    cueText = parts.join('');
  }

  const mentions: MentionInfo[] = [];
  let splitCounter = 0;
  const recentPersons = (before: number, limitStart: number): string[] => {
    // distinct persons mentioned before `before`, most recent first
    const out: string[] = [];
    for (let k = sortedIndex(entStarts, before - 1) - 1; k >= 0 && ents[k].fs >= limitStart; k--) {
      const e = ents[k];
      if (e.fe > before || e.isOrg) continue;
      if (!out.includes(e.id)) out.push(e.id);
    }
    return out;
  };

  let prevInfo: { left: string[]; comitative: string[]; fe: number; ss: number } | null = null;
  for (let ti = 0; ti < trig.length; ti++) {
    const t = trig[ti];
    const prevT = ti > 0 ? trig[ti - 1] : null;
    const nextT = ti + 1 < trig.length ? trig[ti + 1] : null;
    const [ss, se] = sentenceOf(t.fs);
    const word = t.word;
    const kind = t.def.kind;
    const isVerb = t.def.pos === 'verb';
    const stem = word.replace(/^(?:ال)/u, '');
    const definite = /^ال/u.test(word);
    const dualWord = DUAL_PRONOUN_RE.test(word);
    const suffixPronoun = !isVerb && !/\s/u.test(stem) && /^(?:لقا(?:يه|يها|يهم|ءه|ءها|ءهم)|اجتماع(?:ه|ها|هم|اته|اتها)|زيار(?:ته|تها|تهم)|قم(?:ته|تها)|(?:محادثات|مباحثات|مفاوضات|مشاورات)(?:ه|ها|هم)|مكالم(?:ته|تها))$/u.test(stem);
    // a bare definite noun (اللقاء، الاجتماع المتوقع): refers back unless a nisba or genitive follows
    const bareDefinite =
      !isVerb && /^ال/u.test(word) && !/^\s+(?!(?:الذي|التي)(?!\p{L}))(?:ال[\p{L}]+(?:ي|يه)|لل[\p{L}]+|ل[\p{L}]+|[\p{L}]+ي)(?!\p{L})/u.test(folded.slice(t.fe, t.fe + 30));
    const participationVerb = /(?<![\p{L}])(?:س?[يت]?شارك|شاركت|س?[يت]حضر|حضر|حضرت|ترا?س|ترا?ست|س?[يت]ترا?س)(?:\s+(?:في|ب))?\s+$/u.test(folded.slice(Math.max(0, t.ps - 25), t.ps));

    // ---------------- participants: right chain
    const rightLimit = Math.min(se, t.fe + 110, nextT ? nextT.fs : n);
    let rightBarrier = firstBarrier(t.fe, rightLimit);
    let relClause = false;
    {
      // "القمة … التي شارك فيها X و Y", "الاجتماع الذي حضره X": participants in the relative clause
      const rel = /^(?:الذي|التي)\s+(?:[\p{L}]+\s+)?(?:شارك|شاركت|يشارك|تشارك|سيشارك|ستشارك|حضر|حضره|حضرها|يحضر|سيحضر|جمع|جمعت|يجمع|تجمع|سيجمع|ستجمع|ضم|ضمت|تضم|ستضم)(?:\s+(?:فيه|فيها))?(?!\p{L})/u.exec(folded.slice(rightBarrier, rightBarrier + 40));
      if (rel && rightBarrier - t.fe <= 40) {
        rightBarrier = firstBarrier(rightBarrier + rel[0].length, rightLimit);
        relClause = true;
      }
    }
    const chain: Ent[] = [];
    let connector: 'with' | 'between' | 'direct' | null = null;
    let cursor = t.fe;
    for (let k = sortedIndex(entStarts, t.fe - 1); k < ents.length; k++) {
      const e = ents[k];
      if (e.fs < cursor) {
        // overlapping mention of the same or another entity already used
        continue;
      }
      if (e.fs >= rightBarrier) break;
      const gap = folded.slice(cursor, e.fs);
      const maxGap = chain.length === 0 ? 60 : isVerb ? 75 : 45;
      if (gap.length > maxGap) break;
      const lead = folded.slice(Math.max(0, e.fs - 16), e.fs);
      // "في المكتب البيضوي": a place, not a participant; "وزير الخارجية …": an organisation
      // named inside someone's title is not a participant either
      if (
        (/(?<![\p{L}])(?:في|داخل|الي|من)\s+$/u.test(lead) && e.isOrg) ||
        (kind === 'visit' && e.isOrg && isPlaceName(e))
      ) {
        if (chain.length === 0) continue;
        break;
      }
      if (chain.length === 0) {
        if (/(?<![\p{L}])(?:بين|بينه|بينها)(?!\p{L})/u.test(gap)) connector = 'between';
        else if (
          /(?<![\p{L}])(?:مع|من|برفقه|رفقه|الي جانب)(?!\p{L})/u.test(gap) ||
          /(?:^|\s)ب\p{L}*$/u.test(gap) ||
          (/^\s*ب\p{L}{2,}/u.test(gap) && !/^\s*(?:بعد|بشان|بسبب|بهدف|بغيه|بخصوص)(?!\p{L})/u.test(gap))
        )
          connector = 'with';
        else {
          // a genitive or direct object sits close; a quote, colon or a comma-led clause ends it
          const apposition = /^\s*[وب]?(?:ال)?(?:نظير|وزير|رييس|زعيم|ملك|امير|مندوب|سفير|متحدث|قايد|مبعوث|امين|المبعوث|الامين)[\p{L}\s]*[،,]\s*$/u.test(gap);
          if (gap.length > (isVerb || relClause ? 45 : 22) || /["”“:«»]/u.test(gap) || (/[،,]/u.test(gap) && !/^\s*و/u.test(gap) && !apposition)) break;
          connector = 'direct';
        }
      } else {
        const sameAsLast = e.id === chain[chain.length - 1].id && gap.trim() === '';
        // the conjunction may be inside the mention when a role phrase carries it (والزعيم …)
        // a verb's object may follow the subject after commas: استقبل X، أمس، بالقصر، Y
        if (!sameAsLast && (gap.length > (isVerb && /^\s*[،,]/u.test(gap) ? 75 : 30) || !/^\s*(?:و|،|,|مع(?!\p{L})|ب)/u.test(gap + folded.slice(e.fs, e.fs + 1)))) break;
      }
      if (!chain.some((c) => c.id === e.id)) chain.push(e);
      cursor = e.fe;
    }
    // dual references to the right ("بين الرئيسين الروسي والأمريكي", "اجتماع للرئيسين")
    const rightText = folded.slice(t.fe, Math.min(rightBarrier, t.fe + 60));
    let dualIds: string[] = [];
    if (chain.length < 2) {
      // a match at most 25 chars in has its title (and ending) at most 27 chars in
      const stem = TITLE_STEM_RE.exec(rightText);
      // and does not start more than 2 chars before the first title stem
      DUAL_RE.lastIndex = stem ? Math.max(0, stem.index - 2) : 0;
      const dm = stem && stem.index <= 27 ? DUAL_RE.exec(rightText) : null;
      if (dm && dm.index <= 25) dualIds = resolveDual(dm, t.fs);
    }
    // dual pronoun on the trigger or right after it (قمتهما، جرت بينهما، التقيا)
    if (chain.length < 2 && dualIds.length === 0 && (dualWord || DUAL_PRONOUN_RE.test(folded.slice(t.fe, t.fe + 20)))) {
      const [ps] = sentenceOf(Math.max(0, ss - 1));
      dualIds = recentPersons(t.fs, ps).slice(0, 2);
    }

    // ---------------- participants: left subject
    let left: string[] = [];
    const demonstrative = /(?<![\p{L}])(?:هذا|هذه|ذلك|تلك|هذين)\s*$/u.test(folded.slice(Math.max(0, t.ps - 8), t.ps));
    const nothingRight = chain.length === 0 && dualIds.length === 0;
    const svo = isVerb && connector === 'direct' && chain.length === 1;
    // a noun takes the clause subject only when a light verb or a temporal/locative word governs
    // it (أجرى … اتصالا، عقد اجتماعات، في زيارة، خلال اجتماعه), not as a genitive (سير المفاوضات)
    const before40 = folded.slice(Math.max(ss, t.ps - 70), t.ps);
    const entRightBefore = (() => {
      const k = sortedIndex(entStarts, t.fs - 1) - 1;
      for (let j = k; j >= 0 && j > k - 4; j--) if (ents[j].fe <= t.fs && t.fs - ents[j].fe <= 2) return true;
      return false;
    })();
    const governed =
      isVerb ||
      GOV_VERB_RE.test(before40) ||
      GOV_PREP_RE.test(before40) ||
      entRightBefore ||
      (t.ps < t.fs && /[بل]/u.test(folded[t.fs - 1]));
    const needLeft =
      (nothingRight && governed && !((bareDefinite || demonstrative) && !participationVerb)) ||
      (connector === 'with' && dualIds.length === 0 && governed) ||
      suffixPronoun ||
      participationVerb ||
      svo;
    if (needLeft) {
      // a possessive suffix (اجتماعه، زيارته) points at the sentence's subject, however far back
      let lp = recentPersonsOrOrgs(t.fs, Math.max(ss, t.fs - (suffixPronoun ? 450 : 130))).filter((e) => !(e.isOrg && isPlaceName(e)));
      // the subject of a meeting verb or noun is a person when one is at hand; a body otherwise
      if (lp.some((e) => !e.isOrg)) lp = [...lp.filter((e) => !e.isOrg), ...lp.filter((e) => e.isOrg)];
      if (svo) {
        const near = (e: Ent): boolean => {
          if (chain.some((c) => c.id === e.id)) return false;
          if (t.fs - e.fe <= 40 && firstBarrier(e.fe, t.fs) === t.fs) return true;
          // "… حيث التقى X": the subject of the clause that حيث hangs on
          return t.fs - e.fe <= 90 && /(?<![\p{L}])حيث\s+$/u.test(folded.slice(Math.max(0, t.ps - 8), t.ps));
        };
        lp = lp.filter(near);
      }
      const want = dualWord || /(?:ان|ا)$/u.test(word) && isVerb ? 2 : 1;
      if (lp.length && prevInfo && prevInfo.left.length && prevInfo.comitative.includes(lp[0].id) && t.fs - prevInfo.fe < 200 && prevInfo.ss === ss) {
        // "X … اجتماع مع Y … زيارة": the subject carries over, not the partner Y
        left = [prevInfo.left[0]];
      } else if (lp.length) {
        left = [lp[0].id];
        if (want === 2 && lp.length > 1) {
          // "X و Y سيبحثان": the one before, joined by و
          const gap = folded.slice(lp[1].fe, lp[0].fs);
          if (gap.length < 20 && /(?:^|\s)و/u.test(gap)) left.push(lp[1].id);
        }
      }
    }

    let groups: string[][];
    const chainIds = chain.map((c) => c.id);
    prevInfo = { left: [...left], comitative: connector === 'with' || connector === 'between' ? [...chainIds] : [], fe: t.fe, ss };
    if (dualIds.length) groups = [[...new Set([...left.filter(() => connector === 'with'), ...dualIds, ...chainIds])]];
    else if (connector === 'with' && left.length === 1 && chainIds.filter((id) => id !== left[0]).length >= 2 && !isOrgId(left[0]))
      groups = chainIds.filter((id) => id !== left[0]).map((id) => [left[0], id]);
    else groups = [[...new Set([...left, ...chainIds])]];

    const anaphoric = groups.every((g) => g.length === 0);

    // ---------------- status
    const { status, strength } = statusOf(t, prevT, nextT, ss, se, chain.length ? chain[chain.length - 1].fe : t.fe);

    // ---------------- date
    const dateInfo = dateOf(t, prevT, nextT, ss, se, rightBarrier);
    let date = dateInfo?.date ?? null;
    let endDate = dateInfo?.endDate ?? null;
    if (dateInfo && dateInfo.bareWeekday && dateInfo.weekday !== null && (status === 'planned' || status === 'proposed') && date && published && date < published) {
      date = resolveWeekday(published, dateInfo.weekday, 'future');
      endDate = null;
    }
    // "زيارة … يلتقي خلالها": the event inside inherits a one-day date of the one it is part of
    if (!date && /^\s*خلال(?:ه|ها)(?!\p{L})/u.test(folded.slice(t.fe, t.fe + 12))) {
      const pm = mentions[mentions.length - 1];
      if (pm && t.fs - pm.fe < 100 && pm.date && !pm.endDate) date = pm.date;
    }
    let finalStatus = status;
    let finalStrength = strength;
    if (strength === 0 && dateInfo && published && dateInfo.date) {
      const d = dateInfo.endDate ?? dateInfo.date;
      if (dateInfo.date > published) {
        finalStatus = 'planned';
        finalStrength = 1;
      } else if (d < published) {
        finalStatus = 'held';
        finalStrength = 1;
      }
    }
    if (dateInfo && dateInfo.granularity !== 'day') {
      date = null;
      endDate = null;
    }

    // ---------------- place
    const place = placeOf(t, prevT, nextT, ss, se, rightBarrier, chain);

    // genitive key for named multilateral events: "قمة مجموعة العشرين", "اجتماع مجموعة العشرين"
    const km =
      /^\s+((?:مجموعه|قاده|زعماء|رؤساء|روساء|مجلس|منظمه|الجامعه|الاتحاد|حلف)\s+(?:ال)?[\p{L}]+)/u.exec(folded.slice(t.fe, t.fe + 40)) ??
      (kind === 'summit'
        ? /^\s+((?:ال)?(?:عشرين|سبع|ثماني|عربيه|خليجيه|اسلاميه|افريقيه|اوروبيه|اطلسي|ناتو|بريكس|شنغهاي|فرنكوفونيه|اسيان|ابيك|المناخ|العشرين|السبع|الثماني))(?!\p{L})/u.exec(folded.slice(t.fe, t.fe + 40))
        : null);
    const key = km ? km[1].replace(/\s+/g, ' ') : null;
    const mkind: MeetingKind = key && (kind === 'meeting' || kind === 'summit') && /^(?:مجموعه|قاده|زعماء|رؤساء|روساء|(?:ال)?(?:عشرين|سبع|ثماني|عربيه|خليجيه))/u.test(key) ? 'summit' : kind;

    // mention span
    let ms = t.fs;
    const gov =
      /(?<![\p{L}])(?:اي|هذا|هذه|ذلك|تلك)\s+$/u.exec(folded.slice(Math.max(ss, t.ps - 30), t.ps)) ??
      /(?<![\p{L}])(?:[وف])?(?:اجري|اجرت|يجري|سيجري|تجري|ستجري|عقد|عقدت|يعقد|سيعقد|تعقد|ستعقد|بدا|بدات|يقوم|قام|قامت|تقوم)(?:\s+(?!\s)[^\s]+){0,3}?\s+$/u.exec(folded.slice(Math.max(ss, t.ps - 30), t.ps));
    if (gov && !/[،,.]/u.test(gov[0])) ms = Math.max(ss, t.ps - 30) + gov.index;
    else if (t.ps < t.fs && /^[بل]/u.test(folded[t.ps])) ms = t.ps; // بزيارة، لقاء
    let me = Math.max(t.fe, chain.length ? chain[chain.length - 1].fe : t.fe);
    if (dateInfo && dateInfo.fs >= t.fe && dateInfo.fe - t.fe < 70 && dateInfo.fe <= rightBarrier) me = Math.max(me, dateInfo.fe);
    if (place && place.fs >= t.fe && place.fe - t.fe < 70) me = Math.max(me, place.fe);
    if (!isVerb && definite && !bareDefinite && chain.length === 0) {
      // الاجتماع الوزاري لمجلس منطقة القطب الشمالي: the noun phrase's own modifiers
      const mod = /^(?:\s+(?!(?:في|مع|بين|الي|علي|من|عن|حول|الذي|التي|حيث|ان|قد|لم|لن|هو|هي)(?!\p{L}))[\p{L}]+){1,5}/u.exec(folded.slice(t.fe, Math.min(se, t.fe + 60)));
      if (mod) me = Math.max(me, t.fe + mod[0].length);
    }
    while (me > ms && /\s/.test(folded[me - 1])) me--;
    while (ms < me && /\s/.test(folded[ms])) ms++;

    const plural = !isVerb && /(?:لقاءات|لقاات|اجتماعات|زيارات|قمم|مفاوضات|مشاورات)$/u.test(stem.replace(/(?:ه|ها|هم|هما)$/u, ''));
    if (plural && chain.length === 0 && dualIds.length === 0 && !date) groups = [[]];
    const splitId = groups.length > 1 ? ++splitCounter : 0;
    for (const g of groups) {
      mentions.push({
        kind: mkind,
        participants: g,
        anaphoric: anaphoric && (definite || demonstrative || suffixPronoun),
        status: finalStatus,
        strength: anaphoric ? 0 : finalStrength,
        ownStrength: finalStrength,
        date,
        endDate,
        place: place ? place.text : null,
        key,
        fs: ms,
        fe: me,
        splitGroup: splitId,
        specific: !isVerb && definite && !bareDefinite && chain.length === 0,
        joinsPrevious:
          isVerb &&
          t.coordinated &&
          !!prevT &&
          prevT.def.kind === 'visit' &&
          group(kind) === 'meet' &&
          t.fs - prevT.fe < 60 &&
          firstBarrier(prevT.fe, t.fs) === t.fs,
      });
    }
  }


  // ---------------- relations between neighbouring triggers
  // "على هامش <summit>" and "<event> … حيث سيلتقي X و Y": the event gets the meeting's participants
  const union = (a: string[], b: string[]): string[] => [...new Set([...a, ...b])];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.kind !== 'summit' && m.participants.length) continue;
    const before = folded.slice(Math.max(0, m.fs - 20), m.fs);
    const prev = mentions[i - 1];
    if (/(?<![\p{L}])(?:علي\s+)?هامش\s*$/u.test(before) && prev && prev.participants.length && m.fs - prev.fe < 60) {
      m.participants = union(m.participants, prev.participants.filter((id) => !isOrgId(id)));
      m.anaphoric = false;
      // a summit on whose sidelines a meeting is still to come has not taken place yet
      if (m.strength === 0 && prev.status !== 'held') {
        m.status = 'planned';
        m.strength = 1;
      }
      continue;
    }
    const next = mentions[i + 1];
    if (next && next.participants.length && next.fs - m.fe < 50 && /(?<![\p{L}])حيث(?!\p{L})/u.test(folded.slice(m.fe, next.fs))) {
      m.participants = union(m.participants, next.participants.filter((id) => !isOrgId(id)));
      m.anaphoric = false;
    }
  }

  // ---------------- merge
  interface Event {
    kinds: MeetingKind[];
    participants: string[];
    mentions: MentionInfo[];
    key: string | null;
    /** Distinct date ranges of its dated mentions ("from|to"). */
    ranges: Set<string>;
    /** The mention with the strongest status evidence so far. */
    best: MentionInfo;
    splitGroups: Set<number>;
  }
  const better = (m: MentionInfo, b: MentionInfo): boolean =>
    m.strength > b.strength || (m.strength === b.strength && RANK[m.status] > RANK[b.status]);
  const events: Event[] = [];
  const datesCompatible = (e: Event, m: MentionInfo): boolean => {
    if (!m.date) return true;
    for (const r of e.ranges) {
      const [a1, a2] = r.split('|');
      const b1 = m.date;
      const b2 = m.endDate ?? m.date;
      if (b1 > a2 || a1 > b2) return false;
    }
    return true;
  };
  const sameSet = (a: string[], b: string[]): boolean => a.length === b.length && a.every((x) => b.includes(x));
  const subset = (a: string[], b: string[]): boolean => a.every((x) => b.includes(x));

  const MERGE_LOOKBACK = 40;
  let lastEvent: Event | null = null;
  for (const m of mentions) {
    let target: Event | null = null;
    const recentEvents = events.slice(-MERGE_LOOKBACK).reverse();
    if (m.joinsPrevious && lastEvent && lastEvent.kinds[0] === 'visit' && m.participants.length) target = lastEvent;
    if (!target && m.kind === 'talks' && m.participants.length >= 2) {
      // "أجرى … اتصالا هاتفيا مع Y بحثا خلاله …": the talks are the content of that event
      for (let i = events.length - 1; i >= Math.max(0, events.length - 4); i--) {
        const e = events[i];
        if (sameSet(e.participants, m.participants) && m.fs - lastEnd(e) < 120 && datesCompatible(e, m)) {
          target = e;
          break;
        }
      }
    }
    if (m.key) target = recentEvents.find((e) => e.key === m.key) ?? null;
    if (!target && m.participants.length === 0) {
      if (!m.anaphoric) continue; // a generic noun with nobody attached: not an event we can report
      // an anaphor (اللقاء، هذه القمة): the nearest event of the same kind, preferring one whose
      // status agrees with the anaphor's own cue (القمة المقررة → the planned one)
      const near = recentEvents.filter((e) => m.fs - lastEnd(e) < 900);
      const sameKind = near.filter((e) => e.kinds.includes(m.kind));
      const sameGroup = near.filter((e) => e.kinds.some((k) => group(k) === group(m.kind)));
      const agree = (e: Event): boolean => m.ownStrength === 2 && evStatus(e) === m.status;
      target = sameKind.find(agree) ?? sameKind[0] ?? sameGroup.find(agree) ?? sameGroup[0] ?? null;
      if (!target) continue;
    }
    if (!target) {
      for (let i = events.length - 1; i >= Math.max(0, events.length - MERGE_LOOKBACK); i--) {
        const e = events[i];
        if (e.key && m.key !== e.key && m.participants.length > 0 && e.kinds.includes('summit') && group(m.kind) !== 'summit') continue;
        const kindOk =
          e.kinds.some((k) => group(k) === group(m.kind)) ||
          (!e.key && !m.key && ((group(m.kind) === 'meet' && e.kinds.includes('summit')) || (m.kind === 'summit' && e.kinds.some((k) => group(k) === 'meet'))) && m.participants.length >= 2);
        if (!kindOk) continue;
        if (!datesCompatible(e, m)) continue;
        if (m.splitGroup && e.splitGroups.has(m.splitGroup)) continue;
        if (sameSet(e.participants, m.participants)) {
          target = e;
          break;
        }
      }
    }
    if (!target && m.participants.length === 1 && !m.specific) {
      // one named participant of a known event (اللقاء مع Y): the nearest such event, preferring
      // one whose status agrees with this mention's cue
      const cands: Event[] = [];
      for (let i = events.length - 1; i >= Math.max(0, events.length - MERGE_LOOKBACK); i--) {
        const e = events[i];
        if (!e.kinds.some((k) => group(k) === group(m.kind)) || !datesCompatible(e, m)) continue;
        if (e.key && m.key !== e.key) continue;
        if (subset(m.participants, e.participants) && m.fs - lastEnd(e) < 1500) cands.push(e);
      }
      target = cands.find((e) => m.strength === 2 && evStatus(e) === m.status) ?? cands[0] ?? null;
    }
    if (!target && m.participants.length >= 2 && !m.specific) {
      // a fuller mention of an event first reported with one participant (عقد اجتماعات … ثم … مع Y)
      for (let i = events.length - 1; i >= Math.max(0, events.length - 6); i--) {
        const e = events[i];
        if (e.participants.length !== 1 || !m.participants.includes(e.participants[0])) continue;
        if (!e.kinds.some((k) => group(k) === group(m.kind)) || !datesCompatible(e, m)) continue;
        if (e.mentions[0].specific || m.fs - lastEnd(e) > 600) continue;
        target = e;
        break;
      }
    }
    if (target) {
      target.mentions.push(m);
      if (!target.kinds.includes(m.kind)) target.kinds.push(m.kind);
      for (const p of m.participants) if (!target.participants.includes(p)) target.participants.push(p);
      if (!target.key && m.key) target.key = m.key;
      if (m.date) target.ranges.add(`${m.date}|${m.endDate ?? m.date}`);
      if (better(m, target.best)) target.best = m;
      if (m.splitGroup) target.splitGroups.add(m.splitGroup);
      lastEvent = target;
    } else {
      events.push({
        kinds: [m.kind],
        participants: [...m.participants],
        mentions: [m],
        key: m.key,
        ranges: new Set(m.date ? [`${m.date}|${m.endDate ?? m.date}`] : []),
        best: m,
        splitGroups: new Set(m.splitGroup ? [m.splitGroup] : []),
      });
      lastEvent = events[events.length - 1];
    }
  }

  function evStatus(e: Event): MeetingStatus {
    return e.best.status;
  }

  function lastEnd(e: Event): number {
    return e.mentions[e.mentions.length - 1].fe;
  }

  // ---------------- output
  const out: AttributedMeeting[] = [];
  for (const e of events) {
    if (e.participants.length === 0) continue;
    const kind: MeetingKind = e.kinds.includes('summit')
      ? 'summit'
      : e.kinds[0] === 'visit' || e.kinds[0] === 'phone_call'
        ? e.kinds[0]
        : e.kinds.includes('meeting')
        ? 'meeting'
        : e.kinds.includes('talks')
          ? 'talks'
          : e.kinds.includes('visit')
            ? 'visit'
            : e.kinds[0];
    // status: the strongest evidence; among explicit cues, speculation > proposal > plan > held
    let best: MentionInfo | null = null;
    for (const m of e.mentions) {
      if (!best || m.strength > best.strength || (m.strength === best.strength && RANK[m.status] > RANK[best.status])) best = m;
    }
    const dated = e.mentions.find((m) => m.date && m.endDate) ?? e.mentions.find((m) => m.date);
    const placed = e.mentions.find((m) => m.place);
    const spans: Span[] = [];
    const seen = new Set<string>();
    for (const m of e.mentions) {
      const s = toSpan(m.fs, m.fe);
      const k = `${s.start}:${s.end}`;
      if (s.end > s.start && !seen.has(k)) {
        seen.add(k);
        spans.push(s);
      }
    }
    out.push({
      participants: e.participants,
      kind,
      place: placed?.place ?? null,
      date: dated?.date ?? null,
      endDate: dated?.endDate ?? null,
      status: best?.status ?? 'held',
      mentions: spans,
    });
  }
  return out;

  // ---------------------------------------------------------------- closures

  /** An "organisation" that is a country or city of the gazetteer (بيونغ يانغ as the government). */
  function isPlaceName(e: Ent): boolean {
    const f = folded.slice(e.fs, e.fe).replace(/\s+/g, ' ');
    return PLACE_NAME_SET.has(f) || PLACE_NAME_SET.has(f.replace(/^[وفبل]/u, ''));
  }

  function isOrgId(id: string): boolean {
    return !isPerson.has(id);
  }

  function recentPersonsOrOrgs(before: number, limitStart: number): Ent[] {
    const out: Ent[] = [];
    for (let k = sortedIndex(entStarts, before - 1) - 1; k >= 0 && ents[k].fs >= limitStart; k--) {
      const e = ents[k];
      if (e.fe > before) continue;
      if (out.some((o) => o.id === e.id)) continue;
      out.push(e);
    }
    return out;
  }

  function resolveDual(dm: RegExpExecArray, before: number): string[] {
    const title = dm.groups?.title ?? dm.groups?.title2 ?? '';
    const isMinister = MINISTER_FOLD.some((m) => title.startsWith(m));
    const family = isMinister ? MINISTER_FOLD : LEADER_FOLD;
    const nisbaText = dm.groups?.nisba ?? '';
    const hasTitle = (id: string): boolean => {
      const r = roleOf.get(id);
      return !!r && family.some((f) => r.includes(f));
    };
    if (nisbaText) {
      const ws = wordsOf(nisbaText).filter((w) => /ي$/u.test(w) && w.length >= 4);
      const nis = [ws[0], ws[ws.length - 1]].filter(Boolean).map((w) => looseKey(w.replace(/^و/u, '')));
      const ids: string[] = [];
      for (const nk of nis) {
        const cands = [...roleOf.keys()].filter((id) => hasTitle(id) && wordsOf(roleOf.get(id)!).some((w) => looseKey(w) === nk));
        if (cands.length >= 1) {
          // the most recently mentioned one
          const recent = recentPersons(before, 0);
          const pick = recent.find((id) => cands.includes(id)) ?? cands[0];
          if (!ids.includes(pick)) ids.push(pick);
        }
      }
      if (ids.length === 2) return ids;
    }
    const recent = recentPersons(before, 0).filter(hasTitle);
    if (recent.length >= 2) return recent.slice(0, 2);
    const withTitle = [...roleOf.keys()].filter(hasTitle);
    if (withTitle.length === 2) return withTitle;
    return [];
  }

  function statusOf(
    t: Trigger,
    prevT: Trigger | null,
    nextT: Trigger | null,
    ss: number,
    se: number,
    chainEnd: number,
  ): { status: MeetingStatus; strength: 0 | 1 | 2 } {
    const w = t.word.replace(/^[وف]/u, '');
    // left window: up to 55 chars, not before the previous trigger or the sentence start
    const ls = Math.max(ss, t.fs - 55, prevT ? prevT.fe : 0);
    const rs = t.fe;
    const reach = Math.max(t.fe + 60, chainEnd + 45);
    const relEnd = firstBarrier(Math.max(rs, chainEnd), Math.min(se, reach, nextT ? nextT.fs : n), 25);
    const re = Math.min(se, reach, nextT ? nextT.fs : n, relEnd);
    let best: { status: MeetingStatus; dist: number; len: number } | null = null;
    // nearest cue wins; at equal distance the longer phrase (قبوله دعوة over دعوة), then the rank
    const consider = (status: MeetingStatus, dist: number, len = 0): void => {
      if (
        !best ||
        dist < best.dist ||
        (dist === best.dist && (len > best.len || (len === best.len && RANK[status] > RANK[best.status])))
      )
        best = { status, dist, len };
    };
    // the event's own relative clause: "التي انعقدت" (held), "التي تجري/ستعقد" (planned)
    {
      const rel = /^\s*(?:[\p{L}]+\s+){0,5}?(?:الذي|التي)\s+(?:قد\s+)?(?<v>[\p{L}]+)/u.exec(folded.slice(t.fe, Math.min(se, t.fe + 40)));
      const v = rel?.groups?.v ?? '';
      if (/^(?:انعقد|انعقدت|عقد|عقدت|جرت|جري|اقيم|اقيمت|تمت|تم|بدات|بدا|اختتمت|اختتم)$/u.test(v)) return { status: 'held', strength: 2 };
      if (/^(?:س[يت]\p{L}+|تجري|يجري|تعقد|يعقد|تنعقد|ينعقد|تقام|يقام|تبدا|يبدا)$/u.test(v)) return { status: 'planned', strength: 2 };
    }
    // "أي لقاء" : any meeting → speculated
    if (/(?<![\p{L}])اي\s+$/u.test(folded.slice(Math.max(0, t.ps - 4), t.ps))) consider('speculated', 0);
    const lwin = cueText.slice(ls, t.fs);
    const rwin = cueText.slice(rs, re);
    const lcues = cueMatches(lwin);
    const rcues = cueMatches(rwin);
    for (let k = 0; k < CUES.length; k++) {
      const status = CUES[k].status;
      for (const { k: ck, m } of lcues) {
        if (ck !== k) continue;
        // عقد after a preposition is the verbal noun (إلى عقد لقاء), not the past tense
        if (status === 'held' && /^عقد/u.test(m[0]) && /(?:الي|علي|من|في|حول)\s+$/u.test(lwin.slice(Math.max(0, m.index - 6), m.index))) continue;
        consider(status, lwin.length - (m.index + m[0].length) + 1, m[0].length);
      }
      for (const { k: ck, m } of rcues) {
        if (ck !== k) continue;
        // "قبيل X", "قبل ساعات من X" date the following event, not this one
        if (/^(?:[وف])?(?:قبيل|قبل|عشيه)/u.test(m[0])) continue;
        consider(status, plainChars(rs, rs + m.index) + 1, m[0].length);
      }
    }
    const b = best as { status: MeetingStatus; dist: number } | null;
    if (t.def.pos === 'verb') {
      // the verb's own tense is the strongest evidence, unless a speculation or proposal governs it
      const governing = b && (b.status === 'speculated' || b.status === 'proposed') && b.dist <= 40;
      if (governing) return { status: b.status, strength: 2 };
      if (/^س[يتن]/u.test(w)) return { status: 'planned', strength: 2 };
      if (/^(?:التق|استقبل|اجتمع|زار|اتصل|بحث|تباحث)/u.test(w)) return { status: 'held', strength: 2 };
    }
    if (b) return { status: b.status, strength: 2 };
    if (t.def.pos === 'verb') {
      if (/^س[يتن]/u.test(w)) return { status: 'planned', strength: 2 };
      if (/^[يتن]/u.test(w)) return { status: 'planned', strength: 1 };
      return { status: 'held', strength: 2 };
    }
    return { status: 'held', strength: 0 };
  }

  function dateOf(
    t: Trigger,
    prevT: Trigger | null,
    nextT: Trigger | null,
    ss: number,
    se: number,
    rightBarrier: number,
  ): (TimeExpression & { fs: number; fe: number }) | null {
    // right: up to the barrier (a relative clause right after the noun still counts), ≤ 90 chars
    const rEnd = Math.min(se, t.fe + 90, nextT ? nextT.fs : n, firstBarrier(t.fe, Math.min(se, t.fe + 90), 25));
    let best: (TimeExpression & { fs: number; fe: number }) | null = null;
    let bestDist = Infinity;
    for (let k = sortedIndex(timeStarts, t.fe - 1); k < times.length && times[k].fs < rEnd; k++) {
      const x = times[k];
      if (x.fs >= t.fe && x.fs < rEnd) {
        const d = x.fs - t.fe;
        if (d < bestDist) {
          best = x;
          bestDist = d;
        }
      }
    }
    // left: back to the last clause barrier, ≤ 120 chars
    const lStart = lastBarrierEnd(Math.max(ss, t.fs - 120, prevT ? prevT.fe : 0), t.fs);
    for (let k = sortedIndex(timeStarts, lStart - 1); k < times.length && times[k].fs < t.fs; k++) {
      const x = times[k];
      if (x.fe <= t.fs && x.fs >= lStart && !(prevT && x.fs >= prevT.fe && x.fs - prevT.fe < 90)) {
        const d = (t.fs - x.fe) * 1.5;
        if (d < bestDist) {
          best = x;
          bestDist = d;
        }
      }
    }
    // prefer a day-level expression over a vaguer one when both are near
    return best;
  }

  function placeOf(
    t: Trigger,
    prevT: Trigger | null,
    nextT: Trigger | null,
    ss: number,
    se: number,
    rightBarrier: number,
    chain: Ent[],
  ): { text: string; fs: number; fe: number } | null {
    const inEnt = (fs: number, fe: number): boolean => {
      for (let i = fs; i < fe; i++) if (entMask[i] & 2) return true;
      return false;
    };
    const rEnd = Math.min(se, t.fe + 100, nextT ? nextT.fs : n, Math.max(firstBarrier(t.fe, n, 25), chain.length ? chain[chain.length - 1].fe + 40 : 0));
    void rightBarrier;
    const scan = (from: number, to: number): { text: string; fs: number; fe: number; dist: number }[] => {
      const res: { text: string; fs: number; fe: number; dist: number }[] = [];
      if (to <= from) return res;
      for (const m of placeMatches(folded.slice(from, to))) {
        const prep = m.groups?.prep;
        const placeStr = m.groups?.place ?? '';
        const off = m[0].lastIndexOf(placeStr);
        const fs = from + m.index + off;
        const fe = fs + placeStr.length;
        if (inEnt(fs, fe)) continue;
        if (fe < n && /\p{L}/u.test(folded[fe])) continue; // cut by the window
        const where = fs < t.fs ? 'left' : 'right';
        if (where === 'left' && /(?<![\p{L}])حيث(?!\p{L})/u.test(folded.slice(fe, t.fs))) {
          res.push({ text: '', fs, fe, dist: 0 });
          continue;
        }
        // without a preposition only a visit's direct object counts (يزور موسكو)
        if (!prep && !(t.def.kind === 'visit' && fs - t.fe < 25)) continue;
        if (where === 'left' && prep !== 'في' && !(t.def.kind === 'visit' && (prep === 'الي' || prep === 'ل'))) continue;
        if ((prep === 'من' || prep === 'الي' || prep === 'ل') && t.def.kind !== 'visit') continue;
        res.push({ text: '', fs, fe, dist: 0 });
      }
      return res;
    };
    const right = scan(t.fe, rEnd);
    let pick = right[0];
    if (!pick) {
      const ls = lastBarrierEnd(Math.max(ss, t.fs - 90, prevT ? prevT.fe : 0), t.fs, /^حيث$/u);
      const l = scan(ls, t.fs);
      pick = l[l.length - 1];
    }
    if (!pick) return null;
    {
      // "العاصمة الكورية الشمالية بيونغ يانغ": the named place inside a head phrase
      const inner = PLACE_NAME_RE.exec(folded.slice(pick.fs, Math.min(n, pick.fe + 20)));
      const between = inner ? folded.slice(pick.fs, pick.fs + inner.index) : '';
      if (inner && inner.index > 0 && PLACE_HEAD_START_RE.test(between) && /\sال\p{L}+(?:ي|يه)\s/u.test(between)) {
        pick = { ...pick, fs: pick.fs + inner.index, fe: pick.fs + inner.index + inner[0].length };
      }
    }
    const s = toSpan(pick.fs, pick.fe);
    return { text: s.text, fs: pick.fs, fe: pick.fe };
  }
}
