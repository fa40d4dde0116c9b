// Arabic time expressions → ISO dates, resolved against the publication date. Pure, no I/O.
//
// Decisions (documented, tested in test/attribution/dates.test.ts):
// - A bare weekday (السبت) is the most recent such day on or before publication (news reports the
//   past); `resolveWeekday(…, 'future')` gives the next one on or after it, for planned events.
//   With المقبل/القادم it is the next one strictly after, with الماضي the last one strictly before.
// - اليوم/أمس/غدا + weekday: the relative word anchors; when the weekday disagrees (a publication
//   date off by one), the weekday closest to the anchor (within 3 days) wins.
// - Day + month without a year: the year that puts the date closest to publication (±6 months);
//   with الجاري/الحالي the publication year; with المقبل/الماضي the next/previous occurrence.
// - Month only (تموز المقبل, الشهر الجاري): granularity 'month', date..endDate = first..last day.
//   Year only (العام المقبل, عام 2014): granularity 'year', 1 Jan..31 Dec.
// - Weeks (الأسبوع المقبل, هذا الأسبوع, الأسبوع الماضي): granularity 'week', Monday..Sunday (ISO).
// - An impossible date (30 شباط) resolves to null, never to a guess. Without a publication date,
//   anything that needs an anchor (relative days, weekdays, years left implicit) is null.
import { foldWithMap, fold } from './normalize.js';
import type { Span } from './types.js';
import { boundedMemo } from './memo.js';
import { CLS_L, CLS_N, clsBefore, letterRuns, WordTrie, type LetterRuns } from './letter-runs.js';
import {
  MONTH_NAMES,
  AMBIGUOUS_MONTHS,
  WEEKDAY_NAMES,
  NEXT_WORDS,
  PREVIOUS_WORDS,
  CURRENT_WORDS,
} from './lexicon/months.js';

export type Granularity = 'day' | 'week' | 'month' | 'year';
export type TimeKind = 'relative_day' | 'weekday' | 'day_month' | 'range' | 'month' | 'week' | 'year' | 'numeric';

export interface TimeExpression extends Span {
  date: string | null;
  endDate: string | null;
  granularity: Granularity;
  kind: TimeKind;
  /** The weekday named in the expression (0 = Sunday), or null. */
  weekday: number | null;
  /** True when the date rests only on a bare weekday resolved backwards (no qualifier). */
  bareWeekday: boolean;
}

export interface ResolvedDate {
  date: string | null;
  endDate: string | null;
  granularity: Granularity;
}

// ---------------------------------------------------------------- lexicon, folded

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const alt = (words: string[]): string =>
  [...new Set(words.map((w) => fold(w)))]
    .sort((a, b) => b.length - a.length)
    .map((w) => esc(w).replace(/ /g, '\\s+'))
    .join('|');

const MONTH_BY_FOLD = new Map<string, number>();
for (const [n, names] of Object.entries(MONTH_NAMES)) for (const name of names) MONTH_BY_FOLD.set(fold(name), Number(n));
const AMBIGUOUS = new Set(AMBIGUOUS_MONTHS.map((m) => fold(m)));
const STRONGLY_AMBIGUOUS = new Set([fold('آب')]);
const WEEKDAY_BY_FOLD = new Map<string, number>();
for (const [n, names] of Object.entries(WEEKDAY_NAMES)) for (const name of names) WEEKDAY_BY_FOLD.set(fold(name), Number(n));
const NEXT = new Set(NEXT_WORDS.map((w) => fold(w)));
const PREV = new Set(PREVIOUS_WORDS.map((w) => fold(w)));

const MON = alt([...MONTH_BY_FOLD.keys()]);
const WD = alt([...WEEKDAY_BY_FOLD.keys()]);
const QUAL = alt([...NEXT_WORDS, ...PREVIOUS_WORDS, ...CURRENT_WORDS]);
const Q = '[\\s"“”″\'«»]{0,6}';
/** Word start: nothing letter-like before, or a one-letter proclitic (و ف ب) that is itself at a word start. */
const B = '(?:(?<![\\p{L}\\p{N}])|(?<=(?<![\\p{L}\\p{N}])[وفب]))';
const NL = '(?!\\p{L})';

const MONTHSPEC =
  `(?<m1>${MON})${NL}(?:\\s*[/\\-–(]\\s*(?<m2>${MON})${NL}\\s*\\)?|\\s+(?<m3>${MON})${NL})?` +
  `(?:\\s*(?:من\\s+)?(?:(?:عام|سنه|العام)\\s*)?(?<y>(?:19|20)\\d\\d)(?!\\d))?` +
  `(?:\\s+(?<q>${QUAL})${NL})?` +
  `(?:\\s+(?:من\\s+)?(?:العام|السنه)\\s+(?<yq>${QUAL})${NL})?`;
