// Meetings: the compiled vocabulary (lexicon/meeting-words.ts as patterns and word tries) and the
// first words of triggers.
import type { AttributedOrganization, AttributedPerson, MeetingKind, MeetingStatus } from '../types.js';
import { fold } from '../normalize.js';
import { CLS_L, clsAt, WordTrie } from '../letter-runs.js';
import { TRIGGERS, HELD_CUES, PLANNED_CUES, PROPOSED_CUES, SPECULATED_CUES, PLACE_HEADS, FIXED_PLACES, PLACES, MEDIA_ORG_KINDS, LEADER_TITLES, MINISTER_TITLES, type TriggerDef } from '../lexicon/meeting-words.js';


export interface MeetingContext {
  persons: AttributedPerson[];
  organizations: AttributedOrganization[];
  published?: string;
}

// ---------------------------------------------------------------- compiled vocabulary

/** Bounded white space: no quadratic backtracking on long blank runs. */
const bounded = (src: string): string => src.replace(/\\s\*/g, '\\s{0,4}').replace(/\\s\+/g, '\\s{1,4}');
const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
export const altOf = (words: string[]): string =>
  [...new Set(words.map((w) => fold(w)))]
    .sort((a, b) => b.length - a.length)
    .map((w) => esc(w).replace(/ /g, '\\s+'))
    .join('|');

/** Before a trigger: start of text or a non-letter, then optional proclitics (و ف + ب ل ك لل). */
const PRE = '(?<=(?:^|[^\\p{L}\\p{N}])(?:[وف]?(?:[بلك]|لل)?))';
export const TRIGGER_RES: { def: TriggerDef; re: RegExp }[] = TRIGGERS.map((def) => ({
  def,
  re: new RegExp(bounded(`${PRE}(?:${def.re})(?!\\p{L})`), 'uy'),
}));

/** Sticky: tried only where a cue's first word is (see cueMatches). */
const cueRe = (words: string[]): RegExp => new RegExp(bounded(`(?<![\\p{L}])(?:[وف](?=\\p{L}{3}))?(?:${altOf(words)})(?!\\p{L})`), 'uy');
export const CUES: { status: MeetingStatus; re: RegExp; words: string[] }[] = [
  { status: 'speculated', re: cueRe(SPECULATED_CUES), words: SPECULATED_CUES },
  { status: 'proposed', re: cueRe(PROPOSED_CUES), words: PROPOSED_CUES },
  { status: 'planned', re: cueRe(PLANNED_CUES), words: PLANNED_CUES },
  { status: 'held', re: cueRe(HELD_CUES), words: HELD_CUES },
];
export const RANK: Record<MeetingStatus, number> = { speculated: 4, proposed: 3, planned: 2, held: 1 };


/** Sticky: tried only where a place's first word is (see placeMatches). */
export const PLACE_RE = new RegExp(
  bounded(`(?<![\\p{L}])(?<prep>في|الي|ب|ل|من|داخل)?\\s*(?<place>(?:${altOf(FIXED_PLACES)})(?!\\p{L})|(?:${altOf(PLACE_HEADS)})(?!\\p{L})(?:\\s+(?:ال)?[\\p{L}]+(?:ي|يه)(?!\\p{L})){0,2}\\s+(?!(?:في|من|الي|علي|مع|عن|بين)(?!\\p{L}))[\\p{L}]{2,}(?:\\s+(?:ب|ال)[\\p{L}]{2,}(?:يا|ي|يه|ان|ا)(?!\\p{L}))?|(?:${altOf(PLACES)})(?!\\p{L})(?:\\s+(?:ال)[\\p{L}]+(?:ي|يه)(?!\\p{L}))?)`),
  'uy',
);

const PLACES_ALT = altOf(PLACES);
/** A known place name as a whole word (compiled once: \\p{L} patterns are costly to build). */
export const PLACE_NAME_RE = new RegExp(`(?<![\\p{L}])(?:${PLACES_ALT})(?!\\p{L})`, 'u');
export const PLACE_NAME_SET = new Set(PLACES.map((p) => fold(p)));
export const PLACE_HEAD_START_RE = new RegExp(`^(?:${altOf(PLACE_HEADS)})(?!\\p{L})`, 'u');
export const DUAL_RE = new RegExp(
  bounded(`(?<![\\p{L}])(?:ال|لل|ل)?(?<title>${altOf([...LEADER_TITLES, ...MINISTER_TITLES])})(?:ين|ان)(?!\\p{L})(?<nisba>(?:\\s+(?:ال)?[\\p{L}]{3,}ي(?!\\p{L})(?:\\s+[\\p{L}]+){0,3}?\\s+وال[\\p{L}]{3,}ي(?!\\p{L})))?` +
    `|(?<![\\p{L}])(?<title2>${altOf([...LEADER_TITLES, ...MINISTER_TITLES])})(?:ا|ي)\\s+(?:خارجيه\\s+)?(?:ال)?(?:دولتين|بلدين)(?!\\p{L})`),
  'gu',
);
const DUAL_PRONOUNS =
  'بينهما|بينهم|قمتهما|لقايهما|لقاءهما|اجتماعهما|زيارتهما|محادثاتهما|مباحثاتهما|الجانبان|الجانبين|الطرفان|الطرفين|الزعيمان|الزعيمين|الرييسان|الرييسين|التقيا|اجتمعا|يلتقيان|سيلتقيان|يجتمعان|سيجتمعان|بحثا|يبحثان|سيبحثان|تباحثا';
