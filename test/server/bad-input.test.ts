// Bad input over HTTP (issue 6): every request below gets a clear error, typed where the client can
// act on it, the right HTTP status, and writes nothing (row counts before and after).
import http from 'node:http';
import { beforeAll, describe, expect, test } from 'vitest';
import { useFixtureServer } from '../helpers/server.js';
import { gid } from '../schema/fixtures.js';

const KEY = 'bad-input-key-0123456789';
const MAX_ARTICLE_BYTES = 20_000;

const api = useFixtureServer({
  config: { production: true, apiKeys: [KEY], maxArticleBytes: MAX_ARTICLE_BYTES },
  hardening: { maxBodyBytes: 100_000, rateLimits: { anonymousPerMinute: 0, writesPerMinute: 0 } },
});

interface Reply {
  status: number;
  body: any;
  text: string;
  headers: Headers;
}

async function post(body: string | Buffer, headers: Record<string, string> = {}): Promise<Reply> {
  const response = await fetch(api.server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...headers },
    body: body as BodyInit,
  });
  const text = await response.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, body: json, text, headers: response.headers };
}

/** POST without a Content-Length: the body goes out chunked, in pieces of `pieceBytes`. */
function postChunked(body: string, pieceBytes = 16 * 1024): Promise<{ status: number; body: any }> {
  const bytes = Buffer.from(body);
  return new Promise((resolve, reject) => {
    const request = http.request(api.server.url, { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (piece) => (text += piece));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) }));
    });
    // The server may answer (413) and close before the last piece is sent.
    request.on('error', (error) => (request.writableFinished ? undefined : reject(error)));
    for (let at = 0; at < bytes.length; at += pieceBytes) request.write(bytes.subarray(at, at + pieceBytes));
    request.end();
  });
}

