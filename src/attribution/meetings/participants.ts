// Meetings, participants (2): the chain of names right of a trigger, dual references, the subject
// left of it, the event's genitive key and where its mention starts.
import type { MeetingKind } from '../types.js';
import { DUAL_PRONOUN_RE, DUAL_PRONOUN_WORDS, DUAL_RE, LEADER_FOLD, MINISTER_FOLD, wordsTrie } from './vocabulary.js';
import { Article, Ent, PrevInfo, Trigger, firstBarrier, hasGovPrep, hasGovVerb, looseKey, mayHaveWord, sentenceStart, sortedIndex, tailStart, wordsOf } from './article.js';
import { TITLE_STEM_RE } from './scan.js';
import { isPlaceName, recentPersons, recentPersonsOrOrgs } from './entities.js';

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
export function rightChain(a: Article, t: Trigger, nextT: Trigger | null, se: number, isVerb: boolean, kind: MeetingKind): RightChain {
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
export function dualReferences(a: Article, t: Trigger, ss: number, rightBarrier: number, dualWord: boolean): string[] {
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
export function leftSubject(a: Article, t: Trigger, prevInfo: PrevInfo | null, ss: number, right: RightChain, dualIds: string[], f: LeftFacts): string[] {
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
export const SUMMIT_KEY_RE = /^(?:مجموعه|قاده|زعماء|رؤساء|روساء|(?:ال)?(?:عشرين|سبع|ثماني|عربيه|خليجيه))/u;

/** Genitive key for named multilateral events: "قمة مجموعة العشرين", "اجتماع مجموعة العشرين". */
export function eventKey(folded: string, t: Trigger, kind: MeetingKind): string | null {
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
export function mentionStart(a: Article, t: Trigger, ss: number): number {
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
