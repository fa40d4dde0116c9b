// Search over PostgreSQL (prisma/migrations/20261123013000_search): persons and organizations by
// any spelling of their names (trigram similarity over folded and phonetic keys), and Arabic
// full-text search over statements and articles (the `arabic` configuration over folded text).
//
// Queries are folded here with src/attribution/normalize.ts and stored text is folded in SQL by
// its twins isnad_fold / isnad_name_key / isnad_phonetic (test/search/fold.test.ts keeps them
// equal). User text only ever reaches SQL as a bound parameter (Prisma.sql tagged templates), and
// full-text queries go through websearch_to_tsquery, which accepts any input.
import { fold, foldChar, nameKey, phoneticKey } from '../attribution/normalize.js';
import { isLatinQuery, latinSkeleton, latinVowelSkeleton } from './skeleton.js';
import { Prisma } from './generated/prisma/client.js';
import type { PrismaClient } from './generated/prisma/client.js';

/** A client or an interactive transaction: anything with $queryRaw. */
export type SearchDb = Pick<PrismaClient, '$queryRaw'>;

export interface PageArgs {
  /** At most this many items (default 20, at most 1000). */
  limit?: number;
  /** Skip this many items first (default 0). */
  offset?: number;
}

export interface SearchPage<T> {
  items: T[];
  /** All matches, regardless of limit and offset (for full-text search: in its window, see SEARCH_WINDOW). */
  total: number;
  /** False when `total` is a lower bound: a full-text search found more matches than its window. */
  totalIsExact?: boolean;
}

export interface PersonMatch {
  id: number;
  /** 0..1: 1 for an exact (folded) name or alias, lower for partial and spelling-variant matches. */
  score: number;
}

export type SearchResultType = 'Statement' | 'Article';

export interface TextMatch {
  type: SearchResultType;
  id: number;
  /** ts_rank, normalized by document length (comparable between statements and articles). */
  rank: number;
  /**
   * An HTML fragment of the ORIGINAL text (diacritics and spelling as stored): text escaped
   * (&, <, >), the matched words in <b>…</b>, "…" where the text was cut.
   */
  snippet: string;
}

const TS_CONFIG = Prisma.sql`'arabic'::regconfig`;

// Markers ts_headline puts around matches and between fragments: private-use characters, so that
// they cannot be confused with the text; replaced by <b>…</b> and "…" after mapping to the original.
const START_SEL = '\uE000';
const STOP_SEL = '\uE001';
const FRAGMENT_DELIMITER = '\uE002';
// ts_headline drops what its parser takes for HTML tags (<b>, <script>...): the angle brackets are
// swapped for look-alikes first, one character for one, so that the text keeps its length.
const TAG_FREE = '\u2039\u203A';
const HEADLINE_OPTIONS =
  `StartSel=${START_SEL}, StopSel=${STOP_SEL}, FragmentDelimiter=${FRAGMENT_DELIMITER}, ` +
  'MaxFragments=2, MaxWords=30, MinWords=12, ShortWord=1';

function pageOf(page: PageArgs = {}): { limit: number; offset: number } {
  const limit = Math.min(Math.max(Math.trunc(page.limit ?? 20), 0), 1000);
  const offset = Math.max(Math.trunc(page.offset ?? 0), 0);
  return { limit, offset };
}