const gql = (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  post(JSON.stringify({ query, variables }), headers);
const auth = { authorization: `Bearer ${KEY}` };

async function counts() {
  const p = api.db.prisma;
  const [articles, statements, persons, organizations, meetings] = await Promise.all([
    p.article.count(),
    p.statement.count(),
    p.person.count(),
    p.organization.count(),
    p.meeting.count(),
  ]);
  return { articles, statements, persons, organizations, meetings };
}

let before: Awaited<ReturnType<typeof counts>>;
beforeAll(async () => {
  before = await counts();
});

/** No stack, no SQL, no internals in what the client sees. */
function expectClean(reply: Reply) {
  expect(reply.text).not.toMatch(/\bat .+\(.*:\d+:\d+\)|prisma\.|SELECT |INSERT |postgresql:\/\//i);
}

describe('the request itself', () => {
  test('malformed JSON: 400 with a message saying so', async () => {
    const r = await post('{"query": "{ articles { totalCount } }"');
    expect(r.status).toBe(400);
    expect(r.body.errors[0].message).toMatch(/not valid JSON/);
    expect(r.body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expectClean(r);
  });

  test('a body that is not UTF-8: 400', async () => {
    const prefix = Buffer.from('{"query": "{ persons(search: \\"');
    const suffix = Buffer.from('\\") { totalCount } }"}');
    const r = await post(Buffer.concat([prefix, Buffer.from([0xff, 0xfe, 0xc3, 0x28]), suffix]));
    expect(r.status).toBe(400);
    expect(r.body.errors[0].message).toMatch(/not valid UTF-8/);
  });

  test('an empty body, an empty query, a query that is not a string: 400', async () => {
    for (const body of ['', '{}', '{"query": ""}', '{"query": 42}', '[]', '"text"']) {
      const r = await post(body);
      expect(r.status, body).toBe(400);
      expect(r.body.errors[0].message.length, body).toBeGreaterThan(5);
      expectClean(r);
    }
  });

  test('a 10 MB query: 413 before it is read in full', async () => {
    const huge = `{ articles { totalCount } } # ${'x'.repeat(10 * 1024 * 1024)}`;
    const r = await gql(huge);
    expect(r.status).toBe(413);
    expect(r.body.errors[0].extensions.code).toBe('REQUEST_ENTITY_TOO_LARGE');
  });

  test('a chunked body (no Content-Length) over the limit: 413; under it: answered', async () => {
    const over = await postChunked(JSON.stringify({ query: `{ articles { totalCount } } # ${'x'.repeat(150_000)}` }));
    expect(over.status).toBe(413);
    expect(over.body.errors[0].extensions.code).toBe('REQUEST_ENTITY_TOO_LARGE');
    const under = await postChunked(JSON.stringify({ query: `{ articles { totalCount } } # ${'x'.repeat(60_000)}` }));
    expect(under.status).toBe(200);
    expect(under.body.data.articles.totalCount).toBe(before.articles);
  });

  test('too many tokens: 400 QUERY_TOO_LARGE', async () => {
    const r = await gql(`{ articles { totalCount } ${'__typename '.repeat(6_000)} }`);
    expect(r.status).toBe(400);
    expect(r.body.errors[0].message).toMatch(/more tha[nt] 5000 tokens/);
  });

  test('a GET query from a browser form without a preflight header: 403', async () => {
    const url = `${api.server.url}?query=${encodeURIComponent('{ articles { totalCount } }')}`;
    const refused = await fetch(url);
    expect(refused.status).toBe(403);
    expect((await refused.json()).errors[0].extensions.code).toBe('CSRF_PREVENTED');
    const form = await fetch(api.server.url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'query=%7B__typename%7D' });
    expect(form.status).toBe(403);
    const allowed = await fetch(url, { headers: { 'x-graphql-yoga-csrf': '1' } });
    expect(allowed.status).toBe(200);
    expect((await allowed.json()).data.articles.totalCount).toBe(4);
  });
});

describe('the shape of the query', () => {
  test('30 levels of nesting: 400 QUERY_TOO_DEEP', async () => {
    const path = ['statements', 'edges', 'node', 'article'];
    const fields = Array.from({ length: 30 }, (_, i) => path[i % path.length]);
    const r = await gql(`{ ${fields.map((f) => `${f} {`).join(' ')} id ${'}'.repeat(30)} }`);
    expect(r.status).toBe(400);
    expect(r.body.errors[0].extensions.code).toBe('QUERY_TOO_DEEP');
    expect(r.body.data).toBeUndefined();
  });

  test('1,000 aliases: 400 TOO_MANY_ALIASES', async () => {
    const aliases = Array.from({ length: 1000 }, (_, i) => `a${i}: __typename`).join(' ');
    const r = await gql(`{ ${aliases} }`);
    expect(r.status).toBe(400);
    expect(r.body.errors[0].extensions.code).toBe('TOO_MANY_ALIASES');
  });

  test('many directives: 400 TOO_MANY_DIRECTIVES', async () => {
    const r = await gql(`{ ${'__typename @include(if: true) '.repeat(60)} }`);
    expect(r.status).toBe(400);
    expect(r.body.errors[0].extensions.code).toBe('TOO_MANY_DIRECTIVES');
  });

  test('nested pages of 100: 400 QUERY_TOO_COSTLY', async () => {
    const r = await gql(`{ articles(first: 100) { edges { node { statements(first: 100) { edges { node { article { statements(first: 100) { totalCount } } } } } } } } }`);
    expect(r.status).toBe(400);
    expect(r.body.errors[0].extensions.code).toBe('QUERY_TOO_COSTLY');
  });

  test('introspection is off in production', async () => {
    const r = await gql(`{ __schema { types { name } } }`);
    expect(r.status).toBe(400);
    expect(r.body.errors[0].message).toMatch(/introspection/i);
  });

  test('no field suggestions in production', async () => {
    const r = await gql(`{ statement { totalCount } }`);
    expect(r.status).toBe(400);
    expect(r.body.errors[0].message).toBe('Cannot query field "statement" on type "Query".');
  });
});

describe('arguments', () => {
  test('invalid and foreign global IDs', async () => {
    // node() is lenient on purpose: an ID that is not ours matches nothing.
    for (const id of ['garbage', '', '!!!', 'UGVyc29uOjk5OTk5OTk5OTk5', gid('Nope', 1), gid('Person', 0)]) {
      const r = await gql(`query ($id: ID!) { node(id: $id) { id } }`, { id });
      expect(r.status, id).toBe(200);
      expect(r.body.data.node, id).toBeNull();
    }
    // Filters say what is wrong with the ID.
    const bad = await gql(`{ statements(filter: { speaker: "garbage" }) { totalCount } }`);
    expect(bad.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(bad.body.errors[0].message).toMatch(/not a valid ID/);
    const foreign = await gql(`query ($id: ID!) { statements(filter: { speaker: $id }) { totalCount } }`, { id: gid('Article', 1) });
    expect(foreign.body.errors[0].message).toMatch(/is the ID of an Article/);
    const meeting = await gql(`query ($id: ID!) { meetings(filter: { participant: $id }) { totalCount } }`, { id: gid('Meeting', 1) });
    expect(meeting.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const many = await gql(`query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: Array.from({ length: 101 }, (_, i) => gid('Person', i + 1)) });
    expect(many.body.errors[0].message).toMatch(/at most 100 IDs/);
  });

  test('negative and huge page sizes', async () => {
    for (const first of ['-1', '-1000000000']) {
      const r = await gql(`{ statements(first: ${first}) { totalCount } }`);
      expect(r.status, first).toBeLessThan(500);
      expect(r.body.errors?.[0]?.message ?? '', first).not.toBe('');
      expect(r.body.errors[0].message, first).not.toBe('Unexpected error.');
    }
    // Larger pages than 100 are cut to 100.
    for (const first of ['101', '1000000000', '2147483647']) {
      const r = await gql(`{ articles(first: ${first}) { edges { cursor } } }`);
      expect(r.status, first).toBe(200);
      expect(r.body.errors, first).toBeUndefined();
      expect(r.body.data.articles.edges.length, first).toBeLessThanOrEqual(100);
    }
    for (const first of ['2147483648', '1e9', '"10"']) {
      const r = await gql(`{ statements(first: ${first}) { totalCount } }`);
      expect(r.status, first).toBe(400);
      expect(r.body.errors[0].message, first).toMatch(/Int/);
    }
    const ok = await gql(`{ statements(first: 100) { edges { cursor } } }`);
    expect(ok.status).toBe(200);
    expect(ok.body.data.statements.edges.length).toBeLessThanOrEqual(100);
  });

  test('SQL and regex metacharacters in every text argument are plain text', async () => {
    const nasty = [
      `'; DROP TABLE "Article"; --`,
      `" OR 1=1 --`,
      `%`,
      `_`,
      `\\`,
      `.*+?^\${}()|[]\\/`,
      `(a+)+$`,
      `لافروف' OR '1'='1`,
      `<script>alert(1)</script>`,
      `$1 $$ :: ::text`,
      '\u0000',
      '\uD800',
    ];
    const reads: [string, (s: string) => Record<string, unknown>][] = [
      [`query ($s: String) { persons(search: $s) { totalCount edges { node { name } } } }`, (s) => ({ s })],
      [`query ($s: String) { organizations(search: $s) { totalCount } }`, (s) => ({ s })],
      [`query ($s: String) { statements(filter: { speakerName: $s }) { totalCount } }`, (s) => ({ s })],
      [`query ($s: String) { statements(filter: { text: $s }) { totalCount } }`, (s) => ({ s })],
      [`query ($s: String!) { search(query: $s) { totalCount } }`, (s) => ({ s })],
      [`query ($s: String!) { attribute(text: $s) { __typename } }`, (s) => ({ s })],
      [`query ($s: String!) { statements(after: $s) { totalCount } }`, (s) => ({ s })],
    ];
    for (const s of [...nasty, 'a\u0000b']) {
      for (const [query, vars] of reads) {
        const r = await gql(query, vars(s));
        expect(r.status, `${query} ${JSON.stringify(s)}`).toBeLessThan(500);
        if (s.includes('\u0000')) expect(r.body.errors?.[0]?.extensions?.code, `${query} ${JSON.stringify(s)}`).toBe('BAD_USER_INPUT');
        expect(r.body.data ?? r.body.errors, `${query} ${JSON.stringify(s)}`).toBeDefined();
        for (const e of r.body.errors ?? []) expect(e.message, `${query} ${JSON.stringify(s)}`).not.toBe('Unexpected error.');
        expectClean(r);
      }
      const ingest = await gql(
        `mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { __typename ... on Error { message } } }`,
        { input: { text: s, title: s, outlet: s, url: s } },
        auth,
      );
      expect(ingest.status, JSON.stringify(s)).toBeLessThan(500);
      expect(ingest.body.errors, JSON.stringify(s)).toBeUndefined();
      expect(ingest.body.data.ingestArticle.__typename, JSON.stringify(s)).toBe('ValidationError');
    }
    // The tables are all there, and the LIKE wildcards matched only themselves.
    expect(await counts()).toEqual(before);
    const wildcard = await gql(`{ persons(search: "%") { totalCount } }`);
    expect(wildcard.body.data.persons.totalCount).toBe(0);
  });

  test('a NUL written into the query text itself: 400 BAD_USER_INPUT, again when the document comes from the cache', async () => {
    const withNul = '{ persons(search: "a\\u0000b") { totalCount } }';
    for (let i = 0; i < 2; i++) {
      const r = await gql(withNul);
      expect(r.status).toBe(400);
      expect(r.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    }
    const clean = await gql('{ persons(search: "ab") { totalCount } }');
    expect(clean.status).toBe(200);
    expect(clean.body.errors).toBeUndefined();
  });

  test('a date like 2017-02-30', async () => {
    const literal = await gql(`{ statements(filter: { from: "2017-02-30" }) { totalCount } }`);
    expect(literal.status).toBe(400);
    expect(literal.body.errors[0].message).toMatch(/not a real calendar date: February 2017 has 28 days/);
    const variable = await gql(`query ($d: Date) { meetings(filter: { to: $d }) { totalCount } }`, { d: '2017-02-30' });
    expect(variable.status).toBe(400);
    expect(variable.body.errors[0].message).toMatch(/not a real calendar date/);
    const ingest = await gql(
      `mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { __typename } }`,
      { input: { text: 'قال الوزير إن "الوضع مستقر".', published: '2017-02-30' } },
      auth,
    );
    expect(ingest.status).toBe(400);
    expect(ingest.body.errors[0].message).toMatch(/not a real calendar date/);
    expect(await counts()).toEqual(before);
  });
});

describe('articles', () => {
  const INGEST = `mutation ($input: IngestArticleInput!) {
    ingestArticle(input: $input) { __typename ... on ValidationError { field message } ... on Error { message } }
  }`;

  test('empty, blank, binary, oversized: a typed ValidationError on input.text, nothing written', async () => {
    const binary = Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 37) % 256)).toString('latin1');
    const cases: [string, string, RegExp][] = [
      ['empty', '', /empty/],
      ['blank', ' \n\t ', /empty/],
      ['binary', binary, /NUL|binary/i],
      ['oversized', 'ا'.repeat(MAX_ARTICLE_BYTES), /larger than|limit/],
    ];
    for (const [name, text, message] of cases) {
      const r = await gql(INGEST, { input: { text } }, auth);
      expect(r.status, name).toBe(200);
      expect(r.body.errors, name).toBeUndefined();
      expect(r.body.data.ingestArticle.__typename, name).toBe('ValidationError');
      expect(r.body.data.ingestArticle.field, name).toBe('input.text');
      expect(r.body.data.ingestArticle.message, name).toMatch(message);
    }
    expect(await counts()).toEqual(before);
  });

  test('a NUL in the title, outlet or url: a typed ValidationError naming the field, nothing written', async () => {
    for (const field of ['title', 'outlet', 'url']) {
      const r = await gql(INGEST, { input: { text: 'قال الوزير إن "الوضع مستقر".', [field]: 'a\u0000b' } }, auth);
      expect(r.body.errors, field).toBeUndefined();
      expect(r.body.data.ingestArticle.__typename, field).toBe('ValidationError');
      expect(r.body.data.ingestArticle.field, field).toBe(`input.${field}`);
    }
    expect(await counts()).toEqual(before);
  });

  test('an article larger than the request limit: 413, nothing written', async () => {
    const r = await gql(INGEST, { input: { text: 'ب'.repeat(60_000) } }, auth);
    expect(r.status).toBe(413);
    expect(await counts()).toEqual(before);
  });

  test('without an API key: a typed UnauthorizedError, nothing written', async () => {
    const r = await gql(INGEST, { input: { text: 'قال الوزير إن "الوضع مستقر".' } }, { authorization: 'Bearer wrong' });
    expect(r.body.data.ingestArticle.__typename).toBe('UnauthorizedError');
    expect(await counts()).toEqual(before);
  });
});