const MONTHREL = `(?:من\\s+)?(?:هذا\\s+الشهر|الشهر\\s+(?<mq>${QUAL})${NL})`;
const DAY = (g: string): string => `(?:ال\\s*)?${Q}(?<!\\d)(?<${g}>\\d{1,2})(?!\\d)${Q}`;

/** Bounded white space keeps every pattern free of quadratic backtracking on long blank runs. */
function bounded(re: RegExp): RegExp {
  return new RegExp(re.source.replace(/\\s\*/g, '\\s{0,4}').replace(/\\s\+/g, '\\s{1,4}'), re.flags);
}

/** How a match of a pattern can begin; lets findTimeExpressions try a pattern only where it can match. */
interface StartSpec {
  /**
   * Folded words a match can begin with when it begins with a letter. Every leading literal of the
   * patterns is followed by white space, a digit or (?!\p{L}), so it is the whole letter run there.
   */
  words?: string[];
  /** 'word': at a digit where a word can start (the pattern has B); 'run': at the first digit of any run. */
  digit?: 'word' | 'run';
  /** With 'run': the characters one of which must follow the digit run a match begins with. */
  runThen?: string;
  /** What the digit run must be when a match begins at a digit (the year's 19xx or 20xx). */
  digitRun?: RegExp;
}

const MONTH_FIRST_WORDS = [...MONTH_BY_FOLD.keys()].map((name) => name.split(' ')[0]);
const WEEKDAYS = [...WEEKDAY_BY_FOLD.keys()];

/**
 * `at`: where a match can begin (see StartSpec); a text without those words or digits skips the
 * pattern. A match that begins with white space or quotes (DAY's leading Q) trims to the same
 * candidate as the one that begins at the digit after them, so digits cover those.
 */
interface Pattern {
  kind: TimeKind;
  re: RegExp;
  at: StartSpec;
}

const PATTERNS: Pattern[] = ([
  {
    kind: 'range',
    at: { words: ['خلال', 'الفتره', 'ما', 'بين', 'من', 'ال'], digit: 'word' },
    re: new RegExp(
      `${B}(?:(?:خلال\\s+)?(?:الفتره\\s+)?(?:ما\\s+)?بين\\s+|من\\s+)?${DAY('d1')}(?:[-–—]|الي|حتي|و)${Q}${DAY('d2')}\\s*(?:من\\s+)?(?:شهر\\s+)?(?:${MONTHSPEC}|${MONTHREL})`,
      'gu',
    ),
  },
  {
    kind: 'day_month',
    at: { words: ['يوم', ...WEEKDAYS, 'بتاريخ', 'ال'], digit: 'word' },
    re: new RegExp(
      `${B}(?:(?:يوم\\s+)?(?<wd>${WD})${NL}\\s*[،,]?\\s*)?(?:(?:يوم|بتاريخ)\\s+)?${DAY('d1')}(?:من\\s+)?(?:شهر\\s+)?(?:${MONTHSPEC}|${MONTHREL})`,
      'gu',
    ),
  },
  { kind: 'numeric', at: { digit: 'run', runThen: '/.-' }, re: /(?<!\d)(?<d1>\d{1,2})[/.\-](?<mo>\d{1,2})[/.\-](?<y>(?:19|20)\d\d)(?!\d)/gu },
  { kind: 'numeric', at: { digit: 'run', runThen: '-' }, re: /(?<!\d)(?<y>(?:19|20)\d\d)-(?<mo>\d{1,2})-(?<d1>\d{1,2})(?!\d)/gu },
  {
    kind: 'month',
    at: { words: ['شهر', 'مطلع', 'اوايل', 'اواخر', 'منتصف', 'نهايه', 'بدايه', 'اول', ...MONTH_FIRST_WORDS] },
    re: new RegExp(
      `${B}(?:(?<pre>شهر|مطلع|اوايل|اواخر|منتصف|نهايه|بدايه|اول)\\s+(?:شهر\\s+)?|(?<=(?<prep>في|خلال|منذ|حتي|قبل|بعد)\\s+))?${MONTHSPEC}`,
      'gu',
    ),
  },
  {
    kind: 'relative_day',
    at: { words: ['صباح', 'مساء', 'ظهر', 'ليل', 'فجر', 'ليله', 'عصر', 'اول', 'امس', 'اليوم', 'غدا', 'يوم', 'بعد', 'غد', 'الليله'] },
    re: new RegExp(
      `${B}(?:(?:صباح|مساء|ظهر|ليل|فجر|ليله|عصر)\\s+)?(?<rel>اول\\s+امس|امس|اليوم|غدا|يوم\\s+غد|بعد\\s+غد|غد|الليله)${NL}(?:\\s*[،,]?\\s*(?:يوم\\s+)?(?<wd>${WD})${NL})?`,
      'gu',
    ),
  },
  {
    kind: 'weekday',
    at: { words: ['صباح', 'مساء', 'ظهر', 'ليل', 'ليله', 'عصر', 'يوم', ...WEEKDAYS] },
    re: new RegExp(
      `${B}(?:(?:صباح|مساء|ظهر|ليل|ليله|عصر)\\s+)?(?:يوم\\s+)?(?<wd>${WD})${NL}(?:\\s+(?<q>${QUAL})${NL})?(?:\\s+(?:و|الي\\s+|حتي\\s+)\\s*(?<wd2>${WD})${NL})?`,
      'gu',
    ),
  },
  { kind: 'week', at: { words: ['هذا', 'الاسبوع'] }, re: new RegExp(`${B}(?:(?<this>هذا)\\s+الاسبوع|الاسبوع\\s+(?<q>${QUAL})${NL})`, 'gu') },
  { kind: 'month', at: { words: ['هذا', 'الشهر'] }, re: new RegExp(`${B}(?:هذا\\s+الشهر|الشهر\\s+(?<mq>${QUAL})${NL})`, 'gu') },
  {
    kind: 'year',
    at: { words: ['هذا', 'العام', 'السنه', 'عام', 'سنه'], digit: 'word', digitRun: /^(?:19|20)\d\d$/ },
    re: new RegExp(
      `${B}(?:(?<this>هذا)\\s+العام|(?:العام|السنه)\\s+(?<q>${QUAL})${NL}|(?:عام|سنه|العام)\\s+(?<y>(?:19|20)\\d\\d)(?!\\d)|(?<=(?:في|منذ|خلال|حتي)\\s+)(?<y2>(?:19|20)\\d\\d)(?!\\d))`,
      'gu',
    ),
  },
] satisfies Pattern[]).map(({ kind, re, at }) => ({ kind, re: sticky(bounded(re)), at }));