/** Whether the text has anything to search for (a letter or a digit). */
function searchable(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

// ---------------------------------------------------------------------------------------------
// Persons and organizations by name

export interface NameKeys {
  /** nameKey(): punctuation dropped, folded (matches person_alias.normalized, person.normalized_name). */
  key: string;
  /** phoneticKey(): long vowels dropped, g/s/z/t/d letters merged (ديمترى = دميترى = ديميتري). */
  phonetic: string;
}

export function nameKeysOf(query: string): NameKeys {
  return { key: nameKey(query), phonetic: phoneticKey(query) };
}

// How well a name form matches the query: the mean of similarity (the whole form) and word
// similarity (the query as part of the form), so that an exact form scores 1, the query being a
// whole word of the form ("ظريف" in "محمد جواد ظريف") about 0.75, and a shorter form beats a
// longer one that contains the query just as well. Phonetic matches count 0.9 of that.
function nameScore(column: Prisma.Sql, phoneticColumn: Prisma.Sql, keys: NameKeys): Prisma.Sql {
  return Prisma.sql`greatest(
    (similarity(${column}, ${keys.key}) + word_similarity(${keys.key}, ${column})) / 2,
    0.9 * (similarity(${phoneticColumn}, ${keys.phonetic}) + word_similarity(${keys.phonetic}, ${phoneticColumn})) / 2)`;
}

// Rows whose `column` is close to `value`: similarity above pg_trgm.similarity_threshold (0.3),
// or word similarity (`value` as a part of the column) above pg_trgm.word_similarity_threshold
// (0.6). Two branches of a UNION ALL rather than an OR: each branch is one condition the GIN
// trigram index of the column answers, where an OR of several makes the planner give up on them.
function trigramBranches(select: Prisma.Sql, column: Prisma.Sql, value: string | Prisma.Sql): Prisma.Sql[] {
  return [Prisma.sql`${select} WHERE ${column} % ${value}`, Prisma.sql`${select} WHERE ${value} <% ${column}`];
}

// A Latin query against the consonant skeletons of Arabic names and aliases (src/db/skeleton.ts):
// finds خاشقجي by "Khashoggi" when no English name is stored. It counts at most 0.6 of a trigram
// match, so that a stored name or English name that matches even in part (a surname in a
// full name, about 0.7) comes first.
function skeletonBranches(query: string): Prisma.Sql[] {
  if (!isLatinQuery(query)) return [];
  const skel = latinSkeleton(query);
  if (skel.replace(/ /g, '').length < 2) return [];
  const vowels = latinVowelSkeleton(query);
  // 0.5 for the consonants, up to 0.1 more for the vowels (word similarity: the query as part of the name)
  const score = (column: Prisma.Sql, text: Prisma.Sql) =>
    Prisma.sql`0.5 * (similarity(${column}, ${skel}) + word_similarity(${skel}, ${column})) / 2 + 0.1 * word_similarity(${vowels}, isnad_vowel_skeleton(${text}))`;
  const person = Prisma.sql`SELECT p.id, ${score(Prisma.sql`p.name_skeleton`, Prisma.sql`p.name`)} AS score FROM person p`;
  const alias = Prisma.sql`SELECT pa.person_id AS id, ${score(Prisma.sql`pa.skeleton`, Prisma.sql`pa.text`)} AS score FROM person_alias pa`;
  return [...trigramBranches(person, Prisma.sql`p.name_skeleton`, skel), ...trigramBranches(alias, Prisma.sql`pa.skeleton`, skel)];
}

/** Candidate persons with their best score over name, aliases and Latin name: (id, score) rows. */
function personCandidates(query: string): Prisma.Sql {
  const keys = nameKeysOf(query);
  const alias = Prisma.sql`SELECT pa.person_id AS id, ${nameScore(Prisma.sql`pa.normalized`, Prisma.sql`pa.phonetic`, keys)} AS score FROM person_alias pa`;
  const person = Prisma.sql`SELECT p.id, ${nameScore(Prisma.sql`p.normalized_name`, Prisma.sql`p.name_phonetic`, keys)} AS score FROM person p`;
  const latinQuery = Prisma.sql`isnad_latin(${query})`;
  const latin = Prisma.sql`SELECT p.id, (similarity(p.name_en_key, ${latinQuery}) + word_similarity(${latinQuery}, p.name_en_key)) / 2 AS score FROM person p`;
  const branches = [
    ...trigramBranches(alias, Prisma.sql`pa.normalized`, keys.key),
    ...trigramBranches(alias, Prisma.sql`pa.phonetic`, keys.phonetic),
    ...trigramBranches(person, Prisma.sql`p.normalized_name`, keys.key),
    ...trigramBranches(person, Prisma.sql`p.name_phonetic`, keys.phonetic),
    ...trigramBranches(latin, Prisma.sql`p.name_en_key`, latinQuery),
    ...skeletonBranches(query),
  ];
  return Prisma.sql`SELECT id, max(score)::float8 AS score FROM (${Prisma.join(branches, ' UNION ALL ')}) forms GROUP BY id`;
}

/**
 * Persons whose name, any alias or Latin name matches `query` in any spelling: with or without
 * diacritics, hamza/alef/yaa/taa-marbuta variants, transliteration variants (ستافان / ستيفان دي
 * ميستورا, جيدو / غيدو فيسترفيله), part of a name (ميستورا), or the Latin name (de Mistura).
 * Best first: by score, then by number of statements (the better-known namesake first), then id.
 */
export async function searchPersons(
  db: SearchDb,
  query: string,
  page?: PageArgs,
  options: { minScore?: number } = {},
): Promise<SearchPage<PersonMatch>> {
  const { offset } = pageOf(page);
  const minScore = options.minScore ?? 0;
  const sql = searchSql.persons(query, page, minScore);
  if (!sql) return { items: [], total: 0 };
  const rows = await db.$queryRaw<{ id: number; score: number; total: number }[]>(sql);
  const total = rows.length ? rows[0].total : offset > 0 ? await countPersons(db, query, minScore) : 0;
  return { items: rows.map((r) => ({ id: r.id, score: r.score })), total };
}

function personsSql(query: string, page: PageArgs | undefined, minScore: number): Prisma.Sql | null {
  const { limit, offset } = pageOf(page);
  if (!searchable(nameKey(query))) return null;
  return Prisma.sql`
    WITH candidates AS (${personCandidates(query)})
    SELECT c.id, c.score, count(*) OVER ()::int AS total
    FROM candidates c
    WHERE c.score >= ${minScore}
    ORDER BY c.score DESC,
      (SELECT count(*) FROM statement s WHERE s.speaker_person_id = c.id) DESC,
      c.id
    LIMIT ${limit} OFFSET ${offset}`;
}

async function countPersons(db: SearchDb, query: string, minScore: number): Promise<number> {
  const [row] = await db.$queryRaw<{ total: number }[]>`
    SELECT count(*)::int AS total FROM (${personCandidates(query)}) c WHERE c.score >= ${minScore}`;
  return row.total;
}

/** Candidate organizations (id, score) by name and aliases (folded keys; no phonetic key). */
function organizationCandidates(query: string): Prisma.Sql {
  const key = nameKey(query);
  const score = (column: Prisma.Sql) => Prisma.sql`(similarity(${column}, ${key}) + word_similarity(${key}, ${column})) / 2`;
  const branches = [
    ...trigramBranches(
      Prisma.sql`SELECT oa.organization_id AS id, ${score(Prisma.sql`oa.normalized`)} AS score FROM organization_alias oa`,
      Prisma.sql`oa.normalized`,
      key,
    ),
    ...trigramBranches(
      Prisma.sql`SELECT o.id, ${score(Prisma.sql`o.normalized_name`)} AS score FROM organization o`,
      Prisma.sql`o.normalized_name`,
      key,
    ),
  ];
  return Prisma.sql`SELECT id, max(score)::float8 AS score FROM (${Prisma.join(branches, ' UNION ALL ')}) forms GROUP BY id`;
}

/** The default score a speaker must reach for statements(filter: { speakerName }). */
export const SPEAKER_MIN_SCORE = 0.6;

function speakersSql(nameQuery: string, minScore: number): Prisma.Sql | null {
  if (!searchable(nameKey(nameQuery))) return null;
  return Prisma.sql`
    SELECT 'person' AS kind, c.id FROM (${personCandidates(nameQuery)}) c WHERE c.score >= ${minScore}
    UNION ALL
    SELECT 'organization', c.id FROM (${organizationCandidates(nameQuery)}) c WHERE c.score >= ${minScore}
    ORDER BY 1, 2`;
}

/**
 * Speakers (persons and organizations) a name filter means, in any spelling: every person or
 * organization scoring at least `minScore` (default SPEAKER_MIN_SCORE: a whole word of the name,
 * or a close spelling variant of it). For statements(filter: { speakerName }):
 * `OR: [{ speakerPersonId: { in: personIds } }, { speakerOrganizationId: { in: organizationIds } }]`.
 */
export async function matchingSpeakerIds(
  db: SearchDb,
  nameQuery: string,
  options: { minScore?: number } = {},
): Promise<{ personIds: number[]; organizationIds: number[] }> {
  const sql = searchSql.speakers(nameQuery, options.minScore ?? SPEAKER_MIN_SCORE);
  if (!sql) return { personIds: [], organizationIds: [] };
  const rows = await db.$queryRaw<{ kind: 'person' | 'organization'; id: number }[]>(sql);
  return {
    personIds: rows.filter((r) => r.kind === 'person').map((r) => r.id),
    organizationIds: rows.filter((r) => r.kind === 'organization').map((r) => r.id),
  };
}

// ---------------------------------------------------------------------------------------------
// Full-text search

/**
 * The tsquery of a user's search text: folded, then read with websearch syntax ("phrase", or,
 * -word) by isnad_tsquery: all words as written, or all words in their definite forms (the
 * Snowball stemmer handles المفاوضات better than مفاوضات; the search vectors hold both forms).
 */
function tsQuery(query: string): Prisma.Sql {
  return Prisma.sql`isnad_tsquery(${fold(query)})`;
}

/**
 * A WHERE condition for statements whose content matches `query` (full text, any spelling and
 * inflection), for raw queries over the statement table under `tableAlias` (default "statement").
 * Null when the query has nothing to search for: no statement matches.
 */
export function statementTextCondition(query: string, tableAlias = 'statement'): Prisma.Sql | null {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(tableAlias)) throw new Error(`Not a table alias: ${tableAlias}`);
  if (!searchable(fold(query))) return null;
  return Prisma.sql`${Prisma.raw(`"${tableAlias}"."search_vector"`)} @@ ${tsQuery(query)}`;
}

