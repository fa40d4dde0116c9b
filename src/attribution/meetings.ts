// Meetings, calls, visits, talks and summits reported in one article. Pure, no I/O, linear-ish
// in the text length (every window is bounded). Matching runs on folded text (normalize.ts);
// every span points into the original text.
//
// Pipeline: find trigger words → for each, participants (named persons/organisations from the
// context near it, role and dual references resolved inside the article), status cues, the
// nearest time expression of the clause, a place → merge mentions of the same event.
import type { AttributedMeeting, AttributedOrganization, AttributedPerson, MeetingKind, MeetingStatus, Span } from './types.js';
import { fold, phoneticKey } from './normalize.js';
import { boundedMemo } from './memo.js';
import { reportInternalError } from './errors.js';
import { CLS, CLS_L, CLS_N, CLS_S, clsAt, clsBefore, foldAndScan, WordTrie, type LetterRuns } from './letter-runs.js';
import { timeExpressionsFolded, resolveWeekday, type TimeExpression } from './dates.js';
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
const DUAL_PRONOUNS =
  'بينهما|بينهم|قمتهما|لقايهما|لقاءهما|اجتماعهما|زيارتهما|محادثاتهما|مباحثاتهما|الجانبان|الجانبين|الطرفان|الطرفين|الزعيمان|الزعيمين|الرييسان|الرييسين|التقيا|اجتمعا|يلتقيان|سيلتقيان|يجتمعان|سيجتمعان|بحثا|يبحثان|سيبحثان|تباحثا';
const DUAL_PRONOUN_RE = new RegExp(`(?<![\\p{L}])(?:${DUAL_PRONOUNS})(?!\\p{L})`, 'u');
const GOV_VERBS =
  'اجري|اجرت|اجريا|يجري|تجري|يجريان|سيجري|ستجري|اجراء|عقد|عقدت|عقدا|يعقد|تعقد|يعقدان|سيعقد|ستعقد|بدا|بدات|يبدا|تبدا|قام|قامت|يقوم|تقوم|سيقوم|ستقوم|تلقي|تلقت|يتلقي|اختتم|اختتمت|واصل|يواصل|استانف|استانفت|شارك|يشارك|سيشارك|حضر|يحضر|ترا?س|يترا?س|وصل|وصلت|توجه|سيتوجه|يستعد|تستعد|شمل|شملت|تشمل|يشمل|تضمن|تضمنت|تخلل|تخللها';
const GOV_VERB_RE = new RegExp(`(?<![\\p{L}])(?:[وفبل])?(?:${GOV_VERBS})(?:\\s+[^\\s،,.:"”“«»]+){0,6}\\s+$`, 'u');
/** The words DUAL_PRONOUN_RE needs. */
const DUAL_PRONOUN_WORDS = wordsTrie(DUAL_PRONOUNS);
/** The verbs GOV_VERB_RE needs, as words. */
const GOV_VERB_WORDS = wordsTrie(GOV_VERBS);

/** Whether GOV_VERB_RE matches folded[from, to) (it needs one of its verbs there, as a word). */
function hasGovVerb(a: Article, from: number, to: number): boolean {
  return mayHaveWord(a, from, to, GOV_VERB_WORDS, 'وفبل') && GOV_VERB_RE.test(a.folded.slice(from, to));
}

const GOV_PREPS = 'في|خلال|اثر|عقب|بعد|قبل|قبيل|اثناء|لدي|عند|منذ|مستهل|ختام|بدايه|نهايه|هامش';
const GOV_PREP_RE = new RegExp(`(?<![\\p{L}])(?:[وف])?(?:${GOV_PREPS})(?:\\s+(?:مستهل|ختام|بدايه|نهايه|هامش|مطلع))?\\s+$`, 'u');
const GOV_PREP_WORDS = wordsTrie(GOV_PREPS);

/** Whether GOV_PREP_RE matches folded[from, to) (it needs one of its prepositions there, as a word). */
function hasGovPrep(a: Article, from: number, to: number): boolean {
  return mayHaveWord(a, from, to, GOV_PREP_WORDS, 'وف') && GOV_PREP_RE.test(a.folded.slice(from, to));
}
const ORG_TITLES = 'وزير|وزيره|رييس|رييسه|امين|مدير|متحدث باسم|المتحدث باسم|ناطق باسم|الناطق باسم|مندوب|ممثل|سفير|عضو|قايد|نايب|مستشار';
/** A title right before an organisation's name: the organisation is part of someone's title. */
const TITLE_BEFORE_RE = new RegExp(`(?<![\\p{L}])[وبل]?(?:ال)?(?:${ORG_TITLES})\\s+$`, 'u');
/** The first words of those titles (with their optional ال), as TITLE_BEFORE_RE needs one. */
const TITLE_BEFORE_WORDS = wordsTrie(`(?:ال)?(?:${ORG_TITLES.split('|').map((t) => t.split(' ')[0]).join('|')})`);

/** Whether TITLE_BEFORE_RE matches the (at most two) words before `at`: only tried when one of them is a title's first word. */
function hasTitleBefore(a: Article, at: number): boolean {
  const from = tailStart(a.folded, Math.max(0, at - 16), at, 2);
  return mayHaveWord(a, from, at, TITLE_BEFORE_WORDS, 'وبل') && TITLE_BEFORE_RE.test(a.folded.slice(from, at));
}
const LEADER_FOLD = LEADER_TITLES.map((t) => fold(t));
const MINISTER_FOLD = MINISTER_TITLES.map((t) => fold(t));
const MEDIA = new Set(MEDIA_ORG_KINDS);

const group = (k: MeetingKind): string => (k === 'meeting' || k === 'talks' ? 'meet' : k);

// ---------------------------------------------------------------- trigger heads
// A trigger can only start where its first word starts, so the trigger patterns are tried only at
// words that are the first word of some trigger: that set is read off the lexicon's patterns.

/** The words of an alternation of words (as expandFragment reads it), in a WordTrie. */
function wordsTrie(alternation: string): WordTrie<true> {
  const words = expandFragment(alternation);
  if (!words || words.some((w) => w.length === 0 || letterRunEnd(w, 0, w.length) !== w.length)) throw new Error(`meeting lexicon: not an alternation of words: ${alternation}`);
  const trie = new WordTrie<true>();
  for (const w of words) trie.set(w, true);
  return trie;
}

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
      } else if (src[i] === '[') {
        // a class of plain characters: each of them
        const close = src.indexOf(']', i);
        const body = close < 0 ? '' : src.slice(i + 1, close);
        if (!body || /[\\^-]/.test(body)) return null;
        atom = [...body];
        i = close + 1;
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
  runs: LetterRuns;
}

const isAsciiDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** Sentence ends and barriers of a folded text, from its letter runs and marks. */
function scanFolded(folded: string, runs: LetterRuns): FoldedScan {
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
function placeMatches(a: Article, from: number, to: number): RegExpExecArray[] {
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
function cueMatches(a: Article, win: string, from: number): { k: number; m: RegExpExecArray }[] {
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
const TITLE_STEM_RE = new RegExp(`(?:${altOf([...LEADER_TITLES, ...MINISTER_TITLES])})(?:ين|ان|ا|ي)`);

// ---------------------------------------------------------------- names and role phrases
// Known names are searched literally (no regex per name: compiling one costs more than the scan).

/** Folded strings by source: names and roles recur in every article about the same people. */
const foldCached = boundedMemo(20_000, fold);

/** The last word of a folded name of two words or more when it can stand alone as a surname, else null. */
function surnameIn(folded: string): string | null {
  const toks = folded.split(' ').filter(Boolean);
  const last = toks.length < 2 ? null : toks[toks.length - 1];
  if (last !== null && (last.length < 4 || /^ال/u.test(last) || /^(?:الله|الدين|باشا|بيك|خان)$/u.test(last))) return null;
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
const nameForms = boundedMemo(20_000, (raw): NameForms => {
  const searched = fold(raw.replace(/^[\s"“”«»()]+|[\s"“”«»()]+$/gu, ''));
  const folded = fold(raw);
  return { folded, searched, pieces: namePieces(searched), surname: surnameIn(folded) };
});

/** A role phrase (words joined by single spaces): any white space between words, امريكي in either spelling (memoized). */
const rolePieces = boundedMemo(20_000, (role): Piece[] => {
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
const wordsOf = boundedMemo(20_000, (s) => s.split(/[^\p{L}\p{N}]+/u).filter(Boolean));

// ---------------------------------------------------------------- main
// ---------------------------------------------------------------- main
// One article's analysis is split into top-level functions over one Article object (not closures
// of a single huge function): each compiles quickly and sees objects of one shape, so the
// optimizing compiler neither takes seconds per compile nor throws the code away on a new shape.

export function findMeetings(text: string, context: MeetingContext): AttributedMeeting[] {
  try {
    return findMeetingsUnsafe(text, context);
  } catch (error) {
    reportInternalError('meetings', error);
    return [];
  }
}

/** A time expression with its span in the folded text (built field by field: one object shape). */
interface FoldedTime extends TimeExpression {
  fs: number;
  fe: number;
}

const NO_MASK = new Uint8Array(0);
/** Article.entMask's memory, reused: only the current article's first n + 1 bytes are meaningful. */
let entMaskBuffer = new Uint8Array(4096);

/** One article being analysed: its folded text and what is found in it, shared by the steps below. */
class Article {
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

function findMeetingsUnsafe(text: string, context: MeetingContext): AttributedMeeting[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const persons = Array.isArray(context?.persons) ? context.persons : [];
  const orgs = Array.isArray(context?.organizations) ? context.organizations : [];
  const published = context?.published;
  // participants only ever come from these entities (mentions, names, roles): without any, no
  // meeting can be reported, so the work below is skipped
  if (!persons.some((p) => p && typeof p.id === 'string') && !orgs.some((o) => o && typeof o.id === 'string' && !MEDIA.has(o.kind))) return [];
  const { folded, map, runs, hasSurrogates } = foldAndScan(text);
  const scan = scanFolded(folded, runs);
  const trig = findTriggers(folded, scan);
  if (trig.length === 0) return []; // no mention, no meeting

  const a = new Article(text, folded, map, scan, trig, hasSurrogates);
  collectEntities(a, persons, orgs);
  // no mention and no role to resolve a dual reference with: every mention would have no participant
  if (a.ents.length === 0 && a.roleOf.size === 0) return [];
  collectTimes(a, published);
  const mentions = triggerMentions(a, published);
  linkNeighbours(a, mentions);
  return meetingsOf(a, mergeMentions(mentions));
}

// ---------------------------------------------------------------- positions

/** Original index → folded index: the first folded char at or after it (n past the last). */
function inv(a: Article, i: number): number {
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

function toSpan(a: Article, fs: number, fe: number): Span {
  const start = a.map[fs];
  const end = fe > fs ? a.map[fe - 1] + 1 : start;
  return { text: a.text.slice(start, end), start, end };
}

/** Start of the sentence around pos. */
function sentenceStart(a: Article, pos: number): number {
  const k = sortedIndex(a.sentEnds, pos - 1);
  return k === 0 ? 0 : a.sentEnds[k - 1] + 1;
}

/** End of the sentence around pos (its final mark, or n). */
function sentenceEnd(a: Article, pos: number): number {
  const k = sortedIndex(a.sentEnds, pos - 1);
  return k < a.sentEnds.length ? a.sentEnds[k] : a.n;
}

/** First barrier in [from, to) (ignoring a relative pronoun within `relGrace` chars of from). */
function firstBarrier(a: Article, from: number, to: number, relGrace = 0): number {
  const barriers = a.barriers;
  for (let k = sortedIndex(a.barrierStarts, from - 1); k < barriers.length && barriers[k].fs < to; k++) {
    const b = barriers[k];
    if (relGrace > 0 && b.rel && b.fs - from <= relGrace) continue;
    return b.fs;
  }
  return to;
}

function lastBarrierEnd(a: Article, from: number, to: number, skip?: RegExp): number {
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
function firstRunIn(a: Article, from: number): number {
  return a.hasSurrogates ? -1 : sortedIndex(a.runs.ends, from);
}

/**
 * Whether a letter run of folded[from, to) (as that slice has them) is one of the words, bare or
 * behind one of the proclitics; true when the runs cannot tell (see firstRunIn). A pattern
 * (?<![\p{L}])[proclitics]?(?:words)\s… that must match in the slice can only match then.
 */
function mayHaveWord(a: Article, from: number, to: number, words: WordTrie<true>, proclitics: string): boolean {
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
function plainChars(a: Article, from: number, to: number): number {
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
function tailStart(s: string, lo: number, hi: number, k: number): number {
  let i = hi;
  for (let r = 0; r < k; r++) {
    while (i > lo && CLS[s.charCodeAt(i - 1)] & CLS_S) i--;
    while (i > lo && !(CLS[s.charCodeAt(i - 1)] & CLS_S)) i--;
  }
  return i;
}

// ---------------------------------------------------------------- triggers

const WITH_WORD_RE = /(?<![\p{L}])(?:مع|معه|معها|معهما)(?!\p{L})/u;
const PHONE_ADVERB_RE = /(?<![\p{L}])هاتفيا(?!\p{L})/u;

/** Trigger words, sorted, without overlaps, that meet their trigger's requirements. */
function findTriggers(folded: string, scan: FoldedScan): Trigger[] {
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

// ---------------------------------------------------------------- entities

const CLITIC_INITIAL_RE = /^[وفبل]/u;
const ROLE_NOT_NAMING_RE = /^(?:نظير|نظيره|نظيرها|صهر|منافس)/u;
const DEFINITE_WORD_RE = /^(?:[وبل])?ال/u;

/** Person and organisation mentions, other occurrences of their names and roles: a.ents and what hangs on them. */
function collectEntities(a: Article, persons: AttributedPerson[], orgs: AttributedOrganization[]): void {
  const { ents, roleOf } = a;
  for (const p of persons) {
    if (!p || typeof p.id !== 'string') continue;
    for (const s of p.mentions ?? []) addSpan(a, p.id, false, s);
    if (typeof p.role === 'string' && p.role) roleOf.set(p.id, foldCached(p.role));
  }
  for (const o of orgs) {
    if (!o || typeof o.id !== 'string' || MEDIA.has(o.kind)) continue;
    for (const s of o.mentions ?? []) addSpan(a, o.id, true, s);
  }
  addNameOccurrences(a, persons, orgs);
  addRoleOccurrences(a);
  {
    // a "name" that contains a meeting word (لإجراء محادثات) is an extraction error: ignore it
    // triggers are sorted and do not overlap: the first one ending after e.fs is the only candidate
    const trig = a.trig;
    const trigEnds = trig.map((t) => t.fe);
    for (let i = ents.length - 1; i >= 0; i--) {
      const e = ents[i];
      const k = sortedIndex(trigEnds, e.fs);
      let bad = k < trig.length && trig[k].fs < e.fe;
      // "وزير الخارجية …": an organisation named inside someone's title is not a party
      if (!bad && e.isOrg && hasTitleBefore(a, e.fs)) bad = true;
      if (bad) ents.splice(i, 1);
    }
  }
  ents.sort((x, y) => x.fs - y.fs || y.fe - x.fe);
  a.entStarts = ents.map((e) => e.fs);
  const n = a.n;
  // one buffer for every article (allocating a typed array costs more than clearing one)
  if (entMaskBuffer.length < n + 1) entMaskBuffer = new Uint8Array(2 * (n + 1));
  const entMask = entMaskBuffer;
  entMask.fill(0, 0, n + 1);
  for (const e of ents) for (let i = e.fs; i < e.fe && i < n; i++) entMask[i] |= e.isOrg ? 1 : 3;
  a.entMask = entMask;
  a.isPerson = new Set(persons.map((p) => p?.id));
}

function addSpan(a: Article, id: string, isOrg: boolean, s: Span): void {
  if (!s || typeof s.start !== 'number' || typeof s.end !== 'number') return;
  if (s.start < 0 || s.end > a.text.length || s.end <= s.start) return;
  const fs = inv(a, s.start);
  const fe = inv(a, s.end);
  if (fe > fs) a.ents.push({ id, fs, fe, isOrg });
}

/**
 * Every other occurrence of a known name string, also behind a proclitic (وسالم، بنظيره …): the
 * upstream extractor may have missed some, and participants hang on them. Then overlapping
 * mentions of different entities are resolved.
 */
function addNameOccurrences(a: Article, persons: AttributedPerson[], orgs: AttributedOrganization[]): void {
  const ents = a.ents;
  const weight = new Map<string, number>();
  const seen: SeenNames = new Map();
  // surnames alone (سالم from أحمد سالم) when no other person shares them
  const surnameOwners = new Map<string, Set<string>>();
  // a "person" that is another one's name with a clitic glued on (وأحمد سالم) is a duplicate
  // (each name folded once here: the two loops below ask for every person)
  const foldedNames = persons.map((p) => (p && typeof p.name === 'string' ? nameForms(p.name).folded : null));
  const names = new Set(foldedNames.filter((f) => f !== null));
  const dup = foldedNames.map((f) => f !== null && CLITIC_INITIAL_RE.test(f) && names.has(f.slice(1)));
  persons.forEach((p, k) => {
    if (!p || typeof p.id !== 'string' || dup[k]) return;
    for (const raw of [p.name, ...(p.mentions ?? []).map((m) => m?.text)]) {
      if (typeof raw !== 'string') continue;
      const last = nameForms(raw).surname;
      if (last === null) continue;
      surnameOwners.set(last, (surnameOwners.get(last) ?? new Set()).add(p.id));
    }
  });
  persons.forEach((p, k) => {
    if (!p || typeof p.id !== 'string') return;
    weight.set(p.id, dup[k] ? -1 : (p.mentions ?? []).length);
    for (const s of p.mentions ?? []) if (s && typeof s.text === 'string') scanName(a, seen, p.id, false, s.text);
  });
  for (const [last, owners] of surnameOwners) if (owners.size === 1) scanName(a, seen, [...owners][0], false, last);
  for (const o of orgs) {
    if (!o || typeof o.id !== 'string' || MEDIA.has(o.kind)) continue;
    weight.set(o.id, 0);
    for (const s of o.mentions ?? []) if (s && typeof s.text === 'string') scanName(a, seen, o.id, true, s.text);
  }
  // overlapping mentions of different entities: the better attested one keeps the span
  ents.sort((x, y) => x.fs - y.fs || y.fe - x.fe);
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

/** The folded name strings already searched, by entity id. */
type SeenNames = Map<string, Set<string>>;

/** The occurrences of one name string of an entity (each string once per entity). */
function scanName(a: Article, seen: SeenNames, id: string, isOrg: boolean, raw: string): void {
  const { searched: f, pieces } = nameForms(raw);
  if (f.length < 3 || f.length > 80) return;
  let seenOfId = seen.get(id);
  if (seenOfId === undefined) seen.set(id, (seenOfId = new Set()));
  if (seenOfId.has(f)) return;
  seenOfId.add(f);
  // a match is up to two proclitics, then f: anchored on f's first word (the first piece, cached)
  for (const m of piecesMatches(a, (pieces[0] as { lit: string }).lit, pieces, true)) a.ents.push({ id, fs: m.start + m.pre, fe: m.end, isOrg });
}

/**
 * matchNear(a.folded, anchor, 2, pieces, digitBound), from the article's letter runs when the
 * pattern starts with a whole word of letters (a literal of at least TAIL letters, then white
 * space or nothing): a match is then a letter run (its start not after a letter) of up to two
 * proclitics and that word, so only the runs that end in it, at most two letters longer, are tried.
 */
function piecesMatches(a: Article, anchor: string, pieces: Piece[], digitBound: boolean): { start: number; pre: number; end: number }[] {
  const [head, after] = pieces;
  const wholeWord = 'lit' in head && (after === undefined || 'ws' in after) && head.lit.length >= TAIL && letterRunEnd(head.lit, 0, head.lit.length) === head.lit.length;
  return wholeWord ? matchesAtRuns(a, (head as { lit: string }).lit, pieces, digitBound) : matchNear(a.folded, anchor, 2, pieces, digitBound);
}

function matchesAtRuns(a: Article, firstWord: string, pieces: Piece[], digitBound: boolean): { start: number; pre: number; end: number }[] {
  const out: { start: number; pre: number; end: number }[] = [];
  const { starts, ends } = a.runs;
  const len = firstWord.length;
  indexRunTails(a);
  let next = 0; // the end of the last match: matches do not overlap
  for (let r = firstRunWithTail(tailHash(firstWord, len)); r >= 0; r = tailNext[r]) {
    const s = starts[r];
    const runLength = ends[r] - s;
    if (runLength < len || runLength > len + 2 || s < next || !a.folded.startsWith(firstWord, ends[r] - len)) continue;
    const m = matchWithProclitic(a.folded, s, pieces, digitBound);
    if (!m) continue;
    out.push({ start: s, pre: m.pre, end: m.end });
    next = m.end;
  }
  return out;
}

/** How many last letters of a run index it for the name search. */
const TAIL = 3;
const TAIL_BUCKETS = 4096;

/** A bucket for the TAIL letters of s that end at `end`. */
function tailHash(s: string, end: number): number {
  let h = 0;
  for (let i = end - TAIL; i < end; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h & (TAIL_BUCKETS - 1);
}

// The article's letter runs of TAIL letters or more by their last letters: a chained list of run
// indices per bucket, in text order. Memory shared by every article: a bucket's head counts only
// when stamped with the current article's number (no clearing per article).
const tailFirst = new Int32Array(TAIL_BUCKETS);
const tailStamp = new Int32Array(TAIL_BUCKETS);
let tailNext = new Int32Array(1024);
let tailArticle = 0;

function firstRunWithTail(h: number): number {
  return tailStamp[h] === tailArticle ? tailFirst[h] : -1;
}

/** Builds the index for the article, once. */
function indexRunTails(a: Article): void {
  if (a.tailsIndexed) return;
  a.tailsIndexed = true;
  tailArticle = (tailArticle + 1) | 0 || 1;
  const { starts, ends } = a.runs;
  if (tailNext.length < starts.length) tailNext = new Int32Array(2 * starts.length);
  // from the last run back: each run goes in front of its bucket's list
  for (let r = starts.length - 1; r >= 0; r--) {
    if (ends[r] - starts[r] < TAIL) continue;
    const h = tailHash(a.folded, ends[r]);
    tailNext[r] = firstRunWithTail(h);
    tailFirst[h] = r;
    tailStamp[h] = tailArticle;
  }
}

/** Role phrases that name exactly one person ("وزير الخارجية الروسي"). */
function addRoleOccurrences(a: Article): void {
  const byRole = new Map<string, string[]>();
  for (const [id, r] of a.roleOf) {
    const w = wordsOf(r);
    if (w.length < 2 || ROLE_NOT_NAMING_RE.test(w[0])) continue;
    // an indefinite description (مسؤول أمريكي) does not identify anyone
    if (!w.some((x) => DEFINITE_WORD_RE.test(x))) continue;
    const key = w.join(' ');
    byRole.set(key, [...(byRole.get(key) ?? []), id]);
  }
  for (const [role, ids] of byRole) {
    if (new Set(ids).size !== 1 || role.length < 8) continue;
    // anchored on the role's first word, or on its part up to a spelling alternation in it
    const pieces = rolePieces(role);
    for (const m of piecesMatches(a, roleAnchor(pieces), pieces, false)) a.ents.push({ id: ids[0], fs: m.start, fe: m.end, isOrg: false });
  }
}

/** An "organisation" that is a country or city of the gazetteer (بيونغ يانغ as the government). */
function isPlaceName(a: Article, e: Ent): boolean {
  const f = a.folded.slice(e.fs, e.fe).replace(/\s+/g, ' ');
  return PLACE_NAME_SET.has(f) || PLACE_NAME_SET.has(f.replace(CLITIC_INITIAL_RE, ''));
}

function isOrgId(a: Article, id: string): boolean {
  return !a.isPerson.has(id);
}

/** Distinct persons mentioned before `before` (from limitStart on), most recent first. */
function recentPersons(a: Article, before: number, limitStart: number): string[] {
  const { ents, entStarts } = a;
  const out: string[] = [];
  for (let k = sortedIndex(entStarts, before - 1) - 1; k >= 0 && ents[k].fs >= limitStart; k--) {
    const e = ents[k];
    if (e.fe > before || e.isOrg) continue;
    if (!out.includes(e.id)) out.push(e.id);
  }
  return out;
}

/** The most recent mention of each entity before `before` (from limitStart on), most recent first. */
function recentPersonsOrOrgs(a: Article, before: number, limitStart: number): Ent[] {
  const { ents, entStarts } = a;
  const out: Ent[] = [];
  for (let k = sortedIndex(entStarts, before - 1) - 1; k >= 0 && ents[k].fs >= limitStart; k--) {
    const e = ents[k];
    if (e.fe > before) continue;
    if (out.some((o) => o.id === e.id)) continue;
    out.push(e);
  }
  return out;
}

// ---------------------------------------------------------------- time expressions

/** The article's time expressions in folded positions, and the text with them blanked for cues. */
function collectTimes(a: Article, published: string | undefined): void {
  const times: FoldedTime[] = [];
  for (const t of timeExpressionsFolded(a.text, a.folded, a.map, a.runs, published)) {
    times.push({
      text: t.text,
      start: t.start,
      end: t.end,
      date: t.date,
      endDate: t.endDate,
      granularity: t.granularity,
      kind: t.kind,
      weekday: t.weekday,
      bareWeekday: t.bareWeekday,
      fs: inv(a, t.start),
      fe: inv(a, t.end),
    });
  }
  a.times = times;
  a.timeStarts = times.map((x) => x.fs);
  // mask time expressions for cue search
  if (times.length) {
    const { folded, n } = a;
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
    a.cueText = parts.join('');
  }
}

// ---------------------------------------------------------------- one mention per trigger (or more)

/** What the previous trigger left for the next: its subject and comitative partners. */
interface PrevInfo {
  left: string[];
  comitative: string[];
  fe: number;
  ss: number;
}

/** State carried from trigger to trigger. */
interface MentionScan {
  mentions: MentionInfo[];
  prevInfo: PrevInfo | null;
  splitCounter: number;
}

function triggerMentions(a: Article, published: string | undefined): MentionInfo[] {
  const st: MentionScan = { mentions: [], prevInfo: null, splitCounter: 0 };
  for (let ti = 0; ti < a.trig.length; ti++) addTriggerMentions(a, ti, st, published);
  return st.mentions;
}

const DEFINITE_RE = /^ال/u;
const WHITE_RE = /\s/u;
const SUFFIX_PRONOUN_RE =
  /^(?:لقا(?:يه|يها|يهم|ءه|ءها|ءهم)|اجتماع(?:ه|ها|هم|اته|اتها)|زيار(?:ته|تها|تهم)|قم(?:ته|تها)|(?:محادثات|مباحثات|مفاوضات|مشاورات)(?:ه|ها|هم)|مكالم(?:ته|تها))$/u;
/** What makes a definite noun not bare: a nisba or a genitive right after it. */
const NOUN_MODIFIER_RE = /^\s+(?!(?:الذي|التي)(?!\p{L}))(?:ال[\p{L}]+(?:ي|يه)|لل[\p{L}]+|ل[\p{L}]+|[\p{L}]+ي)(?!\p{L})/u;
const PARTICIPATION_VERBS = 'س?[يت]?شارك|شاركت|س?[يت]حضر|حضر|حضرت|ترا?س|ترا?ست|س?[يت]ترا?س';
const PARTICIPATION_VERB_RE = new RegExp(`(?<![\\p{L}])(?:${PARTICIPATION_VERBS})(?:\\s+(?:في|ب))?\\s+$`, 'u');
const PARTICIPATION_VERB_WORDS = wordsTrie(PARTICIPATION_VERBS);
const BY_SUFFIX_RE = /^\s*خلال(?:ه|ها)(?!\p{L})/u;
const PLURAL_RE = /(?:لقاءات|لقاات|اجتماعات|زيارات|قمم|مفاوضات|مشاورات)$/u;
const OBJECT_SUFFIX_RE = /(?:ه|ها|هم|هما)$/u;

/** The mention(s) of trigger ti: participants, status, date, place, span. */
function addTriggerMentions(a: Article, ti: number, st: MentionScan, published: string | undefined): void {
  const { folded, trig } = a;
  const t = trig[ti];
  const prevT = ti > 0 ? trig[ti - 1] : null;
  const nextT = ti + 1 < trig.length ? trig[ti + 1] : null;
  const ss = sentenceStart(a, t.fs);
  const se = sentenceEnd(a, t.fs);
  const word = t.word;
  const kind = t.def.kind;
  const isVerb = t.def.pos === 'verb';
  const stem = word.replace(/^(?:ال)/u, '');
  const definite = DEFINITE_RE.test(word);
  const dualWord = DUAL_PRONOUN_RE.test(word);
  const suffixPronoun = !isVerb && !WHITE_RE.test(stem) && SUFFIX_PRONOUN_RE.test(stem);
  // a bare definite noun (اللقاء، الاجتماع المتوقع): refers back unless a nisba or genitive follows
  const bareDefinite = !isVerb && DEFINITE_RE.test(word) && !NOUN_MODIFIER_RE.test(folded.slice(t.fe, t.fe + 30));
  const participationFrom = tailStart(folded, Math.max(0, t.ps - 25), t.ps, 2);
  const participationVerb = mayHaveWord(a, participationFrom, t.ps, PARTICIPATION_VERB_WORDS, '') && PARTICIPATION_VERB_RE.test(folded.slice(participationFrom, t.ps));

  // ---------------- participants
  const right = rightChain(a, t, nextT, se, isVerb, kind);
  const { chain, connector, rightBarrier } = right;
  const dualIds = chain.length < 2 ? dualReferences(a, t, ss, rightBarrier, dualWord) : [];
  const demonstrative = DEMONSTRATIVE_BEFORE_RE.test(folded.slice(Math.max(0, t.ps - 8), t.ps));
  const left = leftSubject(a, t, st.prevInfo, ss, right, dualIds, {
    isVerb,
    dualWord,
    suffixPronoun,
    participationVerb,
    bareOrDemonstrative: bareDefinite || demonstrative,
  });

  let groups: string[][];
  const chainIds = chain.map((c) => c.id);
  st.prevInfo = { left: [...left], comitative: connector === 'with' || connector === 'between' ? [...chainIds] : [], fe: t.fe, ss };
  if (dualIds.length) groups = [[...new Set([...left.filter(() => connector === 'with'), ...dualIds, ...chainIds])]];
  else if (connector === 'with' && left.length === 1 && chainIds.filter((id) => id !== left[0]).length >= 2 && !isOrgId(a, left[0]))
    groups = chainIds.filter((id) => id !== left[0]).map((id) => [left[0], id]);
  else groups = [[...new Set([...left, ...chainIds])]];

  const anaphoric = groups.every((g) => g.length === 0);

  // ---------------- status
  const { status, strength } = statusOf(a, t, prevT, nextT, ss, se, chain.length ? chain[chain.length - 1].fe : t.fe);

  // ---------------- date
  const dateInfo = dateOf(a, t, prevT, nextT, ss, se);
  let date = dateInfo?.date ?? null;
  let endDate = dateInfo?.endDate ?? null;
  if (dateInfo && dateInfo.bareWeekday && dateInfo.weekday !== null && (status === 'planned' || status === 'proposed') && date && published && date < published) {
    date = resolveWeekday(published, dateInfo.weekday, 'future');
    endDate = null;
  }
  // "زيارة … يلتقي خلالها": the event inside inherits a one-day date of the one it is part of
  if (!date && BY_SUFFIX_RE.test(folded.slice(t.fe, t.fe + 12))) {
    const pm = st.mentions[st.mentions.length - 1];
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
  let monthDate: { date: string; endDate: string } | null = null;
  if (dateInfo && dateInfo.granularity !== 'day') {
    if (dateInfo.granularity === 'month' && dateInfo.date && dateInfo.endDate) monthDate = { date: dateInfo.date, endDate: dateInfo.endDate };
    date = null;
    endDate = null;
  }

  // ---------------- place
  const place = placeOf(a, t, prevT, nextT, ss, se, chain);

  const key = eventKey(folded, t, kind);
  const mkind: MeetingKind = key && (kind === 'meeting' || kind === 'summit') && SUMMIT_KEY_RE.test(key) ? 'summit' : kind;

  // ---------------- mention span
  const ms = mentionStart(a, t, ss);
  let me = Math.max(t.fe, chain.length ? chain[chain.length - 1].fe : t.fe);
  if (dateInfo && dateInfo.fs >= t.fe && dateInfo.fe - t.fe < 70 && dateInfo.fe <= rightBarrier) me = Math.max(me, dateInfo.fe);
  if (place && place.fs >= t.fe && place.fe - t.fe < 70) me = Math.max(me, place.fe);
  if (!isVerb && definite && !bareDefinite && chain.length === 0) {
    // الاجتماع الوزاري لمجلس منطقة القطب الشمالي: the noun phrase's own modifiers
    const mod = NOUN_PHRASE_MODIFIERS_RE.exec(folded.slice(t.fe, Math.min(se, t.fe + 60)));
    if (mod) me = Math.max(me, t.fe + mod[0].length);
  }
  let msTrim = ms;
  while (me > msTrim && /\s/.test(folded[me - 1])) me--;
  while (msTrim < me && /\s/.test(folded[msTrim])) msTrim++;

  const plural = !isVerb && PLURAL_RE.test(stem.replace(OBJECT_SUFFIX_RE, ''));
  if (plural && chain.length === 0 && dualIds.length === 0 && !date) groups = [[]];
  const splitId = groups.length > 1 ? ++st.splitCounter : 0;
  for (const g of groups) {
    st.mentions.push({
      kind: mkind,
      participants: g,
      anaphoric: anaphoric && (definite || demonstrative || suffixPronoun),
      status: finalStatus,
      strength: anaphoric ? 0 : finalStrength,
      ownStrength: finalStrength,
      date,
      endDate,
      monthDate,
      place: place ? place.text : null,
      key,
      fs: msTrim,
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
        firstBarrier(a, prevT.fe, t.fs) === t.fs,
    });
  }
}

const DEMONSTRATIVE_BEFORE_RE = /(?<![\p{L}])(?:هذا|هذه|ذلك|تلك|هذين)\s*$/u;
const NOUN_PHRASE_MODIFIERS_RE = /^(?:\s+(?!(?:في|مع|بين|الي|علي|من|عن|حول|الذي|التي|حيث|ان|قد|لم|لن|هو|هي)(?!\p{L}))[\p{L}]+){1,5}/u;

// ---------------- participants: right chain

interface RightChain {
  /** Where the trigger's clause ends on the right (a relative clause of participation included). */
  rightBarrier: number;
  chain: Ent[];
  connector: 'with' | 'between' | 'direct' | null;
}

const REL_PARTICIPATION_RE =
  /^(?:الذي|التي)\s+(?:[\p{L}]+\s+)?(?:شارك|شاركت|يشارك|تشارك|سيشارك|ستشارك|حضر|حضره|حضرها|يحضر|سيحضر|جمع|جمعت|يجمع|تجمع|سيجمع|ستجمع|ضم|ضمت|تضم|ستضم)(?:\s+(?:فيه|فيها))?(?!\p{L})/u;
const LOCATIVE_PREP_BEFORE_RE = /(?<![\p{L}])(?:في|داخل|الي|من)\s+$/u;
const BETWEEN_RE = /(?<![\p{L}])(?:بين|بينه|بينها)(?!\p{L})/u;
const WITH_RE = /(?<![\p{L}])(?:مع|من|برفقه|رفقه|الي جانب)(?!\p{L})/u;
const BA_WORD_END_RE = /(?:^|\s)ب\p{L}*$/u;
const BA_WORD_START_RE = /^\s*ب\p{L}{2,}/u;
const BA_NOT_WITH_RE = /^\s*(?:بعد|بشان|بسبب|بهدف|بغيه|بخصوص)(?!\p{L})/u;
const APPOSITION_RE = /^\s*[وب]?(?:ال)?(?:نظير|وزير|رييس|زعيم|ملك|امير|مندوب|سفير|متحدث|قايد|مبعوث|امين|المبعوث|الامين)[\p{L}\s]*[،,]\s*$/u;
const QUOTE_OR_COLON_RE = /["”“:«»]/u;
const COMMA_RE = /[،,]/u;
const WAW_LED_RE = /^\s*و/u;
const COMMA_LED_RE = /^\s*[،,]/u;
const CONJUNCTION_LED_RE = /^\s*(?:و|،|,|مع(?!\p{L})|ب)/u;

/** The participants named to the right of the trigger, and how they hang on it. */
function rightChain(a: Article, t: Trigger, nextT: Trigger | null, se: number, isVerb: boolean, kind: MeetingKind): RightChain {
  const { folded, ents, entStarts } = a;
  const rightLimit = Math.min(se, t.fe + 110, nextT ? nextT.fs : a.n);
  let rightBarrier = firstBarrier(a, t.fe, rightLimit);
  let relClause = false;
  {
    // "القمة … التي شارك فيها X و Y", "الاجتماع الذي حضره X": participants in the relative clause
    const rel = REL_PARTICIPATION_RE.exec(folded.slice(rightBarrier, rightBarrier + 40));
    if (rel && rightBarrier - t.fe <= 40) {
      rightBarrier = firstBarrier(a, rightBarrier + rel[0].length, rightLimit);
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
    const lead = folded.slice(tailStart(folded, Math.max(0, e.fs - 16), e.fs, 1), e.fs);
    // "في المكتب البيضوي": a place, not a participant; "وزير الخارجية …": an organisation
    // named inside someone's title is not a participant either
    if ((LOCATIVE_PREP_BEFORE_RE.test(lead) && e.isOrg) || (kind === 'visit' && e.isOrg && isPlaceName(a, e))) {
      if (chain.length === 0) continue;
      break;
    }
    if (chain.length === 0) {
      if (BETWEEN_RE.test(gap)) connector = 'between';
      else if (WITH_RE.test(gap) || BA_WORD_END_RE.test(gap) || (BA_WORD_START_RE.test(gap) && !BA_NOT_WITH_RE.test(gap))) connector = 'with';
      else {
        // a genitive or direct object sits close; a quote, colon or a comma-led clause ends it
        const apposition = APPOSITION_RE.test(gap);
        if (gap.length > (isVerb || relClause ? 45 : 22) || QUOTE_OR_COLON_RE.test(gap) || (COMMA_RE.test(gap) && !WAW_LED_RE.test(gap) && !apposition)) break;
        connector = 'direct';
      }
    } else {
      const sameAsLast = e.id === chain[chain.length - 1].id && gap.trim() === '';
      // the conjunction may be inside the mention when a role phrase carries it (والزعيم …)
      // a verb's object may follow the subject after commas: استقبل X، أمس، بالقصر، Y
      if (!sameAsLast && (gap.length > (isVerb && COMMA_LED_RE.test(gap) ? 75 : 30) || !CONJUNCTION_LED_RE.test(gap + folded.slice(e.fs, e.fs + 1)))) break;
    }
    if (!chain.some((c) => c.id === e.id)) chain.push(e);
    cursor = e.fe;
  }
  return { rightBarrier, chain, connector };
}

/** Dual references to the right ("بين الرئيسين الروسي والأمريكي") or a dual pronoun (قمتهما، التقيا). */
function dualReferences(a: Article, t: Trigger, ss: number, rightBarrier: number, dualWord: boolean): string[] {
  const folded = a.folded;
  const rightText = folded.slice(t.fe, Math.min(rightBarrier, t.fe + 60));
  let dualIds: string[] = [];
  // a match at most 25 chars in has its title (and ending) at most 27 chars in
  const stem = TITLE_STEM_RE.exec(rightText);
  // and does not start more than 2 chars before the first title stem
  DUAL_RE.lastIndex = stem ? Math.max(0, stem.index - 2) : 0;
  const dm = stem && stem.index <= 27 ? DUAL_RE.exec(rightText) : null;
  if (dm && dm.index <= 25) dualIds = resolveDual(a, dm, t.fs);
  // dual pronoun on the trigger or right after it (قمتهما، جرت بينهما، التقيا)
  if (dualIds.length === 0 && (dualWord || (mayHaveWord(a, t.fe, t.fe + 20, DUAL_PRONOUN_WORDS, '') && DUAL_PRONOUN_RE.test(folded.slice(t.fe, t.fe + 20))))) {
    const ps = sentenceStart(a, Math.max(0, ss - 1));
    dualIds = recentPersons(a, t.fs, ps).slice(0, 2);
  }
  return dualIds;
}

function resolveDual(a: Article, dm: RegExpExecArray, before: number): string[] {
  const roleOf = a.roleOf;
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
        const recent = recentPersons(a, before, 0);
        const pick = recent.find((id) => cands.includes(id)) ?? cands[0];
        if (!ids.includes(pick)) ids.push(pick);
      }
    }
    if (ids.length === 2) return ids;
  }
  const recent = recentPersons(a, before, 0).filter(hasTitle);
  if (recent.length >= 2) return recent.slice(0, 2);
  const withTitle = [...roleOf.keys()].filter(hasTitle);
  if (withTitle.length === 2) return withTitle;
  return [];
}

// ---------------- participants: left subject

/** Facts about the trigger word that decide whether it takes the clause's subject. */
interface LeftFacts {
  isVerb: boolean;
  dualWord: boolean;
  suffixPronoun: boolean;
  participationVerb: boolean;
  /** A bare definite noun or one after a demonstrative: refers back instead. */
  bareOrDemonstrative: boolean;
}

const HAYTHU_BEFORE_RE = /(?<![\p{L}])حيث\s+$/u;
const BA_LAM_RE = /[بل]/u;
const DUAL_ENDING_RE = /(?:ان|ا)$/u;
const WAW_WORD_RE = /(?:^|\s)و/u;

/** The participant(s) to the left: the clause's subject, when the trigger takes one. */
function leftSubject(a: Article, t: Trigger, prevInfo: PrevInfo | null, ss: number, right: RightChain, dualIds: string[], f: LeftFacts): string[] {
  const { folded, ents, entStarts } = a;
  const { chain, connector } = right;
  const left: string[] = [];
  const nothingRight = chain.length === 0 && dualIds.length === 0;
  const svo = f.isVerb && connector === 'direct' && chain.length === 1;
  // a noun takes the clause subject only when a light verb or a temporal/locative word governs
  // it (أجرى … اتصالا، عقد اجتماعات، في زيارة، خلال اجتماعه), not as a genitive (سير المفاوضات)
  const govFrom = Math.max(ss, t.ps - 70);
  const entRightBefore = (() => {
    const k = sortedIndex(entStarts, t.fs - 1) - 1;
    for (let j = k; j >= 0 && j > k - 4; j--) if (ents[j].fe <= t.fs && t.fs - ents[j].fe <= 2) return true;
    return false;
  })();
  const governed =
    f.isVerb ||
    hasGovVerb(a, tailStart(folded, govFrom, t.ps, 7), t.ps) ||
    hasGovPrep(a, tailStart(folded, govFrom, t.ps, 2), t.ps) ||
    entRightBefore ||
    (t.ps < t.fs && BA_LAM_RE.test(folded[t.fs - 1]));
  const needLeft =
    (nothingRight && governed && !(f.bareOrDemonstrative && !f.participationVerb)) ||
    (connector === 'with' && dualIds.length === 0 && governed) ||
    f.suffixPronoun ||
    f.participationVerb ||
    svo;
  if (!needLeft) return left;
  // a possessive suffix (اجتماعه، زيارته) points at the sentence's subject, however far back
  let lp = recentPersonsOrOrgs(a, t.fs, Math.max(ss, t.fs - (f.suffixPronoun ? 450 : 130))).filter((e) => !(e.isOrg && isPlaceName(a, e)));
  // the subject of a meeting verb or noun is a person when one is at hand; a body otherwise
  if (lp.some((e) => !e.isOrg)) lp = [...lp.filter((e) => !e.isOrg), ...lp.filter((e) => e.isOrg)];
  if (svo) {
    // no barrier between e and the trigger ⇔ the last barrier starting before the trigger starts
    // before e ends (found once here, not once per candidate)
    const kb = sortedIndex(a.barrierStarts, t.fs - 1);
    const lastBarrierStart = kb > 0 ? a.barrierStarts[kb - 1] : -1;
    // "… حيث التقى X": the subject of the clause that حيث hangs on (the same test for every candidate)
    let haythuBefore = -1;
    const near = (e: Ent): boolean => {
      if (chain.some((c) => c.id === e.id)) return false;
      if (t.fs - e.fe <= 40 && lastBarrierStart < e.fe) return true;
      if (t.fs - e.fe > 90) return false;
      if (haythuBefore < 0) haythuBefore = HAYTHU_BEFORE_RE.test(folded.slice(Math.max(0, t.ps - 8), t.ps)) ? 1 : 0;
      return haythuBefore === 1;
    };
    lp = lp.filter(near);
  }
  const want = f.dualWord || (DUAL_ENDING_RE.test(t.word) && f.isVerb) ? 2 : 1;
  if (lp.length && prevInfo && prevInfo.left.length && prevInfo.comitative.includes(lp[0].id) && t.fs - prevInfo.fe < 200 && prevInfo.ss === ss) {
    // "X … اجتماع مع Y … زيارة": the subject carries over, not the partner Y
    left.push(prevInfo.left[0]);
  } else if (lp.length) {
    left.push(lp[0].id);
    if (want === 2 && lp.length > 1) {
      // "X و Y سيبحثان": the one before, joined by و
      const gap = folded.slice(lp[1].fe, lp[0].fs);
      if (gap.length < 20 && WAW_WORD_RE.test(gap)) left.push(lp[1].id);
    }
  }
  return left;
}

// ---------------- event key and mention start

const GENITIVE_KEY_RE = /^\s+((?:مجموعه|قاده|زعماء|رؤساء|روساء|مجلس|منظمه|الجامعه|الاتحاد|حلف)\s+(?:ال)?[\p{L}]+)/u;
const SUMMIT_NAME_RE =
  /^\s+((?:ال)?(?:عشرين|سبع|ثماني|عربيه|خليجيه|اسلاميه|افريقيه|اوروبيه|اطلسي|ناتو|بريكس|شنغهاي|فرنكوفونيه|اسيان|ابيك|المناخ|العشرين|السبع|الثماني))(?!\p{L})/u;
const SUMMIT_KEY_RE = /^(?:مجموعه|قاده|زعماء|رؤساء|روساء|(?:ال)?(?:عشرين|سبع|ثماني|عربيه|خليجيه))/u;

/** Genitive key for named multilateral events: "قمة مجموعة العشرين", "اجتماع مجموعة العشرين". */
function eventKey(folded: string, t: Trigger, kind: MeetingKind): string | null {
  const km = GENITIVE_KEY_RE.exec(folded.slice(t.fe, t.fe + 40)) ?? (kind === 'summit' ? SUMMIT_NAME_RE.exec(folded.slice(t.fe, t.fe + 40)) : null);
  return km ? km[1].replace(/\s+/g, ' ') : null;
}

const GOV_DEMONSTRATIVE_RE = /(?<![\p{L}])(?:اي|هذا|هذه|ذلك|تلك)\s+$/u;
const GOV_LIGHT_VERBS = 'اجري|اجرت|يجري|سيجري|تجري|ستجري|عقد|عقدت|يعقد|سيعقد|تعقد|ستعقد|بدا|بدات|يقوم|قام|قامت|تقوم';
const GOV_LIGHT_VERB_RE = new RegExp(`(?<![\\p{L}])(?:[وف])?(?:${GOV_LIGHT_VERBS})(?:\\s+(?!\\s)[^\\s]+){0,3}?\\s+$`, 'u');
const GOV_LIGHT_VERB_WORDS = wordsTrie(GOV_LIGHT_VERBS);
const PUNCT_RE = /[،,.]/u;
const BA_LAM_START_RE = /^[بل]/u;

/** Where the mention starts: at a governing demonstrative or light verb, or the proclitic ب/ل. */
function mentionStart(a: Article, t: Trigger, ss: number): number {
  const folded = a.folded;
  let ms = t.fs;
  const from = Math.max(ss, t.ps - 30);
  // a demonstrative is one run; a light verb and up to three words, four (see tailStart)
  const demFrom = tailStart(folded, from, t.ps, 1);
  const verbFrom = tailStart(folded, from, t.ps, 4);
  const dem = GOV_DEMONSTRATIVE_RE.exec(folded.slice(demFrom, t.ps));
  const gov = dem ?? (mayHaveWord(a, verbFrom, t.ps, GOV_LIGHT_VERB_WORDS, 'وف') ? GOV_LIGHT_VERB_RE.exec(folded.slice(verbFrom, t.ps)) : null);
  if (gov && !PUNCT_RE.test(gov[0])) ms = (dem ? demFrom : verbFrom) + gov.index;
  else if (t.ps < t.fs && BA_LAM_START_RE.test(folded[t.ps])) ms = t.ps; // بزيارة، لقاء
  return ms;
}

// ---------------- status

/** The status evidence found so far: the nearest cue, the longer phrase at equal distance, then the rank. */
interface CueBest {
  status: MeetingStatus;
  dist: number;
  len: number;
}

function betterCue(best: CueBest | null, status: MeetingStatus, dist: number, len: number): CueBest | null {
  if (!best || dist < best.dist || (dist === best.dist && (len > best.len || (len === best.len && RANK[status] > RANK[best.status])))) return { status, dist, len };
  return best;
}

const OWN_RELATIVE_RE = /^\s*(?:[\p{L}]+\s+){0,5}?(?:الذي|التي)\s+(?:قد\s+)?(?<v>[\p{L}]+)/u;
const HELD_RELATIVE_VERB_RE = /^(?:انعقد|انعقدت|عقد|عقدت|جرت|جري|اقيم|اقيمت|تمت|تم|بدات|بدا|اختتمت|اختتم)$/u;
const PLANNED_RELATIVE_VERB_RE = /^(?:س[يت]\p{L}+|تجري|يجري|تعقد|يعقد|تنعقد|ينعقد|تقام|يقام|تبدا|يبدا)$/u;
const ANY_BEFORE_RE = /(?<![\p{L}])اي\s+$/u;
const AQD_RE = /^عقد/u;
const PREP_BEFORE_RE = /(?:الي|علي|من|في|حول)\s+$/u;
const BEFORE_CUE_RE = /^(?:[وف])?(?:قبيل|قبل|عشيه)/u;
const FUTURE_PREFIX_RE = /^س[يتن]/u;
const HELD_VERB_RE = /^(?:التق|استقبل|اجتمع|زار|اتصل|بحث|تباحث)/u;
const IMPERFECT_RE = /^[يتن]/u;
const WAW_FA_START_RE = /^[وف]/u;

function statusOf(
  a: Article,
  t: Trigger,
  prevT: Trigger | null,
  nextT: Trigger | null,
  ss: number,
  se: number,
  chainEnd: number,
): { status: MeetingStatus; strength: 0 | 1 | 2 } {
  const { folded, cueText, n } = a;
  const w = t.word.replace(WAW_FA_START_RE, '');
  // left window: up to 55 chars, not before the previous trigger or the sentence start
  const ls = Math.max(ss, t.fs - 55, prevT ? prevT.fe : 0);
  const rs = t.fe;
  const reach = Math.max(t.fe + 60, chainEnd + 45);
  const relEnd = firstBarrier(a, Math.max(rs, chainEnd), Math.min(se, reach, nextT ? nextT.fs : n), 25);
  const re = Math.min(se, reach, nextT ? nextT.fs : n, relEnd);
  let best: CueBest | null = null;
  // the event's own relative clause: "التي انعقدت" (held), "التي تجري/ستعقد" (planned)
  {
    const after = folded.slice(t.fe, Math.min(se, t.fe + 40));
    // a match contains الذي or التي: without either the (backtracking) pattern is not run
    const rel = after.includes('الذي') || after.includes('التي') ? OWN_RELATIVE_RE.exec(after) : null;
    const v = rel?.groups?.v ?? '';
    if (HELD_RELATIVE_VERB_RE.test(v)) return { status: 'held', strength: 2 };
    if (PLANNED_RELATIVE_VERB_RE.test(v)) return { status: 'planned', strength: 2 };
  }
  // "أي لقاء" : any meeting → speculated
  if (ANY_BEFORE_RE.test(folded.slice(Math.max(0, t.ps - 4), t.ps))) best = betterCue(best, 'speculated', 0, 0);
  const lwin = cueText.slice(ls, t.fs);
  const rwin = cueText.slice(rs, re);
  const lcues = cueMatches(a, lwin, ls);
  const rcues = cueMatches(a, rwin, rs);
  for (let k = 0; k < CUES.length; k++) {
    const status = CUES[k].status;
    for (const { k: ck, m } of lcues) {
      if (ck !== k) continue;
      // عقد after a preposition is the verbal noun (إلى عقد لقاء), not the past tense
      if (status === 'held' && AQD_RE.test(m[0]) && PREP_BEFORE_RE.test(lwin.slice(Math.max(0, m.index - 6), m.index))) continue;
      best = betterCue(best, status, lwin.length - (m.index + m[0].length) + 1, m[0].length);
    }
    for (const { k: ck, m } of rcues) {
      if (ck !== k) continue;
      // "قبيل X", "قبل ساعات من X" date the following event, not this one
      if (BEFORE_CUE_RE.test(m[0])) continue;
      best = betterCue(best, status, plainChars(a, rs, rs + m.index) + 1, m[0].length);
    }
  }
  const b = best;
  if (t.def.pos === 'verb') {
    // the verb's own tense is the strongest evidence, unless a speculation or proposal governs it
    const governing = b && (b.status === 'speculated' || b.status === 'proposed') && b.dist <= 40;
    if (governing) return { status: b.status, strength: 2 };
    if (FUTURE_PREFIX_RE.test(w)) return { status: 'planned', strength: 2 };
    if (HELD_VERB_RE.test(w)) return { status: 'held', strength: 2 };
  }
  if (b) return { status: b.status, strength: 2 };
  if (t.def.pos === 'verb') {
    if (FUTURE_PREFIX_RE.test(w)) return { status: 'planned', strength: 2 };
    if (IMPERFECT_RE.test(w)) return { status: 'planned', strength: 1 };
    return { status: 'held', strength: 2 };
  }
  return { status: 'held', strength: 0 };
}

// ---------------- date

/** The nearest time expression of the trigger's clause: right of it, or (weighted 1.5×) left of it. */
function dateOf(a: Article, t: Trigger, prevT: Trigger | null, nextT: Trigger | null, ss: number, se: number): FoldedTime | null {
  const { times, timeStarts, n } = a;
  // right: up to the barrier (a relative clause right after the noun still counts), ≤ 90 chars
  const rEnd = Math.min(se, t.fe + 90, nextT ? nextT.fs : n, firstBarrier(a, t.fe, Math.min(se, t.fe + 90), 25));
  let best: FoldedTime | null = null;
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
  const lStart = lastBarrierEnd(a, Math.max(ss, t.fs - 120, prevT ? prevT.fe : 0), t.fs);
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
  return best;
}

// ---------------- place

interface PlaceHit {
  text: string;
  fs: number;
  fe: number;
}

const HAYTHU_RE = /(?<![\p{L}])حيث(?!\p{L})/u;
const HAYTHU_ONLY_RE = /^حيث$/u;
const LETTER_RE = /\p{L}/u;
const NISBA_BETWEEN_RE = /\sال\p{L}+(?:ي|يه)\s/u;

function placeOf(a: Article, t: Trigger, prevT: Trigger | null, nextT: Trigger | null, ss: number, se: number, chain: Ent[]): PlaceHit | null {
  const { folded, n } = a;
  const rEnd = Math.min(se, t.fe + 100, nextT ? nextT.fs : n, Math.max(firstBarrier(a, t.fe, n, 25), chain.length ? chain[chain.length - 1].fe + 40 : 0));
  const right = placesIn(a, t, t.fe, rEnd);
  let pick: PlaceHit | undefined = right[0];
  if (!pick) {
    const ls = lastBarrierEnd(a, Math.max(ss, t.fs - 90, prevT ? prevT.fe : 0), t.fs, HAYTHU_ONLY_RE);
    const l = placesIn(a, t, ls, t.fs);
    pick = l[l.length - 1];
  }
  if (!pick) return null;
  let fs = pick.fs;
  let fe = pick.fe;
  {
    // "العاصمة الكورية الشمالية بيونغ يانغ": the named place inside a head phrase
    const inner = PLACE_NAME_RE.exec(folded.slice(fs, Math.min(n, fe + 20)));
    const between = inner ? folded.slice(fs, fs + inner.index) : '';
    if (inner && inner.index > 0 && PLACE_HEAD_START_RE.test(between) && NISBA_BETWEEN_RE.test(between)) {
      fe = fs + inner.index + inner[0].length;
      fs = fs + inner.index;
    }
  }
  const s = toSpan(a, fs, fe);
  return { text: s.text, fs, fe };
}

/** Whether a person's mention overlaps [fs, fe). */
function inPersonMention(a: Article, fs: number, fe: number): boolean {
  for (let i = fs; i < fe; i++) if (a.entMask[i] & 2) return true;
  return false;
}

/** The places in [from, to) that can be the trigger's, in order. */
function placesIn(a: Article, t: Trigger, from: number, to: number): PlaceHit[] {
  const { folded, n } = a;
  const res: PlaceHit[] = [];
  if (to <= from) return res;
  for (const m of placeMatches(a, from, to)) {
    const prep = m.groups?.prep;
    const placeStr = m.groups?.place ?? '';
    const off = m[0].lastIndexOf(placeStr);
    const fs = from + m.index + off;
    const fe = fs + placeStr.length;
    if (inPersonMention(a, fs, fe)) continue;
    if (fe < n && LETTER_RE.test(folded[fe])) continue; // cut by the window
    const where = fs < t.fs ? 'left' : 'right';
    if (where === 'left' && HAYTHU_RE.test(folded.slice(fe, t.fs))) {
      res.push({ text: '', fs, fe });
      continue;
    }
    // without a preposition only a visit's direct object counts (يزور موسكو)
    if (!prep && !(t.def.kind === 'visit' && fs - t.fe < 25)) continue;
    if (where === 'left' && prep !== 'في' && !(t.def.kind === 'visit' && (prep === 'الي' || prep === 'ل'))) continue;
    if ((prep === 'من' || prep === 'الي' || prep === 'ل') && t.def.kind !== 'visit') continue;
    res.push({ text: '', fs, fe });
  }
  return res;
}

// ---------------------------------------------------------------- relations between neighbouring triggers

const SIDELINES_BEFORE_RE = /(?<![\p{L}])(?:علي\s+)?هامش\s*$/u;

/** "على هامش <summit>" and "<event> … حيث سيلتقي X و Y": the event gets the meeting's participants. */
function linkNeighbours(a: Article, mentions: MentionInfo[]): void {
  const folded = a.folded;
  const union = (x: string[], y: string[]): string[] => [...new Set([...x, ...y])];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.kind !== 'summit' && m.participants.length) continue;
    const before = folded.slice(Math.max(0, m.fs - 20), m.fs);
    const prev = mentions[i - 1];
    if (SIDELINES_BEFORE_RE.test(before) && prev && prev.participants.length && m.fs - prev.fe < 60) {
      m.participants = union(m.participants, prev.participants.filter((id) => !isOrgId(a, id)));
      m.anaphoric = false;
      // a summit on whose sidelines a meeting is still to come has not taken place yet
      if (m.strength === 0 && prev.status !== 'held') {
        m.status = 'planned';
        m.strength = 1;
      }
      continue;
    }
    const next = mentions[i + 1];
    if (next && next.participants.length && next.fs - m.fe < 50 && HAYTHU_RE.test(folded.slice(m.fe, next.fs))) {
      m.participants = union(m.participants, next.participants.filter((id) => !isOrgId(a, id)));
      m.anaphoric = false;
    }
  }
}

// ---------------------------------------------------------------- merge

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

const better = (m: MentionInfo, b: MentionInfo): boolean => m.strength > b.strength || (m.strength === b.strength && RANK[m.status] > RANK[b.status]);

function datesCompatible(e: Event, m: MentionInfo): boolean {
  if (!m.date) return true;
  for (const r of e.ranges) {
    const [a1, a2] = r.split('|');
    const b1 = m.date;
    const b2 = m.endDate ?? m.date;
    if (b1 > a2 || a1 > b2) return false;
  }
  return true;
}

const sameSet = (a: string[], b: string[]): boolean => a.length === b.length && a.every((x) => b.includes(x));
const subset = (a: string[], b: string[]): boolean => a.every((x) => b.includes(x));

function evStatus(e: Event): MeetingStatus {
  return e.best.status;
}

function lastEnd(e: Event): number {
  return e.mentions[e.mentions.length - 1].fe;
}

const MERGE_LOOKBACK = 40;

/** Mentions of the same event merged into one. */
function mergeMentions(mentions: MentionInfo[]): Event[] {
  const events: Event[] = [];
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

  return events;
}

// ---------------------------------------------------------------- output

/** One reported meeting per event with participants. */
function meetingsOf(a: Article, events: Event[]): AttributedMeeting[] {
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
    // a date known only to its month, when no mention gives the day
    const month = dated ? null : e.mentions.find((m) => m.monthDate)?.monthDate ?? null;
    const placed = e.mentions.find((m) => m.place);
    const spans: Span[] = [];
    const seen = new Set<string>();
    for (const m of e.mentions) {
      const s = toSpan(a, m.fs, m.fe);
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
      date: dated?.date ?? month?.date ?? null,
      endDate: dated?.endDate ?? month?.endDate ?? null,
      datePrecision: dated ? 'day' : month ? 'month' : null,
      status: best?.status ?? 'held',
      mentions: spans,
    });
  }
  return out;
}