/** The same pattern, matched only at lastIndex: findTimeExpressions places it on candidate starts. */
function sticky(re: RegExp): RegExp {
  return new RegExp(re.source, re.flags.replace('g', '') + 'y');
}

// ---------------------------------------------------------------- calendar helpers

const DAY_MS = 86_400_000;

/** The last string parseIso read, and what it gave (every article of a batch has its publication date parsed). */
let lastIsoIn: string | null = null;
let lastIsoOut: number | null = null;

function parseIso(s: string | undefined): number | null {
  if (typeof s === 'string' && s === lastIsoIn) return lastIsoOut;
  const t = parseIsoUncached(s);
  if (typeof s === 'string') {
    lastIsoIn = s;
    lastIsoOut = t;
  }
  return t;
}

function parseIsoUncached(s: string | undefined): number | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const d = new Date(t);
  if (d.getUTCFullYear() !== Number(m[1]) || d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) return null;
  return t;
}

/** Dates recently written as YYYY-MM-DD (articles resolve the same few days again and again). */
const iso = boundedMemo(1024, (t: number) => new Date(t).toISOString().slice(0, 10));

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The UTC timestamp of y-m-d, or null when that day does not exist. */
function ymd(y: number, m: number, d: number): number | null {
  if (!Number.isInteger(y) || m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) return null;
  return Date.UTC(y, m - 1, d);
}

const yearOf = (t: number): number => new Date(t).getUTCFullYear();
const monthOf = (t: number): number => new Date(t).getUTCMonth() + 1;

/** The weekday wd relative to the anchor: 'past' = on or before, 'future' = on or after; strict variants exclude the anchor. */
export function resolveWeekday(published: string | undefined, wd: number, direction: 'past' | 'future' | 'next' | 'last'): string | null {
  return weekdayFrom(parseIso(published), wd, direction);
}

/** resolveWeekday from a parsed anchor (parseIso(iso(p)) is p for every anchor parseIso accepts). */
function weekdayFrom(p: number | null, wd: number, direction: 'past' | 'future' | 'next' | 'last'): string | null {
  if (p === null || wd < 0 || wd > 6) return null;
  const dow = new Date(p).getUTCDay();
  let offset: number;
  if (direction === 'past') offset = -((dow - wd + 7) % 7);
  else if (direction === 'last') offset = -((dow - wd + 7) % 7 || 7);
  else if (direction === 'future') offset = (wd - dow + 7) % 7;
  else offset = (wd - dow + 7) % 7 || 7;
  return iso(p + offset * DAY_MS);
}

type Qual = 'next' | 'prev' | 'current' | null;
function qual(word: string | undefined): Qual {
  if (!word) return null;
  if (NEXT.has(word)) return 'next';
  if (PREV.has(word)) return 'prev';
  return 'current';
}

/** Year for month m given a qualifier, an explicit year or the publication anchor; null if undecidable. */
function yearFor(m: number, day: number | null, pub: number | null, explicit: number | null, q: Qual, yq: Qual): number | null {
  if (explicit !== null) return explicit;
  if (pub === null) return null;
  const py = yearOf(pub);
  const pm = monthOf(pub);
  if (yq === 'current') return py;
  if (yq === 'next') return py + 1;
  if (yq === 'prev') return py - 1;
  if (q === 'current') return py;
  if (q === 'next') return m > pm ? py : py + 1;
  if (q === 'prev') return m < pm ? py : py - 1;
  // nearest occurrence
  let best: number | null = null;
  let bestDiff = Infinity;
  for (const y of [py - 1, py, py + 1]) {
    const t = day === null ? Date.UTC(y, m - 1, 15) : ymd(y, m, day);
    if (t === null) continue;
    const diff = Math.abs(t - pub);
    if (diff < bestDiff) {
      bestDiff = diff;
      best = y;
    }
  }
  return bestDiff <= 200 * DAY_MS ? best : null;
}