/**
 * Statements whose content matches `query` (full text), best first, for
 * statements(filter: { text }): `where: { id: { in: ids } }`, and the ranks to order by relevance.
 */
export async function statementIdsMatchingText(
  db: SearchDb,
  query: string,
  options: { limit?: number } = {},
): Promise<{ id: number; rank: number }[]> {
  const sql = searchSql.statementIds(query, options.limit ?? 10_000);
  return sql ? db.$queryRaw<{ id: number; rank: number }[]>(sql) : [];
}

function statementIdsSql(query: string, limit: number): Prisma.Sql | null {
  const condition = statementTextCondition(query, 's');
  if (!condition) return null;
  return Prisma.sql`
    SELECT s.id, ts_rank(s.search_vector, ${tsQuery(query)}, 1)::float8 AS rank
    FROM statement s
    WHERE ${condition}
    ORDER BY rank DESC, s.id
    LIMIT ${Math.max(Math.trunc(limit), 0)}`;
}

/**
 * Full-text search over statements (content) and articles (title and body), best first, with a
 * highlighted snippet of the original text. `types` restricts the kinds of results.
 */
export async function searchText(
  db: SearchDb,
  query: string,
  page?: PageArgs,
  options: { types?: SearchResultType[]; window?: number } = {},
): Promise<SearchPage<TextMatch>> {
  const { offset } = pageOf(page);
  const types = options.types ?? ['Statement', 'Article'];
  const window = options.window ?? SEARCH_WINDOW;
  const sql = searchSql.text(query, page, types, window);
  if (!sql) return { items: [], total: 0, totalIsExact: true };
  const rows = await db.$queryRaw<
    { type: SearchResultType; id: number; rank: number; total: number; exact: boolean; text: string; headline: string }[]
  >(sql);
  let total = rows.length ? rows[0].total : 0;
  let totalIsExact = rows.length ? rows[0].exact : true;
  if (!rows.length && offset > 0) {
    const [row] = await db.$queryRaw<{ total: number; exact: boolean }[]>`
      SELECT count(*)::int AS total, ${exactTotal(Prisma.empty, window)} AS exact
      FROM (${Prisma.join(textHits(query, types, window), ' UNION ALL ')}) hits`;
    total = row.total;
    totalIsExact = row.exact;
  }
  return {
    items: rows.map((r) => ({ type: r.type, id: r.id, rank: r.rank, snippet: snippetOf(r.text, r.headline) })),
    total,
    totalIsExact,
  };
}

