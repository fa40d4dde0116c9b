// The API its users reach for (issue 5): attribute, ingestArticle/deleteArticle with typed errors
// and API keys, search, persons by any spelling, statement filters and orders, private reads, and
// the statementAdded subscription over Server-Sent Events. One database for the file; the engine
// runs on two short texts only.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { createIsnadYoga, type IsnadYoga } from '../../src/server/yoga.js';
import { apiKeyChecker } from '../../src/server/auth.js';
import { gid } from './fixtures.js';

const KEY = 'test-key-0123456789';
const PESKOV =
  'قال المتحدث باسم الكرملين ديمتري بيسكوف للصحفيين إن الرئيس فلاديمير بوتين سيلتقي وزير الخارجية الأمريكي ريكس تيلرسون في موسكو. ' +
  'وأضاف بيسكوف أن "المفاوضات ستكون صعبة".';
const PESKOV_AGAIN = 'وقال ديمتري بيسكوف للصحفيين إن "العلاقات مع واشنطن تمر بمرحلة صعبة".';

let db: TestDatabase;
let yoga: IsnadYoga;

beforeAll(async () => {
  db = await createTestDatabase();
  yoga = createIsnadYoga({ prisma: db.prisma, logging: false, config: { production: false, apiKeys: [KEY, 'other-key'] } });
});
afterAll(async () => db?.drop());

async function run(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}, server = yoga) {
  const response = await server.fetch('http://isnad.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}
const auth = { authorization: `Bearer ${KEY}` };

const INGEST = `mutation ($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    __typename
    ... on IngestArticlePayload { duplicate statementCount article { id title publishedAt outlet { name } statements(first: 10) { edges { node { content } } } } }
    ... on ValidationError { field message }
    ... on Error { message }
  }
}`;
const DELETE = `mutation ($id: ID!) {
  deleteArticle(id: $id) {
    __typename
    ... on DeleteArticlePayload { deletedId statements persons meetings }
    ... on ValidationError { field }
    ... on Error { message }
  }
}`;

let articleId: string;

describe('writes need an API key', () => {
  test('no key, or a wrong one: a typed UnauthorizedError, nothing written', async () => {
    for (const headers of [{}, { authorization: "Bearer nope" }, { authorization: KEY }] as Record<string, string>[]) {
      const r = await run(INGEST, { input: { text: PESKOV } }, headers);
      expect(r.errors).toBeUndefined();
      expect(r.data.ingestArticle.__typename).toBe('UnauthorizedError');
      expect(r.data.ingestArticle.message).toContain('Authorization: Bearer');
    }
    expect(await db.prisma.article.count()).toBe(0);
  });

  test('keys are compared whole', () => {
    const check = apiKeyChecker(['abc', 'def']);
    expect(check('Bearer abc')).toBe(true);
    expect(check('bearer def')).toBe(true);
    expect(check('Bearer ab')).toBe(false);
    expect(check('Bearer abcd')).toBe(false);
    expect(check('Basic abc')).toBe(false);
    expect(check(null)).toBe(false);
    expect(apiKeyChecker([])('Bearer ')).toBe(false);
  });
});

describe('ingestArticle', () => {
  test('validation errors are typed, name the field and say what to do', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ text: '   ' }, 'input.text'],
      [{ text: PESKOV, url: 'ftp://x' }, 'input.url'],
      [{ text: PESKOV, title: 'x'.repeat(1001) }, 'input.title'],
    ];
    for (const [input, field] of cases) {
      const r = await run(INGEST, { input }, auth);
      expect(r.errors).toBeUndefined();
      expect(r.data.ingestArticle).toMatchObject({ __typename: 'ValidationError', field });
      expect(r.data.ingestArticle.message.length).toBeGreaterThan(10);
    }
    const small = createIsnadYoga({ prisma: db.prisma, logging: false, config: { production: false, apiKeys: [KEY], maxArticleBytes: 100 } });
    const big = await run(INGEST, { input: { text: PESKOV } }, auth, small);
    expect(big.data.ingestArticle).toMatchObject({ __typename: 'ValidationError', field: 'input.text' });
    expect(big.data.ingestArticle.message).toContain('100 bytes');
    const badDate = await run(INGEST, { input: { text: PESKOV, published: '2017-02-30' } }, auth);
    expect(badDate.errors?.[0].message).toContain('February 2017 has 28 days');
  });

  test('stores the article and what the engine found; the same text again is a duplicate', async () => {
    const input = { text: PESKOV, title: 'بيسكوف', outlet: 'اليوم السابع', url: 'https://example.com/1', published: '2017-04-11' };
    const r = await run(INGEST, { input }, auth);
    expect(r.errors).toBeUndefined();
    const p = r.data.ingestArticle;
    expect(p).toMatchObject({ __typename: 'IngestArticlePayload', duplicate: false, statementCount: 2 });
    expect(p.article).toMatchObject({ title: 'بيسكوف', publishedAt: '2017-04-11', outlet: { name: 'اليوم السابع' } });
    expect(p.article.statements.edges.map((e: any) => e.node.content)).toContain('المفاوضات ستكون صعبة');
    articleId = p.article.id;

    const again = await run(INGEST, { input }, auth);
    expect(again.data.ingestArticle).toMatchObject({ duplicate: true, statementCount: 2, article: { id: articleId } });
    expect(await db.prisma.article.count()).toBe(1);
  });
});