function monthRange(y: number, m: number): ResolvedDate {
  return { date: iso(Date.UTC(y, m - 1, 1)), endDate: iso(Date.UTC(y, m - 1, daysIn(y, m))), granularity: 'month' };
}

// ---------------------------------------------------------------- scanning

interface Raw {
  kind: TimeKind;
  fs: number;
  fe: number;
  groups: Record<string, string | undefined>;
}

/** Runs of white space (a global regex: replace() starts it from 0 every time). */
const WHITE_RUNS = /\s+/g;

function monthOfGroups(g: Record<string, string | undefined>): { m: number; paired: boolean; name: string } | null {
  const name = g.m1;
  if (!name) return null;
  const m = MONTH_BY_FOLD.get(name.replace(WHITE_RUNS, ' '));
  if (m === undefined) return null;
  const second = g.m2 ?? g.m3;
  const m2 = second ? MONTH_BY_FOLD.get(second.replace(WHITE_RUNS, ' ')) : undefined;
  return { m, paired: m2 === m, name: name.replace(WHITE_RUNS, ' ') };
}

type Resolved = ResolvedDate & { weekday: number | null; bareWeekday: boolean };

/** No date (unanchored or impossible), at the given granularity, keeping the weekday named. */
function none(gr: Granularity = 'day', weekday: number | null = null): Resolved {
  return { date: null, endDate: null, granularity: gr, weekday, bareWeekday: false };
}

function resolveRaw(r: Raw, pub: number | null): Resolved | null {
  const g = r.groups;
  const wd = g.wd ? WEEKDAY_BY_FOLD.get(g.wd) ?? null : null;
  switch (r.kind) {
    case 'range':
    case 'day_month': {
      const d1 = Number(g.d1);
      const d2 = g.d2 !== undefined ? Number(g.d2) : null;
      let m: number | null = null;
      let y: number | null = null;
      if (g.m1) {
        const mo = monthOfGroups(g);
        if (!mo) return none();
        m = mo.m;
        y = yearFor(m, d1, pub, g.y ? Number(g.y) : null, qual(g.q), qual(g.yq));
      } else {
        // الشهر الجاري / المقبل / الماضي / هذا الشهر
        if (pub === null) return none('day', wd);
        const q = qual(g.mq) ?? 'current';
        const py = yearOf(pub);
        const pm = monthOf(pub);
        const shift = q === 'next' ? 1 : q === 'prev' ? -1 : 0;
        const idx = py * 12 + (pm - 1) + shift;
        y = Math.floor(idx / 12);
        m = (idx % 12) + 1;
      }
      if (y === null) return none('day', wd);
      const t1 = ymd(y, m, d1);
      const t2 = d2 === null ? null : ymd(y, m, d2);
      if (t1 === null || (d2 !== null && (t2 === null || t2 < t1))) return none('day', wd);
      return { date: iso(t1), endDate: t2 === null ? null : iso(t2), granularity: 'day', weekday: wd, bareWeekday: false };
    }
    case 'numeric': {
      const t = ymd(Number(g.y), Number(g.mo), Number(g.d1));
      return t === null ? none() : { date: iso(t), endDate: null, granularity: 'day', weekday: null, bareWeekday: false };
    }
    case 'month': {
      if (g.m1) {
        const mo = monthOfGroups(g);
        if (!mo) return null;
        const strong = mo.paired || !!g.y || !!g.q || !!g.yq || g.pre === 'شهر';
        const weak = !!g.pre || !!g.prep;
        if (STRONGLY_AMBIGUOUS.has(mo.name) && !strong) return null;
        if (!strong && !weak) return null; // a bare month name: too often an ordinary word or a headline fragment
        if (AMBIGUOUS.has(mo.name) && !strong && !weak) return null;
        const y = yearFor(mo.m, null, pub, g.y ? Number(g.y) : null, qual(g.q), qual(g.yq));
        if (y === null) return none('month');
        return { ...monthRange(y, mo.m), weekday: null, bareWeekday: false };
      }
      if (pub === null) return none('month');
      const q = qual(g.mq) ?? 'current';
      const idx = yearOf(pub) * 12 + (monthOf(pub) - 1) + (q === 'next' ? 1 : q === 'prev' ? -1 : 0);
      return { ...monthRange(Math.floor(idx / 12), (idx % 12) + 1), weekday: null, bareWeekday: false };
    }
    case 'relative_day': {
      if (pub === null) return none('day', wd);
      const rel = (g.rel ?? '').replace(WHITE_RUNS, ' ');
      const off = rel === 'امس' ? -1 : rel === 'اول امس' ? -2 : rel === 'بعد غد' ? 2 : rel === 'غدا' || rel === 'غد' || rel === 'يوم غد' ? 1 : 0;
      let t = pub + off * DAY_MS;
      if (wd !== null) {
        const dow = new Date(t).getUTCDay();
        if (dow !== wd) {
          let delta = (wd - dow + 7) % 7;
          if (delta > 3) delta -= 7;
          t += delta * DAY_MS;
        }
      }
      return { date: iso(t), endDate: null, granularity: 'day', weekday: wd, bareWeekday: false };
    }
    case 'weekday': {
      if (wd === null) return null;
      const q = qual(g.q);
      const date = weekdayFrom(pub, wd, q === 'next' ? 'next' : q === 'prev' ? 'last' : 'past');
      let endDate: string | null = null;
      const wd2 = g.wd2 ? WEEKDAY_BY_FOLD.get(g.wd2) ?? null : null;
      if (date && wd2 !== null) {
        const t = parseIso(date)!;
        const dow = new Date(t).getUTCDay();
        const delta = (wd2 - dow + 7) % 7;
        if (delta > 0) endDate = iso(t + delta * DAY_MS);
      }
      return { date, endDate, granularity: 'day', weekday: wd, bareWeekday: q === null };
    }
    case 'week': {
      if (pub === null) return none('week');
      const q = g.this ? 'current' : qual(g.q);
      const dow = (new Date(pub).getUTCDay() + 6) % 7; // Monday = 0
      const monday = pub - dow * DAY_MS + (q === 'next' ? 7 : q === 'prev' ? -7 : 0) * DAY_MS;
      return { date: iso(monday), endDate: iso(monday + 6 * DAY_MS), granularity: 'week', weekday: null, bareWeekday: false };
    }
    case 'year': {
      let y: number | null = null;
      if (g.y || g.y2) y = Number(g.y ?? g.y2);
      else if (pub !== null) {
        const q = g.this ? 'current' : qual(g.q);
        y = yearOf(pub) + (q === 'next' ? 1 : q === 'prev' ? -1 : 0);
      }
      if (y === null) return none('year');
      return { date: `${y}-01-01`, endDate: `${y}-12-31`, granularity: 'year', weekday: null, bareWeekday: false };
    }
  }
}

