// The floor: each operation as one hand-written SQL statement that builds the very JSON response
// Isnad gives (same fields, same order of items, same global ids and cursors), run through `pg`.
// Whatever a GraphQL server adds on top of this is its overhead.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { searchSql, snippetOf } from '../db/search.js';
import type { OperationName } from './operations.js';

const gid = (type: string, column: string) => `encode(convert_to('${type}:' || ${column}, 'UTF8'), 'base64')`;

/** The Speaker union of a statement, given its joined person `sp` and organization `so`. */
const SPEAKER = `CASE WHEN sp.id IS NOT NULL THEN json_build_object('__typename', 'Person', 'id', ${gid('Person', 'sp.id')}, 'name', sp.name)
  WHEN so.id IS NOT NULL THEN json_build_object('__typename', 'Organization', 'id', ${gid('Organization', 'so.id')}, 'name', so.name) END`;
const SPEAKER_JOINS = (s: string) =>
  `LEFT JOIN person sp ON sp.id = ${s}.speaker_person_id LEFT JOIN organization so ON so.id = ${s}.speaker_organization_id`;
/** Isnad's order of statements: newest article first (undated last), then article, then position. */
// Isnad's statementOrder: the statement's own sort_date (its article's date, 0001-01-01 when
// undated), the order of the statement_*feed_idx indexes.
const STATEMENT_ORDER = (_a: string, s: string) => `${s}.sort_date DESC, ${s}.article_id DESC, ${s}.position ASC`;

const STATEMENTS_PAGE = `
WITH page AS (
  SELECT s.id, s.content, s.kind, s.cue, s.speaker_person_id, s.speaker_organization_id, s.article_id,
         row_number() OVER (ORDER BY ${STATEMENT_ORDER('a', 's')}) AS rn
  FROM statement s JOIN article a ON a.id = s.article_id
  ORDER BY ${STATEMENT_ORDER('a', 's')}
  LIMIT 51
)
SELECT json_build_object('data', json_build_object('statements', json_build_object(
  'edges', coalesce((
    SELECT json_agg(json_build_object('node', json_build_object(
      'id', ${gid('Statement', 'p.id')}, 'content', p.content, 'kind', p.kind, 'cue', p.cue,
      'speaker', ${SPEAKER},
      'article', json_build_object('id', ${gid('Article', 'a.id')}, 'title', a.title, 'publishedAt', a.published_at,
        'outlet', CASE WHEN o.id IS NULL THEN NULL ELSE json_build_object('id', ${gid('Organization', 'o.id')}, 'name', o.name) END),
      'meetings', coalesce((
        SELECT json_agg(json_build_object('id', ${gid('Meeting', 'm.id')}, 'kind', m.kind, 'status', m.status, 'date', m.date) ORDER BY sm.meeting_id)
        FROM statement_meeting sm JOIN meeting m ON m.id = sm.meeting_id WHERE sm.statement_id = p.id), '[]'::json)
    )) ORDER BY p.rn)
    FROM page p JOIN article a ON a.id = p.article_id LEFT JOIN organization o ON o.id = a.outlet_id ${SPEAKER_JOINS('p')}
    WHERE p.rn <= 50), '[]'::json),
  'pageInfo', json_build_object(
    'hasNextPage', (SELECT count(*) > 50 FROM page),
    'endCursor', (SELECT encode(convert_to('GPC:N:' || id, 'UTF8'), 'base64') FROM page WHERE rn = (SELECT least(50, count(*)) FROM page)))
)))::text AS body`;

// The person found and 20 of their statements, as JSON, for the persons `p` (ordered by p.rank).
const PERSON_JSON = `
  SELECT json_agg(json_build_object('node', json_build_object(
    'id', ${gid('Person', 'p.id')}, 'name', p.name, 'role', p.role,
    'aliases', coalesce((SELECT json_agg(pa.text ORDER BY pa.id) FROM person_alias pa WHERE pa.person_id = p.id), '[]'::json),
    'statements', json_build_object('edges', coalesce((
      SELECT json_agg(json_build_object('node', json_build_object('id', ${gid('Statement', 'x.id')}, 'content', x.content, 'kind', x.kind,
        'article', json_build_object('id', ${gid('Article', 'x.article_id')}, 'publishedAt', x.published_at))) ORDER BY x.rn)
      FROM (
        SELECT s.id, s.content, s.kind, s.article_id, a.published_at, row_number() OVER (ORDER BY ${STATEMENT_ORDER('a', 's')}) AS rn
        FROM statement s JOIN article a ON a.id = s.article_id
        WHERE s.speaker_person_id = p.id
        ORDER BY ${STATEMENT_ORDER('a', 's')} LIMIT 20
      ) x), '[]'::json))
  )) ORDER BY p.rank)`;

