// The five API operations of the benchmark, as Isnad GraphQL documents, and the variables each
// request uses (picked from the corpus once, then cycled through by the load driver).
import type { GraphQLSchema } from 'graphql';
import { nameKey, phoneticKey } from '../attribution/normalize.js';
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

/** A deterministic PRNG (mulberry32): the same workload for every target and every run. */
function random(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let x = Math.imul(t ^ (t >>> 15), 1 | t);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `length` requests over `items` ranked most popular first, drawn with Zipf weights (1/rank):
 * a few hot items and a long tail, as traffic on a news graph has; it is what a response cache's
 * hit rate depends on.
 */
export function zipfSequence<T>(items: T[], length: number, seed: number): T[] {
  if (items.length <= 1) return items.slice();
  const cumulative: number[] = [];
  let sum = 0;
  for (let i = 0; i < items.length; i++) cumulative.push((sum += 1 / (i + 1)));
  const next = random(seed);
  const out: T[] = [];
  for (let k = 0; k < length; k++) {
    const x = next() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    out.push(items[lo]);
  }
  return out;
}

export interface WorkloadOptions {
  /** Distinct variable sets per operation, at most (default 2,000). */
  distinct?: number;
  /** Requests per operation's sequence, cycled through by the load driver (default 4 × distinct). */
  length?: number;
  personMode?: PersonSearchMode;
}

/**
 * The requests' variables, drawn from the graph itself: persons by the variant spellings stored
 * as their aliases (the most quoted first), words of the articles' titles for the full-text
 * search (the most frequent first), meetings (the most discussed first) and statements (in a
 * fixed pseudo-random order) by id. Each operation's requests are a Zipf-weighted sequence over
 * these. The same for every target and every run on the same graph.
 */
export async function buildWorkload(url: string, options: WorkloadOptions = {}): Promise<Workload> {
  const distinct = options.distinct ?? 2_000;
  const length = options.length ?? distinct * 4;
  const personMode = options.personMode ?? 'contains';
  return withClient(url, async (c) => {
    const persons = (
      await c.query<{ text: string }>(
        `SELECT text FROM (
           SELECT DISTINCT ON (pa.text) pa.text, n.statements, p.id
           FROM person p JOIN person_alias pa ON pa.person_id = p.id
           JOIN LATERAL (SELECT count(*) AS statements FROM statement s WHERE s.speaker_person_id = p.id) n ON true
           WHERE n.statements > 0 AND length(pa.text) >= 3
           ORDER BY pa.text, n.statements DESC) x
         ORDER BY statements DESC, id, text LIMIT $1`,
        [distinct],
      )
    ).rows.map((r) => r.text);
    const words = (
      await c.query<{ w: string }>(
        `SELECT w FROM (SELECT regexp_split_to_table(title, '[^ء-ي]+') AS w FROM article WHERE title IS NOT NULL) x
         WHERE length(w) >= 5 GROUP BY w ORDER BY count(*) DESC, w OFFSET 10 LIMIT $1`,
        [Math.min(distinct, 1_000)],
      )
    ).rows.map((r) => r.w);
    const meetings = (
      await c.query<{ id: number }>(
        `SELECT m.id FROM meeting m LEFT JOIN LATERAL (SELECT count(*) AS n FROM statement_meeting sm WHERE sm.meeting_id = m.id) k ON true
         ORDER BY k.n DESC, m.id LIMIT $1`,
        [distinct],
      )
    ).rows.map((r) => r.id);
    const statements = (await c.query<{ id: number }>(`SELECT id FROM statement ORDER BY md5(id::text) LIMIT $1`, [distinct])).rows.map((r) => r.id);
    const variant = (v: string): RequestVariables => ({
      isnad: { search: v },
      raw: { mode: personMode, text: v.trim(), key: nameKey(v) || v.trim(), phonetic: phoneticKey(v) },
    });
    return {
      statementsPage: [{ isnad: {}, raw: {} }],
      personByVariant: zipfSequence(persons.map(variant), length, 1),
      search: zipfSequence(words.map((q) => ({ isnad: { query: q }, raw: { query: q } })), length, 2),
      meeting: zipfSequence(meetings.map((id) => ({ isnad: { id: globalId('Meeting', id) }, raw: { id } })), length, 3),
      node: zipfSequence(statements.map((id) => ({ isnad: { id: globalId('Statement', id) }, raw: { id } })), length, 4),
    };
  });
}

/** Distinct variable sets of an operation's sequence. */
export function distinctRequests(w: Workload, op: OperationName): number {
  return new Set(w[op].map((r) => JSON.stringify(r.raw))).size;
}
