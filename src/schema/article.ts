// `Article`: one news text as ingested, with its outlet and what was said in it.

import type { Prisma } from '../db/generated/prisma/client.js';
import { builder, LIST_DEFAULT_SIZE, LIST_MAX_SIZE, listFieldExtensions, listSize, registerNodeType, ROWS_PER_LIST_ITEM, uniqueBy } from './builder.js';
import { Meeting } from './meeting.js';
import { NameMention } from './name-mention.js';
import { Organization } from './organization.js';
import { Person } from './person.js';
import { StatementConnection } from './statement.js';

/** Newest first; articles without a date last; the latest ingested first on the same day. */
export const articleOrder = [
  { publishedAt: { sort: 'desc', nulls: 'last' } },
  { id: 'desc' },
] satisfies Prisma.ArticleOrderByWithRelationInput[];

registerNodeType('Article');

export const Article = builder.prismaNode('Article', {
  description: 'A news article as ingested. Spans of its statements are offsets into `body`.',
  id: { field: 'id' },
  nullable: true,
  // Select mode: a body can be long, so it is read only when asked for.
  select: { id: true },
  fields: (t) => ({
    title: t.exposeString('title', { nullable: true }),
    // Up to a megabyte each: weighed in the cost limit (src/server/limits.ts) like 50 fields.
    body: t.exposeString('body', { description: 'The full text, exactly as ingested.', extensions: { cost: 50 } }),
    publishedAt: t.expose('publishedAt', { type: 'Date', nullable: true, description: 'The day of publication.' }),
    url: t.exposeString('url', { nullable: true }),
    outlet: t.relation('outlet', { nullable: true, description: 'The newspaper, site or channel that published the article.' }),
  }),
});

export const ArticleConnection = builder.connectionObject({
  type: Article,
  name: 'ArticleConnection',
  description: 'A page of articles.',
});

builder.prismaObjectFields('Article', (t) => ({
  statements: t.relatedConnection(
    'statements',
    {
      description: 'What was said in the article, in the order of the text.',
      cursor: 'id',
      totalCount: true,
      query: () => ({ orderBy: [{ position: 'asc' }] }),
    },
    StatementConnection,
  ),
  persons: t.field({
    type: [Person],
    description: 'The persons named in the article (speakers included), in order of first appearance.',
    args: { first: t.arg.int({ defaultValue: LIST_DEFAULT_SIZE, description: `How many, at most ${LIST_MAX_SIZE}.` }) },
    extensions: listFieldExtensions,
    select: (args, _ctx, nestedSelection) => ({
      mentions: {
        orderBy: [{ start: 'asc' }, { id: 'asc' }],
        take: listSize(args.first) * ROWS_PER_LIST_ITEM,
        select: { person: nestedSelection(true) },
      },
      statements: {
        orderBy: [{ position: 'asc' }],
        take: listSize(args.first) * ROWS_PER_LIST_ITEM,
        select: { speakerPerson: nestedSelection(true) },
      },
    }),
    resolve: (article, args) =>
      uniqueBy(
        [
          ...article.mentions.map((mention) => mention.person),
          ...article.statements.map((statement) => statement.speakerPerson),
        ],
        (person) => person.id,
      ).slice(0, listSize(args.first)),
  }),
  organizations: t.field({
    type: [Organization],
    description: 'The organizations named in the article (speakers and relays included), in order of first appearance.',
    args: { first: t.arg.int({ defaultValue: LIST_DEFAULT_SIZE, description: `How many, at most ${LIST_MAX_SIZE}.` }) },
    extensions: listFieldExtensions,
    select: (args, _ctx, nestedSelection) => ({
      mentions: {
        orderBy: [{ start: 'asc' }, { id: 'asc' }],
        take: listSize(args.first) * ROWS_PER_LIST_ITEM,
        select: { organization: nestedSelection(true) },
      },
      statements: {
        orderBy: [{ position: 'asc' }],
        take: listSize(args.first) * ROWS_PER_LIST_ITEM,
        select: { speakerOrganization: nestedSelection(true), via: nestedSelection(true) },
      },
    }),
    resolve: (article, args) =>
      uniqueBy(
        [
          ...article.mentions.map((mention) => mention.organization),
          ...article.statements.flatMap((statement) => [statement.speakerOrganization, statement.via]),
        ],
        (organization) => organization.id,
      ).slice(0, listSize(args.first)),
  }),
  mentions: t.field({
    type: [NameMention],
    description: 'Where the article names persons and organizations, in the order of the text.',
    // One query per article (a page of one article reads them; lists of articles rarely do).
    resolve: (article, _args, ctx) =>
      ctx.prisma.mention.findMany({
        where: { articleId: article.id },
        orderBy: [{ start: 'asc' }, { id: 'asc' }],
        include: { person: true, organization: true },
      }),
  }),
  meetings: t.field({
    type: [Meeting],
    description: 'The meetings the article speaks of, in order of first mention.',
    args: { first: t.arg.int({ defaultValue: LIST_DEFAULT_SIZE, description: `How many, at most ${LIST_MAX_SIZE}.` }) },
    extensions: listFieldExtensions,
    select: (args, _ctx, nestedSelection) => ({
      meetingMentions: {
        orderBy: [{ start: 'asc' }, { id: 'asc' }],
        take: listSize(args.first) * ROWS_PER_LIST_ITEM,
        select: { meeting: nestedSelection(true) },
      },
    }),
    resolve: (article, args) => uniqueBy(article.meetingMentions.map((mention) => mention.meeting), (meeting) => meeting.id).slice(0, listSize(args.first)),
  }),
}));