/**
 * How many matches of each kind (statements, articles) a full-text search ranks: the most recent
 * ones. Ranking needs every candidate's search vector, so ranking all matches of a common word
 * grows with the corpus (about 60,000 of 600,000 statements in the 100k benchmark corpus, 1.4 s);
 * the newest SEARCH_WINDOW of each kind come from the feed indexes in date order, at a cost that
 * does not grow with the corpus. A query with fewer matches than that ranks them all.
 */
export const SEARCH_WINDOW = 1000;

/** SQL: whether neither kind filled its window, so that the count of hits is every match. */
function exactTotal(over: Prisma.Sql, window: number): Prisma.Sql {
  return Prisma.sql`(count(*) FILTER (WHERE type = 'Statement') ${over} < ${window}
    AND count(*) FILTER (WHERE type = 'Article') ${over} < ${window})`;
}

/** The ranked candidates of each kind: the newest `window` matches, in the feed orders. */
function textHits(query: string, types: SearchResultType[], window: number): Prisma.Sql[] {
  const q = tsQuery(query);
  const parts: Prisma.Sql[] = [];
  if (types.includes('Statement'))
    parts.push(Prisma.sql`SELECT 'Statement' AS type, s.id, ts_rank(s.search_vector, ${q}, 1)::float8 AS rank
      FROM (${newestMatches({ table: 'statement', feedOrder: Prisma.sql`sort_date DESC, article_id DESC, position` }, q, window)}) s`);
  if (types.includes('Article'))
    parts.push(Prisma.sql`SELECT 'Article' AS type, a.id, ts_rank(a.search_vector, ${q}, 1)::float8 AS rank
      FROM (${newestMatches({ table: 'article', feedOrder: Prisma.sql`published_at DESC, id DESC` }, q, window)}) a`);
  return parts;
}

