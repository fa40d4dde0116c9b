// `Meeting`: a meeting, phone call, summit, visit or talks that statements speak of, merged across
// articles.

import type { Prisma } from '../db/generated/prisma/client.js';
import { Article } from './article.js';
import { builder, LIST_DEFAULT_SIZE, LIST_MAX_SIZE, listFieldExtensions, listSize, registerNodeType, ROWS_PER_LIST_ITEM, uniqueBy } from './builder.js';
import { Organization } from './organization.js';
import { Person } from './person.js';
import { Statement, statementOrder } from './statement.js';

export const MeetingKind = builder.enumType('MeetingKind', {
  description: 'What sort of encounter it is.',
  values: {
    meeting: { description: 'A meeting (لقاء، اجتماع).' },
    phone_call: { description: 'A phone call (اتصال هاتفي، محادثة هاتفية).' },
    summit: { description: 'A summit (قمة).' },
    visit: { description: 'A visit (زيارة).' },
    talks: { description: 'Talks (محادثات، مباحثات).' },
  } as const,
});

export const MeetingStatus = builder.enumType('MeetingStatus', {
  description: 'Whether it happened, as the articles tell it.',
  values: {
    held: { description: 'It took place.' },
    planned: { description: 'It is scheduled (من المقرر، سيلتقي).' },
    proposed: { description: 'Someone proposed or called for it.' },
    speculated: { description: 'It is expected or rumoured (توقع، يجب أن).' },
  } as const,
});

export const DatePrecision = builder.enumType('DatePrecision', {
  description: 'How much of a date is known.',
  values: {
    day: { description: 'The day (or the days, date to endDate).' },
    month: { description: 'Only the month (تموز المقبل): date and endDate are its first and last day.' },
  } as const,
});

/** Latest first; undated meetings last. */
export const meetingOrder = [
  { date: { sort: 'desc', nulls: 'last' } },
  { id: 'desc' },
] satisfies Prisma.MeetingOrderByWithRelationInput[];

registerNodeType('Meeting');

export const Meeting = builder.prismaNode('Meeting', {
  description: 'A meeting, phone call, summit, visit or talks that the articles speak of; one Meeting across all articles that mention it.',
  id: { field: 'id' },
  nullable: true,
  fields: (t) => ({
    kind: t.expose('kind', { type: MeetingKind }),
    status: t.expose('status', { type: MeetingStatus }),
    date: t.expose('date', { type: 'Date', nullable: true, description: 'The day it happens (the first day, for a range); null when the text gives no resolvable date.' }),
    endDate: t.expose('endDate', { type: 'Date', nullable: true, description: 'The last day, for a range of days (or of the month, when only the month is known).' }),
    datePrecision: t.expose('datePrecision', {
      type: DatePrecision,
      nullable: true,
      description: 'Whether date..endDate are days or stand for a month known only as such (تموز المقبل); null when undated.',
    }),
    dateText: t.exposeString('dateText', { nullable: true, description: 'The time expression as written, kept even when it could not be resolved.' }),
    place: t.exposeString('place', { nullable: true, description: 'Where, as written (e.g. في واشنطن).' }),
  }),
});

export const MeetingConnection = builder.connectionObject({
  type: Meeting,
  name: 'MeetingConnection',
  description: 'A page of meetings.',
});

builder.prismaObjectFields('Meeting', (t) => ({
  participants: t.field({
    type: [Person],
    description: 'The persons taking part.',
    args: { first: t.arg.int({ defaultValue: LIST_DEFAULT_SIZE, description: `How many, at most ${LIST_MAX_SIZE}.` }) },
    extensions: listFieldExtensions,
    select: (args, _ctx, nestedSelection) => ({
      participants: { orderBy: [{ id: 'asc' }], take: listSize(args.first) * ROWS_PER_LIST_ITEM, select: { person: nestedSelection(true) } },
    }),
    resolve: (meeting, args) =>
      uniqueBy(meeting.participants.map((participant) => participant.person), (person) => person.id).slice(0, listSize(args.first)),
  }),
  participantOrganizations: t.field({
    type: [Organization],
    description: 'The organizations taking part (delegations, governments).',
    args: { first: t.arg.int({ defaultValue: LIST_DEFAULT_SIZE, description: `How many, at most ${LIST_MAX_SIZE}.` }) },
    extensions: listFieldExtensions,
    select: (args, _ctx, nestedSelection) => ({
      participants: { orderBy: [{ id: 'asc' }], take: listSize(args.first) * ROWS_PER_LIST_ITEM, select: { organization: nestedSelection(true) } },
    }),
    resolve: (meeting, args) =>
      uniqueBy(meeting.participants.map((participant) => participant.organization), (organization) => organization.id).slice(0, listSize(args.first)),
  }),
  statements: t.field({
    type: [Statement],
    description: 'Statements about the meeting, newest article first.',
    args: { first: t.arg.int({ defaultValue: LIST_DEFAULT_SIZE, description: `How many, at most ${LIST_MAX_SIZE}.` }) },
    extensions: listFieldExtensions,
    select: (args, _ctx, nestedSelection) => ({
      statements: {
        orderBy: statementOrder.map((order) => ({ statement: order })),
        take: listSize(args.first),
        select: { statement: nestedSelection(true) },
      },
    }),
    resolve: (meeting) => meeting.statements.map((link) => link.statement),
  }),
  mentions: t.field({
    type: [Article],
    description: 'The articles that mention the meeting, newest first.',
    args: { first: t.arg.int({ defaultValue: LIST_DEFAULT_SIZE, description: `How many, at most ${LIST_MAX_SIZE}.` }) },
    extensions: listFieldExtensions,
    select: (args, _ctx, nestedSelection) => ({
      mentions: {
        orderBy: [{ article: { publishedAt: { sort: 'desc', nulls: 'last' } } }, { articleId: 'desc' }, { start: 'asc' }],
        take: listSize(args.first) * ROWS_PER_LIST_ITEM,
        select: { article: nestedSelection(true) },
      },
    }),
    resolve: (meeting, args) => uniqueBy(meeting.mentions.map((mention) => mention.article), (article) => article.id).slice(0, listSize(args.first)),
  }),
}));