const MAX_TEXT = 2_000_000;

// ---------------------------------------------------------------- where patterns can start
// Every pattern but the numeric ones begins with B, so a match begins where a word begins (after
// nothing letter-like, or after a one-letter proclitic و ف ب at a word start), with one of a few
// words or a digit. One pass over the folded text lists those places with the patterns that can
// begin there; each pattern then runs as a sticky regex at its own places only, in text order and
// skipping places inside its previous match, which is exactly what a global scan would find.

/** The patterns (bit i: PATTERNS[i]) that can begin with each start word. */
const START_WORDS = new WordTrie<number>();
let digitAtWordMask = 0;
let digitRunMask = 0;
PATTERNS.forEach(({ at }, i) => {
  for (const word of at.words ?? []) START_WORDS.set(word, (START_WORDS.get(word) ?? 0) | (1 << i));
  if (at.digit === 'word') digitAtWordMask |= 1 << i;
  if (at.digit === 'run') digitRunMask |= 1 << i;
});
const PROCLITICS = new Uint8Array(0x10000);
for (const ch of ['و', 'ف', 'ب']) PROCLITICS[ch.charCodeAt(0)] = 1;

function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

interface Starts {
  pos: number[];
  mask: number[];
  /** Every ASCII digit's position, in order. */
  digits: number[];
}

/** Letters and numbers: the characters a word (as B sees one) is made of. */
const WORD_CHAR = CLS_L | CLS_N;

/**
 * Every place in the folded text where some pattern can begin, in order, with the patterns' bits:
 * in each run of letters and numbers, its start and the place after a leading proclitic (where B
 * holds), and the first digit of every digit run (the numeric patterns only need (?<!\d)). Read
 * off the text's letter runs and digits: a run of letters and numbers begins with a letter run
 * that no number precedes, or with a digit that nothing of either precedes.
 */
function findStarts(folded: string, runs: LetterRuns): Starts {
  const starts: Starts = { pos: [], mask: [], digits: runs.digits };
  const { digits } = runs;
  let d = 0;
  for (let r = 0; r <= runs.starts.length; r++) {
    const a = r < runs.starts.length ? runs.starts[r] : Infinity;
    for (; d < digits.length && digits[d] < a; d++) addDigitStart(folded, digits[d], starts);
    if (r === runs.starts.length) break;
    if (clsBefore(folded, a) & CLS_N) continue; // inside a run of letters and numbers
    const len = runs.ends[r] - a;
    addStart(starts, a, startWordMask(folded, a, len));
    if (PROCLITICS[folded.charCodeAt(a)] === 1 && len > 1) addStart(starts, a + 1, startWordMask(folded, a + 1, len - 1));
  }
  return starts;
}