export const DUAL_PRONOUN_RE = new RegExp(`(?<![\\p{L}])(?:${DUAL_PRONOUNS})(?!\\p{L})`, 'u');
const GOV_VERBS =
  'اجري|اجرت|اجريا|يجري|تجري|يجريان|سيجري|ستجري|اجراء|عقد|عقدت|عقدا|يعقد|تعقد|يعقدان|سيعقد|ستعقد|بدا|بدات|يبدا|تبدا|قام|قامت|يقوم|تقوم|سيقوم|ستقوم|تلقي|تلقت|يتلقي|اختتم|اختتمت|واصل|يواصل|استانف|استانفت|شارك|يشارك|سيشارك|حضر|يحضر|ترا?س|يترا?س|وصل|وصلت|توجه|سيتوجه|يستعد|تستعد|شمل|شملت|تشمل|يشمل|تضمن|تضمنت|تخلل|تخللها';
export const GOV_VERB_RE = new RegExp(`(?<![\\p{L}])(?:[وفبل])?(?:${GOV_VERBS})(?:\\s+[^\\s،,.:"”“«»]+){0,6}\\s+$`, 'u');
/** The words DUAL_PRONOUN_RE needs. */
export const DUAL_PRONOUN_WORDS = wordsTrie(DUAL_PRONOUNS);
/** The verbs GOV_VERB_RE needs, as words. */
export const GOV_VERB_WORDS = wordsTrie(GOV_VERBS);


const GOV_PREPS = 'في|خلال|اثر|عقب|بعد|قبل|قبيل|اثناء|لدي|عند|منذ|مستهل|ختام|بدايه|نهايه|هامش';
export const GOV_PREP_RE = new RegExp(`(?<![\\p{L}])(?:[وف])?(?:${GOV_PREPS})(?:\\s+(?:مستهل|ختام|بدايه|نهايه|هامش|مطلع))?\\s+$`, 'u');
export const GOV_PREP_WORDS = wordsTrie(GOV_PREPS);

const ORG_TITLES = 'وزير|وزيره|رييس|رييسه|امين|مدير|متحدث باسم|المتحدث باسم|ناطق باسم|الناطق باسم|مندوب|ممثل|سفير|عضو|قايد|نايب|مستشار';
/** A title right before an organisation's name: the organisation is part of someone's title. */
export const TITLE_BEFORE_RE = new RegExp(`(?<![\\p{L}])[وبل]?(?:ال)?(?:${ORG_TITLES})\\s+$`, 'u');
/** The first words of those titles (with their optional ال), as TITLE_BEFORE_RE needs one. */
export const TITLE_BEFORE_WORDS = wordsTrie(`(?:ال)?(?:${ORG_TITLES.split('|').map((t) => t.split(' ')[0]).join('|')})`);

export const LEADER_FOLD = LEADER_TITLES.map((t) => fold(t));
export const MINISTER_FOLD = MINISTER_TITLES.map((t) => fold(t));
export const MEDIA = new Set(MEDIA_ORG_KINDS);

export const group = (k: MeetingKind): string => (k === 'meeting' || k === 'talks' ? 'meet' : k);

// ---------------------------------------------------------------- trigger heads
// A trigger can only start where its first word starts, so the trigger patterns are tried only at
// words that are the first word of some trigger: that set is read off the lexicon's patterns.

/** The words of an alternation of words (as expandFragment reads it), in a WordTrie. */
export function wordsTrie(alternation: string): WordTrie<true> {
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
export const TRIGGERS_BY_HEAD = new WordTrie<number[]>();
export const TRIGGERS_ANY_HEAD: number[] = [];
/** The shortest first word of a trigger: shorter words (في، من …) are skipped at once. */
export let minTriggerHead = Infinity;
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

/** End of the run of letters that starts at i (i itself when there is none), not past `to`. */
export function letterRunEnd(s: string, i: number, to: number): number {
  while (i < to && clsAt(s, i) & CLS_L) i += s.charCodeAt(i) >= 0xd800 && s.charCodeAt(i) <= 0xdbff ? 2 : 1;
  return Math.min(i, to);
}
