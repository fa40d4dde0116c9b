// Meetings: mentions of events. The article's time expressions, then one mention per trigger (or
// more), each with its participants, status, date and place from the stages of this folder.
import type { MeetingKind } from '../types.js';
import { timeExpressionsFolded, resolveWeekday } from '../dates.js';
import { DUAL_PRONOUN_RE, group, wordsTrie } from './vocabulary.js';
import { Article, FoldedTime, MentionInfo, MentionScan, firstBarrier, inv, mayHaveWord, sentenceEnd, sentenceStart, tailStart } from './article.js';
import { isOrgId } from './entities.js';
import { SUMMIT_KEY_RE, dualReferences, eventKey, leftSubject, mentionStart, rightChain } from './participants.js';
import { statusOf } from './status.js';
import { dateOf, placeOf } from './dates-places.js';

// ---------------------------------------------------------------- time expressions

/** The article's time expressions in folded positions, and the text with them blanked for cues. */
export function collectTimes(a: Article, published: string | undefined): void {
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


export function triggerMentions(a: Article, published: string | undefined): MentionInfo[] {
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
