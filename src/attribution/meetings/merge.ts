// Meetings: relations between neighbouring triggers, merging mentions of one event, and the output.
import type { AttributedMeeting, MeetingKind, MeetingStatus, Span } from '../types.js';
import { RANK, group } from './vocabulary.js';
import { Article, MentionInfo, toSpan } from './article.js';
import { isOrgId } from './entities.js';
import { HAYTHU_RE } from './dates-places.js';

// ---------------------------------------------------------------- relations between neighbouring triggers

const SIDELINES_BEFORE_RE = /(?<![\p{L}])(?:علي\s+)?هامش\s*$/u;

/** "على هامش <summit>" and "<event> … حيث سيلتقي X و Y": the event gets the meeting's participants. */
export function linkNeighbours(a: Article, mentions: MentionInfo[]): void {
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
export function mergeMentions(mentions: MentionInfo[]): Event[] {
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
export function meetingsOf(a: Article, events: Event[]): AttributedMeeting[] {
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
