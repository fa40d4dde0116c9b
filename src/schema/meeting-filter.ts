// `MeetingFilter`: narrows `Query.meetings`. Every field given must hold (AND).

import type { Prisma } from '../db/generated/prisma/client.js';
import { badInput, builder, parseIdArg } from './builder.js';
import { formatDay } from './date.js';
import { MeetingKind, MeetingStatus } from './meeting.js';

export const MeetingFilter = builder.inputType('MeetingFilter', {
  description: 'Narrows a list of meetings; every field given must hold.',
  fields: (t) => ({
    participant: t.id({ description: 'Only meetings this Person or Organization takes part in.' }),
    kind: t.field({ type: MeetingKind }),
    status: t.field({ type: MeetingStatus }),
    from: t.field({ type: 'Date', description: 'Only meetings on or after this day (a range of days counts when it overlaps).' }),
    to: t.field({ type: 'Date', description: 'Only meetings on or before this day.' }),
  }),
});

export type MeetingFilterInput = typeof MeetingFilter.$inferInput;

export function meetingWhere(filter: MeetingFilterInput | null | undefined): Prisma.MeetingWhereInput {
  if (!filter) return {};
  const and: Prisma.MeetingWhereInput[] = [];
  if (filter.participant != null) {
    const participant = parseIdArg(String(filter.participant), 'filter.participant', ['Person', 'Organization']);
    and.push({
      participants: {
        some: participant.typename === 'Person' ? { personId: participant.id } : { organizationId: participant.id },
      },
    });
  }
  if (filter.kind != null) and.push({ kind: filter.kind });
  if (filter.status != null) and.push({ status: filter.status });
  if (filter.from != null && filter.to != null && filter.from.getTime() > filter.to.getTime()) {
    throw badInput(`filter.from (${formatDay(filter.from)}) is after filter.to (${formatDay(filter.to)}); the range would be empty.`, 'filter.from');
  }
  if (filter.from != null) {
    // Ends on or after `from`: endDate when it has one, else its single day.
    and.push({ OR: [{ endDate: { gte: filter.from } }, { endDate: null, date: { gte: filter.from } }] });
  }
  if (filter.to != null) and.push({ date: { lte: filter.to } });
  return and.length === 0 ? {} : { AND: and };
}