// Isnad's `contains` search: the folded key in the name or an alias, or the text in the Arabic or
// English name; the first by name.
const PERSON_BY_VARIANT = `
SELECT json_build_object('data', json_build_object('persons', json_build_object('edges', coalesce((
  ${PERSON_JSON}
  FROM (
    SELECT id, name, role, row_number() OVER (ORDER BY name, id) AS rank FROM person
    WHERE normalized_name LIKE '%' || $1 || '%'
       OR EXISTS (SELECT 1 FROM person_alias pa WHERE pa.person_id = person.id AND pa.normalized LIKE '%' || $1 || '%')
       OR name ILIKE '%' || $2 || '%' OR name_en ILIKE '%' || $2 || '%'
    ORDER BY name, id LIMIT 1
  ) p), '[]'::json))))::text AS body`;

// Isnad's `ranked` search (src/db/search.ts searchPersons): the same SQL, the best match.
function personByVariantRanked(query: string): FloorQuery {
  const hit = searchSql.persons(query, { limit: 1, offset: 0 }, 0);
  if (!hit) return { text: `SELECT '{"data":{"persons":{"edges":[]}}}' AS body`, values: [] };
  return {
    text: `WITH hit AS (${hit.text}),
    ranked AS (SELECT hit.id, row_number() OVER () AS rank FROM hit)
    SELECT json_build_object('data', json_build_object('persons', json_build_object('edges', coalesce((
      ${PERSON_JSON}
      FROM (SELECT person.id, person.name, person.role, ranked.rank FROM ranked JOIN person ON person.id = ranked.id) p), '[]'::json))))::text AS body`,
    values: hit.values,
  };
}

const MEETING = `
SELECT json_build_object('data', json_build_object('node', (
  SELECT json_build_object('id', ${gid('Meeting', 'm.id')}, 'kind', m.kind, 'status', m.status, 'date', m.date, 'place', m.place,
    'participants', coalesce((SELECT json_agg(json_build_object('id', ${gid('Person', 'p.id')}, 'name', p.name, 'role', p.role) ORDER BY mp.id)
      FROM meeting_participant mp JOIN person p ON p.id = mp.person_id WHERE mp.meeting_id = m.id), '[]'::json),
    'participantOrganizations', coalesce((SELECT json_agg(json_build_object('id', ${gid('Organization', 'o.id')}, 'name', o.name) ORDER BY mp.id)
      FROM meeting_participant mp JOIN organization o ON o.id = mp.organization_id WHERE mp.meeting_id = m.id), '[]'::json),
    'statements', coalesce((SELECT json_agg(json_build_object('id', ${gid('Statement', 's.id')}, 'content', s.content, 'kind', s.kind,
        'speaker', ${SPEAKER},
        'article', json_build_object('id', ${gid('Article', 'a.id')}, 'title', a.title, 'publishedAt', a.published_at)) ORDER BY ${STATEMENT_ORDER('a', 's')})
      FROM statement_meeting sm JOIN statement s ON s.id = sm.statement_id JOIN article a ON a.id = s.article_id ${SPEAKER_JOINS('s')}
      WHERE sm.meeting_id = m.id), '[]'::json))
  FROM meeting m WHERE m.id = $1)))::text AS body`;