/** The start at digit q, if it begins a digit run: a word can begin there too after nothing, or after a proclitic that begins one. */
function addDigitStart(folded: string, q: number, starts: Starts): void {
  if (isAsciiDigit(folded.charCodeAt(q - 1))) return;
  const wordStart = !(clsBefore(folded, q) & WORD_CHAR) || (PROCLITICS[folded.charCodeAt(q - 1)] === 1 && !(clsBefore(folded, q - 1) & WORD_CHAR));
  addStart(starts, q, digitRunMask | (wordStart ? digitAtWordMask : 0));
}

function addStart(starts: Starts, p: number, mask: number): void {
  if (mask === 0) return;
  starts.pos.push(p);
  starts.mask.push(mask);
}

/** Patterns that can begin with the letter run folded[p, p + len): it must be a start word. */
function startWordMask(folded: string, p: number, len: number): number {
  return START_WORDS.lookup(folded, p, p + len) ?? 0;
}

/**
 * Runs one sticky pattern at the given places, as its global scan would: in order, no overlaps.
 * It is not run where its digit checks (see DigitChecks) say it cannot match.
 */
function scanAt(folded: string, kind: TimeKind, re: RegExp, checks: DigitChecks, starts: Starts, bit: number, raws: Raw[]): void {
  const { dayWithin, dayFirst, secondDayWithin, runThen, digitRun } = checks;
  const digits = starts.digits;
  let d = 0; // the first digit at or after the place tried
  let lastEnd = 0;
  for (let j = 0; j < starts.pos.length; j++) {
    const p = starts.pos[j];
    if (!(starts.mask[j] & bit) || p < lastEnd) continue;
    if (dayWithin >= 0) {
      while (d < digits.length && digits[d] < p) d++;
      if (d === digits.length || digits[d] > p + dayWithin) continue;
      // the day number is that digit's run: one or two digits
      if (dayFirst && d + 2 < digits.length && digits[d + 2] === digits[d] + 2) continue;
      if (secondDayWithin >= 0 && !secondDayFollows(digits, d, secondDayWithin)) continue;
    }
    if (runThen && !runThen.includes(folded.charAt(digitRunEnd(folded, p)))) continue;
    if (digitRun && isAsciiDigit(folded.charCodeAt(p)) && !digitRun.test(folded.slice(p, digitRunEnd(folded, p)))) continue;
    re.lastIndex = p;
    const m = re.exec(folded);
    if (m === null || m[0].length === 0) continue;
    lastEnd = p + m[0].length;
    pushRaw(folded, kind, m, raws);
  }
}

/**
 * Whether a digit follows the day number that begins at digits[d] (its whole run, one or two
 * digits) within `within` chars of its end: where the second day number (d2) must begin.
 */
function secondDayFollows(digits: number[], d: number, within: number): boolean {
  const runLength = d + 1 < digits.length && digits[d + 1] === digits[d] + 1 ? 2 : 1;
  const next = d + runLength;
  return next < digits.length && digits[next] <= digits[d] + runLength + within;
}

/** Where the run of ASCII digits that starts at p ends. */
function digitRunEnd(folded: string, p: number): number {
  while (p < folded.length && isAsciiDigit(folded.charCodeAt(p))) p++;
  return p;
}