/**
 * SQL: (id, search_vector) of the newest `window` rows of `table` matching `q`: from the GIN index
 * when the matches are few, in the feed order when they are many.
 *
 * The planner cannot be left to choose. For several words it multiplies their frequencies as if
 * they were independent, and words that go together (وقف إطلاق النار: 28,000 of 600,000
 * statements, estimated at 119) send it to the GIN index, which then fetches and sorts every
 * match (0.3–0.7 s at 100k articles). So the GIN index is asked for up to window + 1 matches
 * (isnad_<table>_match_ids, prisma/migrations/20261123100000_search_match_count): no more than the
 * window, and they are all the matches; more, and the newest are read in feed order, the match
 * written ts_match_vq (the function behind @@), which no index answers, so that the planner can
 * only walk the feed index and stop at `window` matches. A branch whose one-time condition is
 * false is never executed.
 */
function newestMatches(source: { table: 'statement' | 'article'; feedOrder: Prisma.Sql }, q: Prisma.Sql, window: number): Prisma.Sql {
  const table = Prisma.raw(source.table);
  const matchIds = Prisma.raw(`isnad_${source.table}_match_ids`);
  return Prisma.sql`
    WITH first_matches AS MATERIALIZED (SELECT id FROM ${matchIds}(${q}, ${window + 1}) AS id),
    few AS MATERIALIZED (SELECT count(*) <= ${window} AS yes FROM first_matches)
    SELECT id, search_vector FROM ${table} WHERE id IN (SELECT id FROM first_matches) AND (SELECT yes FROM few)
    UNION ALL
    (SELECT id, search_vector FROM ${table} WHERE ts_match_vq(search_vector, ${q}) AND NOT (SELECT yes FROM few)
      ORDER BY ${source.feedOrder} LIMIT ${window})`;
}

/**
 * The query ts_headline highlights with. It reads the text as written (the definite forms exist
 * only in the search vector), where the stemmer took وزير for و + زير: so besides the words as
 * written and in their definite forms, the words without their article and prefix.
 */
function headlineQuery(query: string): Prisma.Sql {
  const f = fold(query);
  return Prisma.sql`(isnad_tsquery(${f}) || websearch_to_tsquery(${TS_CONFIG},
    regexp_replace(${f}, '(?<![\u0621-\u064A\u066E-\u06D3])(?:[وفبك]ال|لل|ال)(?=[\u0621-\u064A\u066E-\u06D3]{2})', '', 'g')))`;
}

function textSql(query: string, page: PageArgs | undefined, types: SearchResultType[], window = SEARCH_WINDOW): Prisma.Sql | null {
  const { limit, offset } = pageOf(page);
  if (!searchable(fold(query)) || !types.length) return null;
  const q = tsQuery(query);
  // The snippet comes from the statement's content, or the article's body, or its title when only
  // the title matches (ts_filter keeps the body's lexemes, weight B).
  return Prisma.sql`
    WITH hits AS (${Prisma.join(textHits(query, types, window), ' UNION ALL ')}),
    page AS (
      SELECT type, id, rank, count(*) OVER ()::int AS total, ${exactTotal(Prisma.sql`OVER ()`, window)} AS exact FROM hits
      ORDER BY rank DESC, type DESC, id LIMIT ${limit} OFFSET ${offset}
    ),
    texts AS (
      SELECT page.*, CASE
          WHEN page.type = 'Statement' THEN s.content
          WHEN a.title IS NOT NULL AND NOT (ts_filter(a.search_vector, '{b}') @@ ${q}) THEN a.title
          ELSE a.body END AS text
      FROM page
      LEFT JOIN statement s ON page.type = 'Statement' AND s.id = page.id
      LEFT JOIN article a ON page.type = 'Article' AND a.id = page.id
    )
    SELECT type, id, rank, total, exact, text,
      ts_headline(${TS_CONFIG}, translate(isnad_fold(text), '<>', ${TAG_FREE}), ${headlineQuery(query)}, ${HEADLINE_OPTIONS}) AS headline
    FROM texts
    ORDER BY rank DESC, type DESC, id`;
}

