// Meetings: the date (nearest time expression of the clause) and the place of a mention.

import { PLACE_HEAD_START_RE, PLACE_NAME_RE } from './vocabulary.js';
import { Article, Ent, FoldedTime, Trigger, firstBarrier, lastBarrierEnd, sortedIndex, toSpan } from './article.js';
import { placeMatches } from './scan.js';

// ---------------- date

/** The nearest time expression of the trigger's clause: right of it, or (weighted 1.5×) left of it. */
export function dateOf(a: Article, t: Trigger, prevT: Trigger | null, nextT: Trigger | null, ss: number, se: number): FoldedTime | null {
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

export const HAYTHU_RE = /(?<![\p{L}])حيث(?!\p{L})/u;
const HAYTHU_ONLY_RE = /^حيث$/u;
const LETTER_RE = /\p{L}/u;
const NISBA_BETWEEN_RE = /\sال\p{L}+(?:ي|يه)\s/u;

export function placeOf(a: Article, t: Trigger, prevT: Trigger | null, nextT: Trigger | null, ss: number, se: number, chain: Ent[]): PlaceHit | null {
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
