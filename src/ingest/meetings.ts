// Meeting resolution across articles: one real event reported by several articles is one
// Meeting with a MeetingMention in each.
//
// A new meeting joins an existing one when all of these hold:
//  - the same kind (meeting, phone_call, summit, visit, talks);
//  - the participants agree: the same set, or one set contains the other and they share at least
//    two participants (an article may miss one). A single shared participant is enough only when
//    that candidate is the only one left (e.g. a one-person visit): A–B and
//    A–C on the same day share A and stay two meetings;
//  - the dates agree: both dated and the ranges [date, endDate] overlap; or at least one side is
//    undated and the two are close in time (the candidate's date, or the publication date of an
//    article mentioning it, within DATE_WINDOW_DAYS of the new meeting's date or of this
//    article's publication date; HELD_WINDOW_DAYS when the undated one was already held, since
//    held calls between the same people recur). Without any date to compare, nothing merges.
// Among several candidates: the closest participant set (Jaccard), then an exact date, then the
// oldest. Candidates are found through meeting_participant's indexed person/organization ids.
import type { Prisma } from '../db/generated/prisma/client.js';
import type { AttributedMeeting, DatePrecision, MeetingStatus } from '../attribution/types.js';

type Tx = Prisma.TransactionClient;

const DAY = 86_400_000;
export const DATE_WINDOW_DAYS = 183;
export const HELD_WINDOW_DAYS = 14;

export const STATUS_RANK: Record<MeetingStatus, number> = { speculated: 0, proposed: 1, planned: 2, held: 3 };

export interface MeetingParticipants {
  personIds: number[];
  organizationIds: number[];
}

export interface MeetingResolution {
  id: number;
  created: boolean;
}

export function meetingLockKey(meeting: Pick<AttributedMeeting, 'kind'>): string {
  return `meeting:${meeting.kind}`;
}

export function toDate(iso: string | null | undefined): Date | null {
  return iso ? new Date(`${iso}T00:00:00Z`) : null;
}

export function participantKeys(p: MeetingParticipants): Set<string> {
  return new Set([...p.personIds.map((id) => `p${id}`), ...p.organizationIds.map((id) => `o${id}`)]);
}

/** The precision a meeting of the engine's output is stored with (null when undated; absent means day). */
export function precisionOf(m: AttributedMeeting): DatePrecision | null {
  return m.date ? (m.datePrecision ?? 'day') : null;
}

/**
 * What a stored meeting's date becomes when a mention of it in another article is merged in: an
 * undated one takes the new date; one known only to the month takes the day(s) a new mention
 * gives (the dates agree, so they fall in that month); a single day gains an end day on the same
 * start. null: nothing changes.
 */
export function refinedDate(
  stored: { date: Date | null; endDate: Date | null; datePrecision: DatePrecision | null },
  m: AttributedMeeting,
): { date: Date | null; endDate: Date | null; datePrecision: DatePrecision | null } | null {
  const precision = precisionOf(m);
  if (!m.date) return null;
  if (!stored.date || (stored.datePrecision === 'month' && precision === 'day')) return { date: toDate(m.date), endDate: toDate(m.endDate), datePrecision: precision };
  if (stored.datePrecision !== 'month' && precision === 'day' && !stored.endDate && m.endDate && m.date === stored.date.toISOString().slice(0, 10)) {
    return { date: stored.date, endDate: toDate(m.endDate), datePrecision: 'day' };
  }
  return null;
}

export interface Candidate {
  id: number;
  date: Date | null;
  endDate: Date | null;
  status: MeetingStatus;
  participants: { personId: number | null; organizationId: number | null }[];
  mentions: { article: { publishedAt: Date | null } }[];
}

export function datesAgree(c: Candidate, m: AttributedMeeting, published: Date | null): boolean {
  const start = toDate(m.date);
  const end = toDate(m.endDate) ?? start;
  if (start && c.date) {
    const cEnd = c.endDate ?? c.date;
    return start.getTime() <= cEnd.getTime() && c.date.getTime() <= end!.getTime();
  }
  const held = m.status === 'held' || c.status === 'held';
  const window = (held ? HELD_WINDOW_DAYS : DATE_WINDOW_DAYS) * DAY;
  const ours = [start ?? published].filter((d): d is Date => d !== null);
  const theirs = c.date ? [c.date] : c.mentions.map((x) => x.article.publishedAt).filter((d): d is Date => d !== null);
  return ours.some((a) => theirs.some((b) => Math.abs(a.getTime() - b.getTime()) <= window));
}

