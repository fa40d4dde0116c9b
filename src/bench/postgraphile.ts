// PostGraphile v5 as the peer: the SQL it needs in the database (schema isnad_bench: the person
// and full-text searches as functions, PostGraphile's way of adding custom queries) and the GraphQL
// documents equivalent to Isnad's five operations. The server itself is postgraphile-server.mjs.
import { fold, nameKey, phoneticKey } from '../attribution/normalize.js';
import { searchSql } from '../db/search.js';
import type { OperationName, PersonSearchMode, RequestVariables } from './operations.js';
import { BENCH_SCHEMA, withClient } from './db.js';

export const POSTGRAPHILE_SETUP_SQL = `
CREATE SCHEMA IF NOT EXISTS ${BENCH_SCHEMA};
-- The statement table carries its article's date itself (sort_date, published_at), so the
-- feed order is plain columns for PostGraphile too. An earlier bench version added a computed
-- column of the same name; it now clashes with the real column and breaks the whole schema.
DROP FUNCTION IF EXISTS public.statement_published_at(public.statement);
-- Query.searchPersons: Isnad's person search (folded key in the name or any alias, or the text
-- in the Arabic or English name), PostGraphile's way: a set-returning SQL function.
CREATE OR REPLACE FUNCTION ${BENCH_SCHEMA}.search_persons(key text, search text) RETURNS SETOF public.person
  LANGUAGE sql STABLE AS $$
  SELECT p.* FROM public.person p
  WHERE p.normalized_name LIKE '%' || key || '%'
     OR EXISTS (SELECT 1 FROM public.person_alias pa WHERE pa.person_id = p.id AND pa.normalized LIKE '%' || key || '%')
     OR p.name ILIKE '%' || search || '%' OR p.name_en ILIKE '%' || search || '%'
  ORDER BY p.name, p.id
$$;
`;

/**
 * Isnad's ranked person search (src/db/search.ts) as a PostGraphile query field: the very SQL of
 * searchPersons, made a function of the folded key, the phonetic key and the query as typed.
 */
export function rankedPersonSearchSql(): string {
  // A query whose three forms differ (ى folds to ي; the phonetic key drops the vowels), so that
  // every parameter of the generated SQL can be told apart and replaced by the right argument.
  const sentinel = 'سيرغى';
  const forms = new Map<unknown, string>([
    [nameKey(sentinel), 'q_key'],
    [phoneticKey(sentinel), 'q_phonetic'],
    [sentinel, 'q_query'],
  ]);
  if (forms.size !== 3) throw new Error('the sentinel query does not separate the search keys');
  const sql = searchSql.persons(sentinel, { limit: 1000, offset: 0 }, 0)!;
  const body = sql.text.replace(/\$(\d+)/g, (_m, n: string) => {
    const value = sql.values[Number(n) - 1];
    if (typeof value === 'number') return String(value);
    const arg = forms.get(value);
    if (!arg) throw new Error(`unexpected parameter ${JSON.stringify(value)} in the person search SQL`);
    return arg;
  });
  return `
CREATE OR REPLACE FUNCTION ${BENCH_SCHEMA}.search_persons_ranked(q_key text, q_phonetic text, q_query text) RETURNS SETOF public.person
  LANGUAGE sql STABLE AS $fn$
  SELECT p.* FROM (SELECT hit.id, row_number() OVER () AS rank FROM (${body}) hit) ranked
  JOIN public.person p ON p.id = ranked.id ORDER BY ranked.rank
$fn$;`;
}

/**
 * Isnad's full-text search (src/db/search.ts searchText) as a PostGraphile query field: the same
 * SQL (ts_headline included), a function of the folded query, returning the hits as records
 * (type, id, rank, total, text, headline) of one page (q_limit). PostGraphile cannot return a union
 * of tables from a function, so its hits carry no nested statement or article: lighter than
 * Isnad's answer.
 */
export function textSearchSql(): string {
  const sentinel = 'مفاوضات السلام';
  const folded = fold(sentinel);
  // A page size nobody would ask for marks the LIMIT, which becomes an argument: the headlines are
  // then computed for the page only, as in Isnad.
  const marker = 977;
  const sql = searchSql.text(sentinel, { limit: marker, offset: 0 }, ['Statement', 'Article'])!;
  const body = sql.text.replace(/\$(\d+)/g, (_m, n: string) => {
    const value = sql.values[Number(n) - 1];
    if (value === marker) return 'q_limit';
    if (typeof value === 'number') return String(value);
    if (value === folded) return 'q_text';
    if (typeof value === 'string') return `'${value.replace(/'/g, "''")}'`;
    throw new Error(`unexpected parameter ${JSON.stringify(value)} in the text search SQL`);
  });
  return `
DROP FUNCTION IF EXISTS ${BENCH_SCHEMA}.search_text(text);
CREATE OR REPLACE FUNCTION ${BENCH_SCHEMA}.search_text(q_text text, q_limit integer)
  RETURNS TABLE (hit_type text, hit_id integer, rank double precision, total integer, body text, headline text)
  LANGUAGE sql STABLE AS $fn$
  SELECT type, id, rank, total, text, headline FROM (${body}) hits
$fn$;`;
}

