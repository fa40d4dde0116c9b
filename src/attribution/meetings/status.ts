// Meetings: the status of a mention (held, planned, proposed, speculated) from cues and tense.
import type { MeetingStatus } from '../types.js';
import { CUES, RANK } from './vocabulary.js';
import { Article, Trigger, firstBarrier, plainChars } from './article.js';
import { cueMatches } from './scan.js';

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

export function statusOf(
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
