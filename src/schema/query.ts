// The root `Query` fields: paginated lists of everything. Single objects come through `node`/`nodes`.

import type { Prisma } from '../db/generated/prisma/client.js';
import { nameKey } from '../attribution/normalize.js';
import { builder } from './builder.js';
import { ArticleConnection, articleOrder } from './article.js';
import { MeetingConnection, meetingOrder } from './meeting.js';
import { MeetingFilter, meetingWhere } from './meeting-filter.js';
import { OrganizationConnection, OrganizationKind } from './organization.js';
import { PersonConnection } from './person.js';
import { statementOrder, StatementConnection } from './statement.js';
import { StatementFilter, statementWhere } from './statement-filter.js';

/** Persons or organizations whose name, any alias, or English name contains `search`. */
function nameSearch(search: string | null | undefined) {
  const text = search?.trim();
  if (!text) return null;
  const key = nameKey(text) || text;
  // Prisma's `contains` is a LIKE pattern: the user's % _ and \ must match themselves.
  return { text: escapeLike(text), key: escapeLike(key) };
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

builder.queryFields((t) => ({
  articles: t.prismaConnection(
    {
      type: 'Article',
      cursor: 'id',
      description: 'All articles, newest first.',
      resolve: (query, _root, _args, ctx) => ctx.prisma.article.findMany({ ...query, orderBy: articleOrder }),
      totalCount: (_connection, _args, ctx) => ctx.prisma.article.count(),
    },
    ArticleConnection,
  ),

  persons: t.prismaConnection(
    {
      type: 'Person',
      cursor: 'id',
      description: 'Persons, by name. `search` matches any part of a name or alias, ignoring diacritics and hamza/yaa/taa-marbuta spelling, or of the English name.',
      args: { search: t.arg.string({ required: false, description: 'Part of a name, in Arabic or Latin letters.' }) },
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.person.findMany({ ...query, where: personWhere(args.search), orderBy: [{ name: 'asc' }, { id: 'asc' }] }),
      totalCount: (_connection, args, ctx) => ctx.prisma.person.count({ where: personWhere(args.search) }),
    },
    PersonConnection,
  ),

  organizations: t.prismaConnection(
    {
      type: 'Organization',
      cursor: 'id',
      description: 'Organizations, by name: agencies, ministries, outlets... `search` works as for persons.',
      args: {
        search: t.arg.string({ required: false, description: 'Part of a name, in Arabic or Latin letters.' }),
        kind: t.arg({ type: OrganizationKind, required: false }),
      },
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.organization.findMany({
          ...query,
          where: organizationWhere(args.search, args.kind),
          orderBy: [{ name: 'asc' }, { id: 'asc' }],
        }),
      totalCount: (_connection, args, ctx) => ctx.prisma.organization.count({ where: organizationWhere(args.search, args.kind) }),
    },
    OrganizationConnection,
  ),

  statements: t.prismaConnection(
    {
      type: 'Statement',
      cursor: 'id',
      description: 'Attributed statements, newest article first, then in the order of the text.',
      args: { filter: t.arg({ type: StatementFilter, required: false }) },
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.statement.findMany({ ...query, where: statementWhere(args.filter), orderBy: statementOrder }),
      totalCount: (_connection, args, ctx) => ctx.prisma.statement.count({ where: statementWhere(args.filter) }),
    },
    StatementConnection,
  ),

  meetings: t.prismaConnection(
    {
      type: 'Meeting',
      cursor: 'id',
      description: 'Meetings, calls, summits, visits and talks, latest first (undated last).',
      args: { filter: t.arg({ type: MeetingFilter, required: false }) },
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.meeting.findMany({ ...query, where: meetingWhere(args.filter), orderBy: meetingOrder }),
      totalCount: (_connection, args, ctx) => ctx.prisma.meeting.count({ where: meetingWhere(args.filter) }),
    },
    MeetingConnection,
  ),
}));

function personWhere(search: string | null | undefined): Prisma.PersonWhereInput {
  const s = nameSearch(search);
  if (!s) return {};
  return {
    OR: [
      { normalizedName: { contains: s.key } },
      { aliases: { some: { normalized: { contains: s.key } } } },
      { name: { contains: s.text, mode: 'insensitive' } },
      { nameEn: { contains: s.text, mode: 'insensitive' } },
    ],
  };
}

function organizationWhere(search: string | null | undefined, kind: Prisma.OrganizationWhereInput['kind'] | null | undefined): Prisma.OrganizationWhereInput {
  const s = nameSearch(search);
  const and: Prisma.OrganizationWhereInput[] = [];
  if (kind != null) and.push({ kind });
  if (s) {
    and.push({
      OR: [
        { normalizedName: { contains: s.key } },
        { aliases: { some: { normalized: { contains: s.key } } } },
        { name: { contains: s.text, mode: 'insensitive' } },
        { nameEn: { contains: s.text, mode: 'insensitive' } },
      ],
    });
  }
  return and.length === 0 ? {} : { AND: and };
}
