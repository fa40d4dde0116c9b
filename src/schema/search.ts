// `Query.search`: Arabic full-text search over statements and articles (src/db/search.ts
// `searchText`: the `arabic` configuration over folded text, GIN indexes), best first, each hit
// with a highlighted snippet and its rank. Cursors are offsets into the ranking.
import { queryFromInfo } from '@pothos/plugin-prisma';
import { cursorToOffset, offsetForArgs, offsetToCursor } from '@pothos/plugin-relay';
import type { GraphQLResolveInfo } from 'graphql';
import { SEARCH_WINDOW, searchText, type TextMatch } from '../db/search.js';
import { Article } from './article.js';
import { badInput, builder, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type IsnadContext } from './builder.js';
import { Statement } from './statement.js';

export const SearchResult = builder.unionType('SearchResult', {
  description: 'What a full-text search finds: a statement, or an article.',
  types: [Statement, Article],
  resolveType: (value) => ('cue' in (value as object) ? 'Statement' : 'Article'),
});

interface SearchEdgeShape {
  cursor: string;
  node: object;
  snippet: string;
  rank: number;
}

interface SearchConnectionShape {
  edges: SearchEdgeShape[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
  totalCountIsExact: boolean;
}

const SearchEdge = builder.objectRef<SearchEdgeShape>('SearchEdge').implement({
  description: 'One hit, with where it matched.',
  fields: (t) => ({
    cursor: t.exposeString('cursor'),
    node: t.field({ type: SearchResult, resolve: (edge) => edge.node as never }),
    snippet: t.exposeString('snippet', {
      description: 'An HTML fragment of the text around the match: text escaped, matched words in <b>…</b>, "…" where the text was cut.',
    }),
    rank: t.exposeFloat('rank', { description: 'How well it matches (higher is better); comparable within one search.' }),
  }),
});

const SearchConnection = builder.objectRef<SearchConnectionShape>('SearchConnection').implement({
  description: 'A page of search hits, best first.',
  fields: (t) => ({
    edges: t.field({ type: [SearchEdge], resolve: (c) => c.edges }),
    pageInfo: t.field({ type: builder.pageInfoRef(), resolve: (c) => c.pageInfo }),
    totalCount: t.exposeInt('totalCount', {
      description: `How many hits in all: every match, or when \`totalCountIsExact\` is false, the ${SEARCH_WINDOW} most recent matching statements and articles (each) that the search ranks.`,
    }),
    totalCountIsExact: t.exposeBoolean('totalCountIsExact', {
      description: `False when a kind of result has more than ${SEARCH_WINDOW} matches: only the most recent ${SEARCH_WINDOW} of them are ranked and counted (narrow the query to reach older ones).`,
    }),
  }),
});

/** Checks first/last/after/before for an offset-paginated field; throws BAD_USER_INPUT otherwise. */
export function checkOffsetArgs(args: { first?: number | null; last?: number | null; after?: string | null; before?: string | null }): void {
  for (const key of ['first', 'last'] as const) {
    const v = args[key];
    if (v != null && (v < 0 || v > MAX_PAGE_SIZE)) throw badInput(`${key} must be between 0 and ${MAX_PAGE_SIZE}; got ${v}.`, key);
  }
  for (const key of ['after', 'before'] as const) {
    const v = args[key];
    if (v == null) continue;
    let ok = false;
    try {
      ok = Number.isInteger(cursorToOffset(v)) && cursorToOffset(v) >= 0;
    } catch {
      ok = false;
    }
    if (!ok) throw badInput(`${key}: "${v}" is not a cursor of this list; use the \`cursor\` of an edge, or \`pageInfo.endCursor\`.`, key);
  }
}

async function loadByIds<T extends { id: number }>(ids: number[], load: (ids: number[]) => Promise<T[]>): Promise<Map<number, T>> {
  if (!ids.length) return new Map();
  return new Map((await load(ids)).map((row) => [row.id, row]));
}

async function resolveSearch(query: string, args: { first?: number | null; after?: string | null }, ctx: IsnadContext, info: GraphQLResolveInfo): Promise<SearchConnectionShape> {
  if (!query.trim()) throw badInput('query is empty: give one or more words to search for.', 'query');
  if (query.length > 500) throw badInput(`query is ${query.length} characters long; at most 500 are allowed.`, 'query');
  checkOffsetArgs(args);
  // `limit` is one more than the page (`expectedSize`): the extra hit tells whether there is a next page.
  const { offset, limit, expectedSize, hasPreviousPage, hasNextPage } = offsetForArgs({
    args: { first: args.first ?? undefined, after: args.after ?? undefined },
    defaultSize: DEFAULT_PAGE_SIZE,
    maxSize: MAX_PAGE_SIZE,
  });
  const found = await searchText(ctx.prisma, query, { limit, offset });
  const page = { items: found.items.slice(0, expectedSize), total: found.total };
  const want = (type: TextMatch['type']) => page.items.filter((i) => i.type === type).map((i) => i.id);
  const [statements, articles] = await Promise.all([
    loadByIds(want('Statement'), (ids) =>
      ctx.prisma.statement.findMany({
        ...queryFromInfo({ context: ctx, info, typeName: 'Statement', path: ['edges', 'node'] }),
        where: { id: { in: ids } },
      }),
    ),
    loadByIds(want('Article'), (ids) =>
      ctx.prisma.article.findMany({
        ...queryFromInfo({ context: ctx, info, typeName: 'Article', path: ['edges', 'node'] }),
        where: { id: { in: ids } },
      }),
    ),
  ]);
  const edges: SearchEdgeShape[] = [];
  page.items.forEach((hit, i) => {
    const node = hit.type === 'Statement' ? statements.get(hit.id) : articles.get(hit.id);
    // A row deleted between the search and the load is left out.
    if (node) edges.push({ cursor: offsetToCursor(offset + i), node, snippet: hit.snippet, rank: hit.rank });
  });
  return {
    edges,
    totalCount: page.total,
    totalCountIsExact: found.totalIsExact ?? true,
    pageInfo: {
      hasPreviousPage,
      hasNextPage: hasNextPage(found.items.length),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

builder.queryField('search', (t) =>
  t.field({
    type: SearchConnection,
    description:
      'Full-text search over statements and articles, in Arabic (any inflection, with or without diacritics, hamza and taa-marbuta variants), best first. ' +
      'Web-search syntax: "a phrase", or, -word. ' +
      `A word found in more than ${SEARCH_WINDOW} statements or articles ranks the most recent ${SEARCH_WINDOW} of each (see \`totalCountIsExact\`).`,
    args: {
      query: t.arg.string({ required: true, description: 'Words to look for, e.g. مفاوضات السلام.' }),
      first: t.arg.int({ required: false, description: `At most this many hits (default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}).` }),
      after: t.arg.string({ required: false, description: 'The cursor of the last hit of the previous page.' }),
    },
    resolve: (_root, args, ctx, info) => resolveSearch(args.query, args, ctx, info),
  }),
);