export async function preparePostGraphile(url: string, personMode: PersonSearchMode = 'contains', withSearch = false): Promise<void> {
  await withClient(url, async (c) => {
    await c.query(POSTGRAPHILE_SETUP_SQL);
    if (personMode === 'ranked') await c.query(rankedPersonSearchSql());
    if (withSearch) await c.query(textSearchSql());
  });
  setPostGraphilePersonMode(personMode);
  if (withSearch)
    setPostGraphileSearch(`query search($query: String!) {
  isnadBenchSearchText(qText: $query, qLimit: 20) { nodes { hitType hitId rank total body headline } }
}`);
}

const PERSON_NODES = `nodes { id name role
      personAliasesByPersonId(orderBy: PRIMARY_KEY_ASC) { nodes { text } }
      statementsBySpeakerPersonId(first: 20, orderBy: [SORT_DATE_DESC, ARTICLE_ID_DESC, POSITION_ASC]) { nodes { id content kind articleByArticleId { id publishedAt } } } }`;

let personMode: PersonSearchMode = 'contains';
function setPostGraphilePersonMode(mode: PersonSearchMode): void {
  personMode = mode;
  POSTGRAPHILE_DOCUMENTS.personByVariant =
    mode === 'ranked'
      ? `query personByVariant($key: String!, $phonetic: String!, $query: String!) {
  isnadBenchSearchPersonsRanked(qKey: $key, qPhonetic: $phonetic, qQuery: $query, first: 1) { ${PERSON_NODES} }
}`
      : `query personByVariant($key: String!, $search: String!) {
  isnadBenchSearchPersons(key: $key, search: $search, first: 1) { ${PERSON_NODES} }
}`;
}

const SPEAKER = 'personBySpeakerPersonId { id name } organizationBySpeakerOrganizationId { id name }';
// Isnad's feed order (src/schema/statement.ts): newest article first, undated last, text order.
const STATEMENT_ORDER = '[SORT_DATE_DESC, ARTICLE_ID_DESC, POSITION_ASC]';

export const POSTGRAPHILE_DOCUMENTS: Record<OperationName, string> = {
  statementsPage: `query statementsPage {
  allStatements(first: 50, orderBy: ${STATEMENT_ORDER}) {
    edges { node { id content kind cue ${SPEAKER}
      articleByArticleId { id title publishedAt organizationByOutletId { id name } }
      statementMeetingsByStatementId(orderBy: MEETING_ID_ASC) { nodes { meetingByMeetingId { id kind status date } } } } }
    pageInfo { hasNextPage endCursor }
  }
}`,
  personByVariant: `query personByVariant($key: String!, $search: String!) {
  isnadBenchSearchPersons(key: $key, search: $search, first: 1) {
    nodes { id name role
      personAliasesByPersonId(orderBy: PRIMARY_KEY_ASC) { nodes { text } }
      statementsBySpeakerPersonId(first: 20, orderBy: ${STATEMENT_ORDER}) { nodes { id content kind articleByArticleId { id publishedAt } } } }
  }
}`,
  search: '',
  meeting: `query meeting($id: Int!) {
  meetingByRowId(rowId: $id) {
    id kind status date place
    meetingParticipantsByMeetingId(orderBy: PRIMARY_KEY_ASC) { nodes { personByPersonId { id name role } organizationByOrganizationId { id name } } }
    statementMeetingsByMeetingId { nodes { statementByStatementId { id content kind ${SPEAKER} articleByArticleId { id title publishedAt } } } }
  }
}`,
  node: `query node($id: Int!) {
  statementByRowId(rowId: $id) { id content kind cue position ${SPEAKER} organizationByViaId { id name } articleByArticleId { id title publishedAt } }
}`,
};

/** PostGraphile's variables for one request of the workload. */
export function postgraphileVariables(op: OperationName, r: RequestVariables): Record<string, unknown> {
  switch (op) {
    case 'personByVariant':
      return personMode === 'ranked' ? { key: r.raw.key, phonetic: r.raw.phonetic, query: r.raw.text } : { key: r.raw.key, search: r.raw.text };
    case 'meeting':
    case 'node':
      return { id: r.raw.id };
    case 'search':
      return { query: fold(String(r.raw.query)) };
    default:
      return { ...r.raw };
  }
}

let searchDocument = '';
export function setPostGraphileSearch(document: string): void {
  searchDocument = document;
  POSTGRAPHILE_DOCUMENTS.search = document;
}
export function hasPostGraphileSearch(): boolean {
  return searchDocument !== '';
}
