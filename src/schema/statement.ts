// `Statement`: one attributed statement — who said what, where in which article, relayed by whom.

import type { Prisma } from '../db/generated/prisma/client.js';
import { builder, LIST_DEFAULT_SIZE, LIST_MAX_SIZE, listFieldExtensions, listSize, registerNodeType } from './builder.js';
import { Meeting } from './meeting.js';
import { Span } from './span.js';
import { asSpeaker, Speaker } from './speaker.js';

export const StatementKind = builder.enumType('StatementKind', {
  description: 'How the statement is reported.',
  values: {
    direct: { description: 'Quoted in the speaker\'s words (usually between quotation marks).' },
    indirect: { description: 'Reported speech: paraphrased, e.g. after "قال إن" or "أكد أن".' },
  } as const,
});

/**
 * The order of every statement list: newest article first (undated articles last), then by
 * article, then in the order of the text. `sortDate` is the article's date copied onto the
 * statement, NOT NULL (undated = 0001-01-01, src/db/statement-dates.ts), so this is exactly the
 * order of the statement_*feed_idx indexes and a page reads its rows off an index, without
 * sorting the table.
 */
export const statementOrder = [
  { sortDate: 'desc' },
  { articleId: 'desc' },
  { position: 'asc' },
] satisfies Prisma.StatementOrderByWithRelationInput[];

registerNodeType('Statement');

export const Statement = builder.prismaNode('Statement', {
  description: 'Something a person or an organization said, as reported in one article.',
  id: { field: 'id' },
  nullable: true,
  fields: (t) => ({
    content: t.exposeString('content', { description: 'What was said, as written in the article.' }),
    kind: t.expose('kind', { type: StatementKind }),
    cue: t.exposeString('cue', { description: 'The reporting verb or marker (قال، أكد، أضاف، ":"…), as written.' }),
    via: t.relation('via', {
      nullable: true,
      description: 'The organization the statement was relayed through ("according to SANA", "told RIA Novosti"), if any.',
    }),
    audience: t.exposeString('audience', {
      nullable: true,
      description: 'Whom the statement was addressed to ("told journalists", "in a call with…"), as written.',
    }),
    anaphoric: t.exposeBoolean('anaphoric', {
      description: 'True when the article names the speaker only by a pronoun or a role (وأضاف، وتابع الوزير) resolved from context.',
    }),
    position: t.exposeInt('position', { description: 'Order of the statement in its article, from 0.' }),
    article: t.relation('article', { description: 'The article the statement was reported in.' }),
    contentSpan: t.field({
      type: Span,
      description: 'Where `content` is in the article body.',
      resolve: (statement) => ({ start: statement.contentStart, end: statement.contentEnd }),
    }),
    cueSpan: t.field({
      type: Span,
      description: 'Where `cue` is in the article body.',
      resolve: (statement) => ({ start: statement.cueStart, end: statement.cueEnd }),
    }),
    audienceSpan: t.field({
      type: Span,
      nullable: true,
      description: 'Where `audience` is in the article body, when there is one.',
      resolve: (statement) =>
        statement.audienceStart == null || statement.audienceEnd == null
          ? null
          : { start: statement.audienceStart, end: statement.audienceEnd },
    }),
  }),
});

export const StatementConnection = builder.connectionObject({
  type: Statement,
  name: 'StatementConnection',
  description: 'A page of statements.',
});

builder.prismaObjectFields('Statement', (t) => ({
  speaker: t.field({
    type: Speaker,
    nullable: true,
    description: 'Who said it: a Person or an Organization; null when the article does not say.',
    select: (_args, _ctx, nestedSelection) => ({
      speakerPerson: nestedSelection(true, [], 'Person'),
      speakerOrganization: nestedSelection(true, [], 'Organization'),
    }),
    resolve: (statement) =>
      asSpeaker(statement.speakerPerson, 'Person') ?? asSpeaker(statement.speakerOrganization, 'Organization'),
  }),
  meetings: t.field({
    type: [Meeting],
    description: 'The meetings the statement is about.',
    args: { first: t.arg.int({ defaultValue: LIST_DEFAULT_SIZE, description: `How many, at most ${LIST_MAX_SIZE}.` }) },
    extensions: listFieldExtensions,
    select: (args, _ctx, nestedSelection) => ({
      meetings: { orderBy: [{ meetingId: 'asc' }], take: listSize(args.first), select: { meeting: nestedSelection(true) } },
    }),
    resolve: (statement) => statement.meetings.map((link) => link.meeting),
  }),
  corroborations: t.field({
    type: [Statement],
    description: 'Statements by the same speaker in other articles that make the same claim (the first `first`).',
    args: { first: t.arg.int({ defaultValue: LIST_DEFAULT_SIZE, description: `How many, at most ${LIST_MAX_SIZE}.` }) },
    extensions: listFieldExtensions,
    select: (args, _ctx, nestedSelection) => ({
      corroborates: { orderBy: [{ score: 'desc' }, { toId: 'asc' }], take: listSize(args.first), select: { to: nestedSelection(true) } },
      corroboratedBy: { orderBy: [{ score: 'desc' }, { fromId: 'asc' }], take: listSize(args.first), select: { from: nestedSelection(true) } },
    }),
    resolve: (statement, args) =>
      [...statement.corroborates.map((link) => link.to), ...statement.corroboratedBy.map((link) => link.from)].slice(0, listSize(args.first)),
  }),
}));