export async function findMeeting(
  tx: Tx,
  meeting: AttributedMeeting,
  participants: MeetingParticipants,
  published: Date | null,
): Promise<number | null> {
  const ours = participantKeys(participants);
  if (!ours.size) return null; // nothing to recognise it by
  const start = toDate(meeting.date);
  const end = toDate(meeting.endDate) ?? start;
  const dateFilter: Prisma.MeetingWhereInput = start
    ? {
        OR: [
          { date: null },
          { date: { lte: end! }, OR: [{ endDate: { gte: start } }, { endDate: null, date: { gte: start } }] },
        ],
      }
    : {};
  const candidates: Candidate[] = await tx.meeting.findMany({
    where: {
      kind: meeting.kind,
      participants: {
        some: {
          OR: [
            ...(participants.personIds.length ? [{ personId: { in: participants.personIds } }] : []),
            ...(participants.organizationIds.length ? [{ organizationId: { in: participants.organizationIds } }] : []),
          ],
        },
      },
      ...dateFilter,
    },
    select: {
      id: true,
      date: true,
      endDate: true,
      status: true,
      participants: { select: { personId: true, organizationId: true } },
      mentions: { select: { article: { select: { publishedAt: true } } }, take: 20 },
    },
    orderBy: { id: 'desc' }, // the most recent first: an undated report is about a recent event
    take: 200,
  });

  return chooseMeeting(candidates, meeting, participants, published);
}

/**
 * The decision of findMeeting among its candidates (at most 200, the most recent first, already
 * filtered by kind, a shared participant and the date filter): shared by the one-article path and
 * the batch path (batch.ts), which finds the same candidates in memory.
 */
export function chooseMeeting(
  candidates: Candidate[],
  meeting: AttributedMeeting,
  participants: MeetingParticipants,
  published: Date | null,
): number | null {
  const ours = participantKeys(participants);
  const start = toDate(meeting.date);
  const scored: { id: number; shared: number; jaccard: number; exact: boolean }[] = [];
  for (const c of candidates) {
    const theirs = participantKeys({
      personIds: c.participants.flatMap((p) => (p.personId === null ? [] : [p.personId])),
      organizationIds: c.participants.flatMap((p) => (p.organizationId === null ? [] : [p.organizationId])),
    });
    const shared = [...ours].filter((k) => theirs.has(k)).length;
    const subset = shared === ours.size || shared === theirs.size;
    if (!subset || shared === 0) continue;
    if (!datesAgree(c, meeting, published)) continue;
    const exact = !!start && !!c.date && c.date.getTime() === start.getTime();
    scored.push({ id: c.id, shared, jaccard: shared / (ours.size + theirs.size - shared), exact });
  }
  const strong = scored.filter((s) => s.jaccard === 1 || s.shared >= 2);
  const pool = strong.length ? strong : scored.length === 1 ? scored : [];
  pool.sort((a, b) => b.jaccard - a.jaccard || Number(b.exact) - Number(a.exact) || a.id - b.id);
  return pool[0]?.id ?? null;
}

/**
 * Finds or creates the meeting, completes what was unknown (date, end date, place), keeps the most
 * advanced status (held > planned > proposed > speculated) and adds the participants.
 */
export async function resolveMeeting(
  tx: Tx,
  meeting: AttributedMeeting,
  participants: MeetingParticipants,
  published: Date | null,
): Promise<MeetingResolution> {
  const existingId = await findMeeting(tx, meeting, participants, published);
  let id: number;
  if (existingId === null) {
    const created = await tx.meeting.create({
      data: {
        kind: meeting.kind,
        status: meeting.status,
        date: toDate(meeting.date),
        endDate: toDate(meeting.endDate),
        datePrecision: precisionOf(meeting),
        place: meeting.place,
      },
      select: { id: true },
    });
    id = created.id;
  } else {
    id = existingId;
    const existing = await tx.meeting.findUniqueOrThrow({ where: { id }, select: { date: true, endDate: true, datePrecision: true, place: true, status: true } });
    const data: Prisma.MeetingUpdateInput = {};
    const refined = refinedDate(existing, meeting);
    if (refined) Object.assign(data, refined);
    if (!existing.place && meeting.place) data.place = meeting.place;
    if (STATUS_RANK[meeting.status] > STATUS_RANK[existing.status]) data.status = meeting.status;
    if (Object.keys(data).length) await tx.meeting.update({ where: { id }, data });
  }
  const rows = [
    ...participants.personIds.map((personId) => ({ meetingId: id, personId })),
    ...participants.organizationIds.map((organizationId) => ({ meetingId: id, organizationId })),
  ];
  if (rows.length) await tx.meetingParticipant.createMany({ data: rows, skipDuplicates: true });
  return { id, created: existingId === null };
}
