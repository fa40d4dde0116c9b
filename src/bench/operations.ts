// The five API operations of the benchmark, as Isnad GraphQL documents, and the variables each
// request uses (picked from the corpus once, then cycled through by the load driver).
import type { GraphQLSchema } from 'graphql';
import { nameKey, phoneticKey } from '../attribution/normalize.js';
import { variantSearchTargets } from './corpus.js';
import { withClient } from './db.js';

export type OperationName = 'statementsPage' | 'personByVariant' | 'search' | 'meeting' | 'node';

export const OPERATIONS: { name: OperationName; title: string }[] = [
  { name: 'statementsPage', title: 'page of 50 statements with speaker, article, outlet, meetings' },
  { name: 'personByVariant', title: 'person by a variant spelling, with 20 statements' },
  { name: 'search', title: 'Arabic full-text search (20 statements)' },
  { name: 'meeting', title: 'meeting with participants and statements' },
  { name: 'node', title: '`node` by id (a statement)' },
];

const SPEAKER = `speaker { __typename ... on Person { id name } ... on Organization { id name } }`;

export const ISNAD_DOCUMENTS: Record<OperationName, string> = {
  statementsPage: `query statementsPage {
  statements(first: 50) {
    edges { node { id content kind cue ${SPEAKER} article { id title publishedAt outlet { id name } } meetings { id kind status date } } }
    pageInfo { hasNextPage endCursor }
  }
}`,
  personByVariant: `query personByVariant($search: String!) {
  persons(search: $search, first: 1) {
    edges { node { id name role aliases statements(first: 20) { edges { node { id content kind article { id publishedAt } } } } } }
  }
}`,
  search: `query search($query: String!) {
  search(query: $query, first: 20) {
    totalCount
    edges { rank snippet node { __typename ... on Statement { id content kind ${SPEAKER} article { id publishedAt } } ... on Article { id title publishedAt } } }
  }
}`,
  meeting: `query meeting($id: ID!) {
  node(id: $id) {
    id
    ... on Meeting {
      kind status date place
      participants { id name role }
      participantOrganizations { id name }
      statements { id content kind ${SPEAKER} article { id title publishedAt } }
    }
  }
}`,
  node: `query node($id: ID!) {
  node(id: $id) {
    id
    ... on Statement { content kind cue position ${SPEAKER} via { id name } article { id title publishedAt } }
  }
}`,
};

/** Isnad's global id: base64 of "Type:id". */
export function globalId(type: string, id: number): string {
  return Buffer.from(`${type}:${id}`).toString('base64');
}

/** One request's variables, for every target: Isnad, PostGraphile and the SQL floor. */
export interface RequestVariables {
  /** Isnad's variables. */
  isnad: Record<string, unknown>;
  /** Database ids and folded keys, for PostGraphile and the floor. */
  raw: Record<string, unknown>;
}

export type Workload = Record<OperationName, RequestVariables[]>;

/** Arabic words that the corpus's statements use, for the full-text search. */
export const SEARCH_TERMS = ['الإرهاب', 'المفاوضات', 'الانتخابات', 'العقوبات', 'الاتفاق النووي', 'وقف إطلاق النار', 'المساعدات', 'الاستثمارات', 'الحوار', 'اللاجئين'];

/**
 * How Isnad's `persons(search:)` finds a person: `contains` (any part of the folded name or an
 * alias, by name) or `ranked` (src/db/search.ts searchPersons: trigram similarity over the folded
 * and phonetic keys, best match first). The floor and PostGraphile do what Isnad does.
 */
export type PersonSearchMode = 'contains' | 'ranked';

export function personSearchMode(schema: GraphQLSchema): PersonSearchMode {
  const persons = schema.getQueryType()?.getFields().persons;
  return persons?.description && /best match/i.test(persons.description) ? 'ranked' : 'contains';
}

/** Picks the requests' variables from the database: the same for every target and every run. */
export async function buildWorkload(url: string, count = 16, personMode: PersonSearchMode = 'contains'): Promise<Workload> {
  return withClient(url, async (c) => {
    // Spread over the id range, deterministically.
    const spread = async (table: string): Promise<number[]> => {
      const { rows } = await c.query<{ id: number }>(
        `SELECT id FROM (SELECT id, row_number() OVER (ORDER BY id) AS rn, count(*) OVER () AS n FROM ${table}) x
         WHERE (rn - 1) % greatest(1, n / $1) = 0 ORDER BY id LIMIT $1`,
        [count],
      );
      return rows.map((r) => r.id);
    };
    const meetings = await spread('meeting');
    const statements = await spread('statement');
    const persons = variantSearchTargets();
    return {
      statementsPage: [{ isnad: {}, raw: {} }],
      personByVariant: persons.map((p) => ({
        isnad: { search: p.variant },
        raw: { mode: personMode, text: p.variant.trim(), key: nameKey(p.variant) || p.variant.trim(), phonetic: phoneticKey(p.variant) },
      })),
      search: SEARCH_TERMS.map((q) => ({ isnad: { query: q }, raw: { query: q } })),
      meeting: meetings.map((id) => ({ isnad: { id: globalId('Meeting', id) }, raw: { id } })),
      node: statements.map((id) => ({ isnad: { id: globalId('Statement', id) }, raw: { id } })),
    };
  });
}
