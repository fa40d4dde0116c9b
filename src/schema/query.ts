// The root `Query` fields: paginated lists of everything. Single objects come through `node`/`nodes`.

import { queryFromInfo } from '@pothos/plugin-prisma';
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import type { Prisma } from '../db/generated/prisma/client.js';
import { nameKey } from '../attribution/normalize.js';
import { searchPersons } from '../db/search.js';
import { badInput, builder, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './builder.js';
import { checkOffsetArgs } from './search.js';
import { ArticleConnection, articleOrder } from './article.js';
import { MeetingConnection, meetingOrder } from './meeting.js';
import { MeetingFilter, meetingWhere } from './meeting-filter.js';
import { OrganizationConnection, OrganizationKind } from './organization.js';
import { Person, PersonConnection } from './person.js';
import { statementOrder, StatementConnection } from './statement.js';
import { StatementFilter, StatementOrder, statementWhereAsync, type StatementFilterInput } from './statement-filter.js';

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

  persons: t.connection(
    {
      type: Person,
      description:
        'Persons. Without `search`, by name. With `search`, best match first: any spelling of a name or alias (with or without diacritics, ' +
        'hamza/yaa/taa-marbuta and transliteration variants such as ديمترى/دميترى/ديميتري), part of a name (ظريف), or the Latin name (Zarif). ' +
        'Cursors are positions in the list.',
      args: { search: t.arg.string({ required: false, description: 'A name or part of one, in Arabic or Latin letters.' }) },
      resolve: async (_root, args, ctx, info) => {
        checkOffsetArgs(args);
        const search = args.search?.trim();
        if (search && search.length > 200) throw badInput(`search is ${search.length} characters long; at most 200 are allowed.`, 'search');
        const select = () => queryFromInfo({ context: ctx, info, typeName: 'Person', paths: [['nodes'], ['edges', 'node']] });
        let total = 0;
        const connection = await resolveOffsetConnection({ args, defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE }, async ({ limit, offset }) => {
          if (!search) {
            total = await ctx.prisma.person.count();
            return ctx.prisma.person.findMany({ ...select(), orderBy: [{ name: 'asc' }, { id: 'asc' }], skip: offset, take: limit });
          }
          const page = await searchPersons(ctx.prisma, search, { limit, offset });
          total = page.total;
          if (!page.items.length) return [];
          const rows = await ctx.prisma.person.findMany({ ...select(), where: { id: { in: page.items.map((i) => i.id) } } });
          const byId = new Map(rows.map((r) => [r.id, r]));
          return page.items.map((i) => byId.get(i.id)).filter((r) => r !== undefined);
        });
        return { ...connection, totalCount: total };
      },
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
      description: 'Attributed statements: newest article first, then in the order of the text, unless `orderBy` says otherwise.',
      args: {
        filter: t.arg({ type: StatementFilter, required: false }),
        orderBy: t.arg({ type: StatementOrder, required: false, description: 'Default PUBLISHED_DESC; RELEVANCE needs filter.text.' }),
      },
      resolve: async (query, _root, args, ctx) => {
        const { where, ranked } = await filtered(ctx.prisma, args);
        if (args.orderBy === 'RELEVANCE') {
          if (!ranked) throw badInput('orderBy: RELEVANCE needs filter.text (relevance to what?); give filter.text or another order.', 'orderBy');
          return pageByRank(ranked, query, (ids) => ctx.prisma.statement.findMany({ ...query, cursor: undefined, skip: undefined, take: undefined, where: { AND: [where, { id: { in: ids } }] } }));
        }
        return ctx.prisma.statement.findMany({ ...query, where, orderBy: args.orderBy === 'PUBLISHED_ASC' ? statementOrderAsc : statementOrder });
      },
      totalCount: async (_connection, args, ctx) => ctx.prisma.statement.count({ where: (await filtered(ctx.prisma, args)).where }),
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

/** Oldest article first (undated last), then in the order of the text. */
const statementOrderAsc = [
  { publishedAt: { sort: 'asc', nulls: 'last' } },
  { articleId: 'asc' },
  { position: 'asc' },
] satisfies Prisma.StatementOrderByWithRelationInput[];

// The filter of one `statements` call is resolved once, for its page and its totalCount.
const filterCache = new WeakMap<object, ReturnType<typeof statementWhereAsync>>();
function filtered(db: Parameters<typeof statementWhereAsync>[0], args: { filter?: StatementFilterInput | null }) {
  let cached = filterCache.get(args);
  if (!cached) {
    cached = statementWhereAsync(db, args.filter);
    filterCache.set(args, cached);
  }
  return cached;
}

/**
 * One page of a list ordered by rank (ids best first), as Prisma's cursor pagination would give it
 * for `query` (take = page size + 1, negative backwards; skip 1 past the cursor).
 */
async function pageByRank<T extends { id: number }>(
  ranked: number[],
  query: { take?: number; skip?: number; cursor?: { id?: number } },
  load: (ids: number[]) => Promise<T[]>,
): Promise<T[]> {
  const take = query.take ?? ranked.length;
  const skip = query.skip ?? 0;
  const at = query.cursor?.id != null ? ranked.indexOf(query.cursor.id) : -1;
  if (query.cursor && at < 0) return [];
  let ids: number[];
  if (take >= 0) {
    const start = (at < 0 ? 0 : at) + skip;
    ids = ranked.slice(start, start + take);
  } else {
    const end = at < 0 ? ranked.length : at - skip + 1;
    ids = ranked.slice(Math.max(0, end + take), Math.max(0, end));
  }
  if (!ids.length) return [];
  const rows = await load(ids);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r): r is T => r !== undefined);
}

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