describe('finding things', () => {
  test('persons(search:) by any spelling, ranked, with the connection shape', async () => {
    for (const search of ['Peskov', 'بيسكوف', 'ديمترى بيسكوف', 'دِيمِتري بيسكوف']) {
      const r = await run(`query ($s: String) { persons(search: $s, first: 5) { totalCount edges { cursor node { name nameEn } } pageInfo { hasNextPage endCursor } } }`, { s: search });
      expect(r.errors).toBeUndefined();
      expect(r.data.persons.edges[0].node.name, search).toBe('ديمتري بيسكوف');
      expect(r.data.persons.totalCount).toBeGreaterThanOrEqual(1);
    }
    const none = await run(`{ persons(search: "zzzzzz") { totalCount edges { node { name } } } }`);
    expect(none.data.persons).toEqual({ totalCount: 0, edges: [] });
  });

  test('search(query:) over statements and articles, with snippet and rank', async () => {
    const r = await run(`{ search(query: "المفاوضات", first: 10) {
      totalCount totalCountIsExact pageInfo { hasNextPage }
      edges { cursor snippet rank node { __typename ... on Statement { content } ... on Article { title } } }
    } }`);
    expect(r.errors).toBeUndefined();
    const edges = r.data.search.edges;
    expect(new Set(edges.map((e: any) => e.node.__typename))).toEqual(new Set(['Statement', 'Article']));
    const statement = edges.find((e: any) => e.node.__typename === 'Statement');
    expect(statement.node.content).toBe('المفاوضات ستكون صعبة');
    expect(statement.snippet).toContain('<b>');
    expect(statement.rank).toBeGreaterThan(0);
    expect(r.data.search.totalCount).toBe(edges.length);
    expect(r.data.search.totalCountIsExact).toBe(true);

    const empty = await run(`{ search(query: "  ") { totalCount } }`);
    expect(empty.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'query' } });
  });

  test('statements(filter:) by speaker name, outlet, text; ordered by relevance or date', async () => {
    const byName = await run(`{ statements(filter: { speakerName: "Peskov" }) { totalCount } }`);
    expect(byName.errors).toBeUndefined();
    expect(byName.data.statements.totalCount).toBe(2);
    const other = await run(`{ statements(filter: { speakerName: "Lavrov" }) { totalCount } }`);
    expect(other.data.statements.totalCount).toBe(0);

    const outlet = await db.prisma.organization.findFirstOrThrow({ where: { name: 'اليوم السابع' } });
    const byOutlet = await run(`query ($o: ID) { statements(filter: { outlet: $o }) { totalCount } }`, { o: gid('Organization', outlet.id) });
    expect(byOutlet.data.statements.totalCount).toBe(2);

    const byText = await run(`{ statements(filter: { text: "مفاوضات" }, orderBy: RELEVANCE, first: 1) { totalCount edges { node { content } } pageInfo { hasNextPage } } }`);
    expect(byText.errors).toBeUndefined();
    expect(byText.data.statements).toMatchObject({ totalCount: 1, edges: [{ node: { content: 'المفاوضات ستكون صعبة' } }], pageInfo: { hasNextPage: false } });

    const asc = await run(`{ statements(orderBy: PUBLISHED_ASC) { edges { node { position } } } }`);
    expect(asc.data.statements.edges.map((e: any) => e.node.position)).toEqual([0, 1]);

    const noText = await run(`{ statements(orderBy: RELEVANCE) { totalCount } }`);
    expect(noText.errors?.[0].message).toContain('filter.text');
    const badOutlet = await run(`{ statements(filter: { outlet: "nope" }) { totalCount } }`);
    expect(badOutlet.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'filter.outlet' } });
  });
});