const EDGE = /[\s"“”″'«»]/;

/** The match as a candidate, white space and quotes at its edges trimmed. */
function pushRaw(folded: string, kind: TimeKind, m: RegExpExecArray, raws: Raw[]): void {
  let fs = m.index;
  let fe = m.index + m[0].length;
  while (fs < fe && EDGE.test(folded[fs])) fs++;
  while (fe > fs && EDGE.test(folded[fe - 1])) fe--;
  if (fe <= fs) return;
  raws.push({ kind, fs, fe, groups: m.groups ?? {} }); // a fresh object per match: no copy needed
}

/**
 * Every time expression in the text, in order, non-overlapping (the longest wins), with spans
 * into the original text and dates resolved against `published` (YYYY-MM-DD).
 */
export function findTimeExpressions(text: string, published?: string): TimeExpression[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const src = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  const { folded, map } = foldWithMap(src);
  return timeExpressionsIn(src, folded, map, letterRuns(folded), published);
}

/**
 * findTimeExpressions(text, published) for a caller that has folded and scanned the text already:
 * folded and map as foldWithMap(text) gives them, runs = letterRuns(folded).
 */
export function timeExpressionsFolded(text: string, folded: string, map: ArrayLike<number>, runs: LetterRuns, published?: string): TimeExpression[] {
  if (text.length > MAX_TEXT) return findTimeExpressions(text, published);
  return timeExpressionsIn(text, folded, map, runs, published);
}

function timeExpressionsIn(src: string, folded: string, map: ArrayLike<number>, runs: LetterRuns, published: string | undefined): TimeExpression[] {
  const pub = parseIso(published);
  const raws: Raw[] = [];
  const starts = findStarts(folded, runs);
  PATTERNS.forEach(({ kind, re }, i) => scanAt(folded, kind, re, DIGIT_CHECKS[i], starts, 1 << i, raws));
  raws.sort((a, b) => a.fs - b.fs || b.fe - b.fs - (a.fe - a.fs));
  const out: TimeExpression[] = [];
  let lastEnd = -1;
  // pick the longest at each start, skip overlaps; but a longer match starting later inside an
  // earlier shorter one should win, so look ahead over overlapping candidates
  for (let i = 0; i < raws.length; i++) {
    const r = raws[i];
    if (r.fs < lastEnd) continue;
    // among candidates overlapping r, take the longest
    let best = r;
    for (let j = i + 1; j < raws.length && raws[j].fs < best.fe; j++) {
      if (raws[j].fe - raws[j].fs > best.fe - best.fs) best = raws[j];
    }
    if (best !== r && best.fs > r.fs) {
      // r is dropped in favour of a longer overlapping candidate that starts later
      continue;
    }
    if (r.kind === 'relative_day' && isRtName(folded, r.fs)) continue;
    const res = resolveRaw(r, pub);
    if (!res) continue;
    const start = map[r.fs];
    const end = map[r.fe - 1] + 1;
    out.push({
      text: src.slice(start, end),
      start,
      end,
      date: res.date,
      endDate: res.endDate,
      granularity: res.granularity,
      kind: r.kind,
      weekday: res.weekday,
      bareWeekday: res.bareWeekday,
    });
    lastEnd = r.fe;
  }
  return out;
}

// ---------------------------------------------------------------- how long a match can be

/**
 * The most code units a match of a regex source (u flag) can span: lookarounds and anchors span
 * none, a character or class at most 2 (a surrogate pair). Infinity for an unbounded quantifier
 * or syntax this reader does not know (then nothing is skipped).
 */
function maxMatchLength(src: string): number {
  let i = 0;
  let unknown = false;
  const alt = (): number => {
    let best = 0;
    for (;;) {
      best = Math.max(best, seq());
      if (src[i] !== '|') return best;
      i++;
    }
  };
  const seq = (): number => {
    let total = 0;
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      let atom: number;
      const c = src[i];
      if (c === '(') {
        let look = false;
        if (src.startsWith('(?:', i)) i += 3;
        else if (src.startsWith('(?=', i) || src.startsWith('(?!', i)) {
          i += 3;
          look = true;
        } else if (src.startsWith('(?<=', i) || src.startsWith('(?<!', i)) {
          i += 4;
          look = true;
        } else if (src.startsWith('(?<', i) && src.indexOf('>', i) > 0) i = src.indexOf('>', i) + 1;
        else if (src.startsWith('(?', i)) {
          unknown = true;
          return Infinity;
        } else i += 1;
        const inner = alt();
        if (src[i] !== ')') {
          unknown = true;
          return Infinity;
        }
        i++;
        atom = look ? 0 : inner;
      } else if (c === '[') {
        const open = i;
        i++;
        while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
        i++;
        atom = bmpOnlyClass(src.slice(open, i)) ? 1 : 2;
      } else if (c === '\\' && (src[i + 1] === 's' || src[i + 1] === 'd')) {
        i += 2;
        atom = 1; // white space and digits are BMP characters
      } else if (c === '\\') {
        const d = src[i + 1];
        if (d === 'k' || (d >= '1' && d <= '9')) {
          unknown = true; // a back reference
          return Infinity;
        }
        if ((d === 'p' || d === 'P' || d === 'u') && src[i + 2] === '{') i = src.indexOf('}', i) + 1;
        else if (d === 'u') i += 6;
        else if (d === 'x') i += 4;
        else i += 2;
        atom = 2;
      } else if (c === '^' || c === '$') {
        i++;
        atom = 0;
      } else {
        const code = src.charCodeAt(i);
        i += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
        atom = c === '.' || code >= 0xd800 ? 2 : 1;
      }
      // a quantifier
      let times = 1;
      if (src[i] === '?') i++;
      else if (src[i] === '*' || src[i] === '+') {
        i++;
        times = Infinity;
      } else if (src[i] === '{') {
        const q = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i));
        if (!q) {
          unknown = true;
          return Infinity;
        }
        i += q[0].length;
        times = q[2] === undefined ? Number(q[1]) : q[3] === '' ? Infinity : Number(q[3]);
      }
      if (src[i] === '?') i++; // lazy
      total += atom === 0 ? 0 : atom * times;
    }
    return total;
  };
  const n = alt();
  return unknown || i !== src.length ? Infinity : n;
}