const NODE = `
SELECT json_build_object('data', json_build_object('node', (
  SELECT json_build_object('id', ${gid('Statement', 's.id')}, 'content', s.content, 'kind', s.kind, 'cue', s.cue, 'position', s.position,
    'speaker', ${SPEAKER},
    'via', CASE WHEN v.id IS NULL THEN NULL ELSE json_build_object('id', ${gid('Organization', 'v.id')}, 'name', v.name) END,
    'article', json_build_object('id', ${gid('Article', 'a.id')}, 'title', a.title, 'publishedAt', a.published_at))
  FROM statement s JOIN article a ON a.id = s.article_id ${SPEAKER_JOINS('s')} LEFT JOIN organization v ON v.id = s.via_id
  WHERE s.id = $1)))::text AS body`;

export interface FloorQuery {
  text: string;
  values: unknown[];
  /** Builds the response from the rows when the SQL does not return it whole. */
  respond?: (rows: any[]) => string;
}

// Isnad's full-text search (src/db/search.ts searchText: the same SQL, ts_headline included), the
// hits' nodes built in the same statement; the snippet's mapping onto the original text is done
// in JavaScript, as Isnad does.
function search(query: string): FloorQuery {
  const sql = searchSql.text(query, { limit: 20, offset: 0 }, ['Statement', 'Article']);
  if (!sql) return { text: `SELECT '{"data":{"search":{"totalCount":0,"edges":[]}}}' AS body`, values: [] };
  return {
    text: `WITH r AS (${sql.text})
    SELECT r.type, r.id, r.rank, r.total, r.text, r.headline,
      CASE WHEN r.type = 'Statement' THEN (
        SELECT json_build_object('__typename', 'Statement', 'id', ${gid('Statement', 's.id')}, 'content', s.content, 'kind', s.kind,
          'speaker', ${SPEAKER}, 'article', json_build_object('id', ${gid('Article', 'a.id')}, 'publishedAt', a.published_at))
        FROM statement s JOIN article a ON a.id = s.article_id ${SPEAKER_JOINS('s')} WHERE s.id = r.id)
      ELSE (
        SELECT json_build_object('__typename', 'Article', 'id', ${gid('Article', 'a.id')}, 'title', a.title, 'publishedAt', a.published_at)
        FROM article a WHERE a.id = r.id) END AS node
    FROM r ORDER BY r.rank DESC, r.type DESC, r.id`,
    values: sql.values,
    respond: (rows) =>
      JSON.stringify({
        data: {
          search: {
            totalCount: rows.length ? rows[0].total : 0,
            edges: rows.filter((r) => r.node).map((r) => ({ rank: r.rank, snippet: snippetOf(r.text, r.headline), node: r.node })),
          },
        },
      }),
  };
}

export function floorQuery(op: OperationName, raw: Record<string, unknown>): FloorQuery {
  switch (op) {
    case 'statementsPage':
      return { text: STATEMENTS_PAGE, values: [] };
    case 'personByVariant':
      return raw.mode === 'ranked' ? personByVariantRanked(String(raw.text)) : { text: PERSON_BY_VARIANT, values: [raw.key, raw.text] };
    case 'meeting':
      return { text: MEETING, values: [raw.id] };
    case 'node':
      return { text: NODE, values: [raw.id] };
    case 'search':
      return search(String(raw.query));
  }
}

/** Runs one operation on the floor and returns the response text. */
export async function runFloor(pool: pg.Pool | pg.Client, op: OperationName, raw: Record<string, unknown>): Promise<string> {
  const q = floorQuery(op, raw);
  const { rows } = await pool.query({ text: q.text, values: q.values });
  return q.respond ? q.respond(rows) : rows[0].body;
}

/**
 * A minimal HTTP server for the floor: POST / with {"op": name, "vars": raw variables} answers
 * the operation's JSON. One pool of 10 connections, like Isnad's and PostGraphile's.
 */
export async function startFloorServer(url: string, port = 0): Promise<{ port: number; close(): Promise<void> }> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let op: OperationName;
      let vars: Record<string, unknown>;
      try {
        ({ op, vars } = JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch {
        res.writeHead(400).end('{"errors":[{"message":"bad request"}]}');
        return;
      }
      runFloor(pool, op, vars ?? {}).then(
        (body) => {
          res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
          res.end(body);
        },
        (error: Error) => {
          res.writeHead(500, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ errors: [{ message: error.message }] }));
        },
      );
    });
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await pool.end();
    },
  };
}