describe('attribute', () => {
  test('runs the engine without storing anything', async () => {
    const before = await db.prisma.statement.count();
    const r = await run(`query ($t: String!) { attribute(text: $t, published: "2017-04-11") {
      persons { localId name nameEn }
      statements { speaker speakerId cue content kind via anaphoric contentSpan { start end } cueSpan { start end } }
      meetings { kind participants status }
    } }`, { t: PESKOV_AGAIN });
    expect(r.errors).toBeUndefined();
    const a = r.data.attribute;
    expect(a.statements[0]).toMatchObject({ speaker: 'ديمتري بيسكوف', kind: 'direct', content: 'العلاقات مع واشنطن تمر بمرحلة صعبة' });
    expect(PESKOV_AGAIN.slice(a.statements[0].contentSpan.start, a.statements[0].contentSpan.end)).toBe(a.statements[0].content);
    expect(a.persons.find((p: any) => p.localId === a.statements[0].speakerId).nameEn).toBe('Dmitry Peskov');
    expect(await db.prisma.statement.count()).toBe(before);

    const empty = await run(`{ attribute(text: "") { statements { content } } }`);
    expect(empty.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'text' } });
  });
});

/** Opens statementAdded over SSE; returns a reader of its events. */
async function subscribe(speaker: string | null) {
  const controller = new AbortController();
  const response = await yoga.fetch('http://isnad.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({
      query: 'subscription ($s: ID) { statementAdded(speaker: $s) { content speaker { ... on Person { name } } article { title } } }',
      variables: { s: speaker },
    }),
    signal: controller.signal,
  });
  expect(response.headers.get('content-type')).toContain('text/event-stream');
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  // A read still pending when a wait times out is kept for the next wait, so no chunk is lost.
  let pending: Promise<ReadableStreamReadResult<Uint8Array>> | null = null;
  return {
    /** The next `next` event's data, or null after `ms` without one. */
    async next(ms: number): Promise<any | null> {
      const deadline = Date.now() + ms;
      for (;;) {
        const match = /event: next\ndata: (.*)\n\n/.exec(buffer);
        if (match) {
          buffer = buffer.slice(match.index + match[0].length);
          return JSON.parse(match[1]);
        }
        const left = deadline - Date.now();
        if (left <= 0) return null;
        pending ??= reader.read();
        let timer: NodeJS.Timeout | undefined;
        const chunk = await Promise.race([pending, new Promise<null>((r) => (timer = setTimeout(() => r(null), left)))]);
        clearTimeout(timer);
        if (chunk === null) return null;
        pending = null;
        if (chunk.done) return null;
        buffer += decoder.decode(chunk.value, { stream: true });
      }
    },
    close: () => controller.abort(),
  };
}