/** A class that only matches BMP characters: listed ones, \\s or \\d, not negated. */
function bmpOnlyClass(cls: string): boolean {
  if (cls.startsWith('[^')) return false;
  const body = cls.slice(1, -1).replace(/\\[sd]/g, '');
  return !/\\[pPSDWwu]|[\ud800-\udfff]/.test(body);
}
/**
 * How far into a match of the pattern its first day number (group d1) can begin, when every match
 * has one: d1 must be a top-level item of the pattern (no alternation or group around it) and the
 * part before it of bounded length; else -1.
 */
function dayNumberWithin(src: string): number {
  const at = src.indexOf('(?<d1>');
  return at < 0 ? -1 : boundedSequence(src.slice(0, at));
}

/**
 * How far after the end of the first day number (group d1) the second one (d2) must begin, when
 * both are plain top-level day numbers, (?<dN>\d{1,2}) with no quantifier, and the part between
 * them a sequence of bounded length; else -1.
 */
function secondDayNumberWithin(src: string): number {
  const DAY_GROUP = /^\(\?<d[12]>\\d\{1,2\}\)(?![?*+{])/;
  const d1 = src.indexOf('(?<d1>');
  const d2 = src.indexOf('(?<d2>');
  if (d1 < 0 || d2 < d1 || dayNumberWithin(src) < 0) return -1;
  const d1Group = DAY_GROUP.exec(src.slice(d1));
  if (!d1Group || !DAY_GROUP.test(src.slice(d2))) return -1;
  return boundedSequence(src.slice(d1 + d1Group[0].length, d2));
}

/**
 * The most code units a regex source can match when it is a sequence: balanced, with no
 * alternation outside a group (so what follows it in a pattern follows every match of it); else -1.
 */
function boundedSequence(src: string): number {
  let depth = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') {
      for (i++; i < src.length && src[i] !== ']'; i++) if (src[i] === '\\') i++;
    } else if (c === '(') depth++;
    else if (c === ')') {
      if (--depth < 0) return -1;
    } else if (c === '|' && depth === 0) return -1;
  }
  if (depth !== 0) return -1;
  const within = maxMatchLength(src);
  return Number.isFinite(within) ? within : -1;
}

/**
 * Whether a regex source can consume no digit (lookarounds aside): no \\d, \\w, \\p, negated or
 * wildcard item, range in a class or digit literal. Conservative: false when unsure.
 */
function consumesNoDigit(src: string): boolean {
  let rest = '';
  for (let i = 0; i < src.length; i++) {
    if (src[i] === '\\') {
      rest += src.slice(i, i + 2);
      i++;
    } else if (/^\(\?<?[=!]/.test(src.slice(i, i + 4))) {
      // a lookaround: skipped whole
      let depth = 0;
      for (; i < src.length; i++) {
        if (src[i] === '\\') i++;
        else if (src[i] === '(') depth++;
        else if (src[i] === ')' && --depth === 0) break;
      }
    } else rest += src[i];
  }
  rest = rest.replace(/\{\d+(?:,\d*)?\}/g, '').replace(/\(\?<\w+>/g, '(');
  return !/\\[dDwWpPsSbBu]|\[\^|(?<!\\)\.|[0-9]|[^\\[]-[^\]]/.test(rest.replace(/\\s/g, ''));
}

/**
 * Digit tests that rule out a pattern at a place without running it. `dayWithin`: how far into
 * every match its day number (d1) begins (-1: unknown), so a digit must follow that closely;
 * `dayFirst`: nothing before d1 consumes a digit, so d1 is that digit's whole run;
 * `secondDayWithin`: with dayFirst, how far after d1's run a second day number (d2) begins (-1:
 * none or unknown); `runThen`, `digitRun`: see StartSpec.
 */
interface DigitChecks {
  dayWithin: number;
  dayFirst: boolean;
  secondDayWithin: number;
  runThen: string;
  digitRun: RegExp | null;
}

const DIGIT_CHECKS: DigitChecks[] = PATTERNS.map(({ re, at }) => {
  const dayWithin = dayNumberWithin(re.source);
  const d1 = re.source.indexOf('(?<d1>');
  const dayFirst = dayWithin >= 0 && consumesNoDigit(re.source.slice(0, d1));
  return {
    dayWithin,
    dayFirst,
    secondDayWithin: dayFirst ? secondDayNumberWithin(re.source) : -1,
    runThen: at.runThen ?? '',
    digitRun: at.digitRun ?? null,
  };
});

/** "روسيا اليوم" (RT) and similar outlet names are not dates. */
function isRtName(folded: string, fs: number): boolean {
  const before = folded.slice(Math.max(0, fs - 8), fs);
  return /روسيا\s*$/.test(before) && folded.startsWith('اليوم', fs);
}

/** Resolves one phrase (the first time expression in it) against the publication date. */
export function resolveDate(phrase: string, published?: string): ResolvedDate | null {
  const found = findTimeExpressions(phrase, published);
  if (found.length === 0) return null;
  const f = found[0];
  return { date: f.date, endDate: f.endDate, granularity: f.granularity };
}