/**
 * The SQL of each search, for EXPLAIN (test/search/plans.test.ts); null when the query has
 * nothing to search for.
 */
export const searchSql = {
  persons: personsSql,
  speakers: speakersSql,
  text: textSql,
  statementIds: statementIdsSql,
};

// ---------------------------------------------------------------------------------------------
// Snippets: ts_headline over the folded text, mapped back onto the original

interface FoldMap {
  /** fold(text), exactly. */
  folded: string;
  /** start[i]: index in the original text of the character folded[i] comes from. */
  start: number[];
}

/** fold() that remembers where every folded character comes from (white space collapsed too). */
// One pass by code unit (a surrogate pair folded as one character, as fold() does): it runs over
// every hit's whole text, once per search result.
export function foldMapped(text: string): FoldMap {
  let out = '';
  const start: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < text.length; ) {
    const width = isSurrogatePair(text, i) ? 2 : 1;
    const folded = foldChar(width === 1 ? text[i] : text.slice(i, i + 2));
    for (let k = 0; k < folded.length; k++) {
      // White-space runs become one space, and none at either end, as in fold().
      if (isWhiteSpaceUnit(folded.charCodeAt(k))) {
        if (pendingSpace < 0) pendingSpace = i;
        continue;
      }
      if (pendingSpace >= 0 && out.length) {
        out += ' ';
        start.push(pendingSpace);
      }
      pendingSpace = -1;
      out += folded[k];
      start.push(i);
    }
    i += width;
  }
  return { folded: out, start };
}

function isSurrogatePair(text: string, i: number): boolean {
  const high = text.charCodeAt(i);
  if (high < 0xd800 || high > 0xdbff || i + 1 >= text.length) return false;
  const low = text.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff;
}

/** The code units regular expressions' \s matches. */
function isWhiteSpaceUnit(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A headline over the folded text, shown as it is (markers made HTML) when it cannot be mapped. */
function foldedSnippet(headline: string): string {
  return headline
    .split(FRAGMENT_DELIMITER)
    .map((f) => escapeHtml(f.replaceAll(TAG_FREE[0], '<').replaceAll(TAG_FREE[1], '>')).replaceAll(START_SEL, '<b>').replaceAll(STOP_SEL, '</b>'))
    .join(' … ');
}

/**
 * Turns ts_headline's output over fold(original) into the same fragments of the original text,
 * with the same words highlighted. Folding keeps the order of characters and only removes some
 * (diacritics, tatweel, extra white space), so every fragment of the folded text is the image of
 * one stretch of the original.
 */
export function snippetOf(original: string, headline: string): string {
  const mapped = foldMapped(original);
  const start = mapped.start;
  const folded = mapped.folded.replace(/[<>]/g, (c) => TAG_FREE[c === '<' ? 0 : 1]);
  // Where the original text of folded[from, to) ends: up to the next kept character, so that
  // diacritics after the last letter stay with it.
  const endOf = (to: number) => (to < folded.length ? start[to] : original.length);
  const pieces: { from: number; to: number; html: string }[] = [];
  let cursor = 0;
  for (const fragment of headline.split(FRAGMENT_DELIMITER)) {
    let plain = '';
    const marks: { at: number; open: boolean }[] = [];
    for (const ch of fragment) {
      if (ch === START_SEL || ch === STOP_SEL) marks.push({ at: plain.length, open: ch === START_SEL });
      else plain += ch;
    }
    if (!plain.trim()) continue;
    const at = folded.indexOf(plain, cursor);
    if (at < 0) return foldedSnippet(headline);
    cursor = at + plain.length;
    const from = start[at];
    const to = endOf(at + plain.length);
    let html = '';
    let last = from;
    for (const mark of marks) {
      const pos = mark.open ? (start[at + mark.at] ?? to) : endOf(at + mark.at);
      html += escapeHtml(original.slice(last, pos)) + (mark.open ? '<b>' : '</b>');
      last = pos;
    }
    html += escapeHtml(original.slice(last, to));
    pieces.push({ from, to, html: html.trim() });
  }
  if (!pieces.length) return escapeHtml(original.slice(0, 200).trim());
  const cut = (a: number, b: number) => original.slice(a, b).trim() !== '';
  let out = cut(0, pieces[0].from) ? '…' : '';
  pieces.forEach((p, i) => {
    if (i) out += cut(pieces[i - 1].to, p.from) ? ' … ' : ' ';
    out += p.html;
  });
  return out + (cut(pieces[pieces.length - 1].to, original.length) ? '…' : '');
}