describe('Subscription.statementAdded over SSE', () => {
  test('events arrive after the ingest commits, filtered by speaker; duplicates publish nothing', async () => {
    const peskov = await db.prisma.person.findFirstOrThrow({ where: { nameEn: 'Dmitry Peskov' } });
    const putin = await db.prisma.person.findFirstOrThrow({ where: { nameEn: 'Vladimir Putin' } });
    const mine = await subscribe(gid('Person', peskov.id));
    const others = await subscribe(gid('Person', putin.id));
    try {
      // Reading starts the stream (Yoga subscribes to the PubSub on the first pull): wait until then.
      expect(await Promise.all([mine.next(100), others.next(100)])).toEqual([null, null]);
      const r = await run(INGEST, { input: { text: PESKOV_AGAIN, title: 'واشنطن' } }, auth);
      expect(r.data.ingestArticle).toMatchObject({ duplicate: false, statementCount: 1 });
      const event = await mine.next(5000);
      expect(event?.data?.statementAdded).toEqual({
        content: 'العلاقات مع واشنطن تمر بمرحلة صعبة',
        speaker: { name: 'ديمتري بيسكوف' },
        article: { title: 'واشنطن' },
      });
      expect(await others.next(300)).toBeNull();
      // The statement is committed by the time the event arrives.
      expect(await db.prisma.statement.count({ where: { content: 'العلاقات مع واشنطن تمر بمرحلة صعبة' } })).toBe(1);

      await run(INGEST, { input: { text: PESKOV_AGAIN } }, auth);
      expect(await mine.next(300)).toBeNull();
    } finally {
      mine.close();
      others.close();
    }
  });

  test('a bad speaker ID is refused', async () => {
    const r = await run('subscription { statementAdded(speaker: "nope") { content } }');
    expect(r.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('private reads', () => {
  test('ISNAD_PRIVATE_READS: reads need a key too', async () => {
    const closed = createIsnadYoga({ prisma: db.prisma, logging: false, config: { production: false, apiKeys: [KEY], privateReads: true } });
    const denied = await run('{ articles { totalCount } }', {}, {}, closed);
    expect(denied.data ?? null).toBeNull();
    expect(denied.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(denied.errors?.[0].message).toContain('Authorization: Bearer');
    const allowed = await run('{ articles { totalCount } }', {}, auth, closed);
    expect(allowed.data.articles.totalCount).toBe(2);
    const open = await run('{ articles { totalCount } }');
    expect(open.data.articles.totalCount).toBe(2);
  });
});

describe('deleteArticle', () => {
  test('typed errors for a bad ID, an unknown article, no key', async () => {
    expect((await run(DELETE, { id: 'nope' }, auth)).data.deleteArticle).toMatchObject({ __typename: 'ValidationError', field: 'id' });
    expect((await run(DELETE, { id: gid('Person', 1) }, auth)).data.deleteArticle).toMatchObject({ __typename: 'ValidationError', field: 'id' });
    const missing = (await run(DELETE, { id: gid('Article', 999999) }, auth)).data.deleteArticle;
    expect(missing.__typename).toBe('NotFoundError');
    // the message names the ID the client sent, not an internal row number
    expect(missing.message).toBe(`There is no article with id ${gid('Article', 999999)}.`);
    expect((await run(DELETE, { id: articleId })).data.deleteArticle.__typename).toBe('UnauthorizedError');
  });

  test('removes the article and what only it supported', async () => {
    const r = await run(DELETE, { id: articleId }, auth);
    expect(r.errors).toBeUndefined();
    expect(r.data.deleteArticle).toMatchObject({ __typename: 'DeleteArticlePayload', deletedId: articleId, statements: 2 });
    // Putin and Tillerson were only in the deleted article; Peskov is still quoted by the other.
    expect(r.data.deleteArticle.persons).toBe(2);
    expect(await db.prisma.person.findMany({ select: { nameEn: true } })).toEqual([{ nameEn: 'Dmitry Peskov' }]);
    const node = await run('query ($id: ID!) { node(id: $id) { id } }', { id: articleId });
    expect(node.data.node).toBeNull();
  });
});

describe('browsers', () => {
  test('a CORS preflight allows the Authorization header for writes', async () => {
    const response = await yoga.fetch('http://isnad.test/graphql', {
      method: 'OPTIONS',
      headers: {
        origin: 'https://app.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });
    expect(response.status).toBeLessThan(300);
    expect(response.headers.get('access-control-allow-origin')).toMatch(/\*|https:\/\/app\.example/);
    expect(response.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
  });
});
