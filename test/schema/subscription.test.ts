// Subscription.statementAdded under load (issue 16, items 1 and 19): an article of 1,100 statements
// with streams open used to overflow Yoga's Repeater (1,024 pending pushes) and kill the process;
// now it is one event per article, every stream gets every statement, and a stream that cannot
// keep up ends with SUBSCRIPTION_OVERFLOW while the others carry on.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { createIsnadYoga, type IsnadYoga } from '../../src/server/yoga.js';
import { articleOf } from '../helpers/articles.js';

const KEY = 'subscription-test-key';
const INGEST = `mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { __typename ... on IngestArticlePayload { statementCount } ... on Error { message } } }`;
let db: TestDatabase;
let yoga: IsnadYoga;
const uncaught: unknown[] = [];
const onUncaught = (error: unknown) => uncaught.push(error);

beforeAll(async () => {
  process.on('uncaughtException', onUncaught);
  db = await createTestDatabase();
  yoga = createIsnadYoga({ prisma: db.prisma, logging: false, config: { production: true, apiKeys: [KEY] }, subscriptions: { maxQueuedStatements: 5_000, maxStreamsPerClient: 3 } });
});
afterAll(async () => {
  process.off('uncaughtException', onUncaught);
  await db?.drop();
});

/** An SSE stream of statementAdded; counts `next` events and keeps the last error. */
async function open(query = 'subscription { statementAdded { id content } }') {
  const controller = new AbortController();
  const response = await yoga.fetch('http://isnad.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ query }),
    signal: controller.signal,
  });
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const state = { events: 0, errors: [] as any[], ended: false, status: response.status, first: null as any };
  let buffer = '';
  const pump = (async () => {
    for (;;) {
      const chunk = await reader.read().catch(() => ({ done: true as const, value: undefined }));
      if (chunk.done) break;
      buffer += decoder.decode(chunk.value, { stream: true });
      let match: RegExpExecArray | null;
      while ((match = /event: (\w+)\ndata: ?(.*)\n\n/.exec(buffer))) {
        buffer = buffer.slice(match.index + match[0].length);
        if (match[1] !== 'next') continue;
        const payload = JSON.parse(match[2]);
        if (payload.errors) state.errors.push(...payload.errors);
        else {
          state.events++;
          state.first ??= payload.data.statementAdded;
        }
      }
    }
    state.ended = true;
  })();
  // The stream is registered with the hub once Yoga has run `subscribe`: give it a turn.
  await new Promise((r) => setTimeout(r, 50));
  return {
    state,
    pump,
    // What a client that goes away does: the body is cancelled (and the request aborted).
    close: () => {
      void reader.cancel().catch(() => {});
      controller.abort();
    },
  };
}

async function until(condition: () => boolean, ms: number) {
  const deadline = Date.now() + ms;
  while (!condition() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
}

describe('statementAdded with a large article', () => {
  test('1,100 statements with two streams open: the process survives and each stream gets all 1,100', async () => {
    const a = await open();
    const b = await open();
    try {
      const r = await yoga.fetch('http://isnad.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
        body: JSON.stringify({ query: INGEST, variables: { input: { text: articleOf(1_100), title: 'كثير' } } }),
      });
      expect((await r.json()).data.ingestArticle).toEqual({ __typename: 'IngestArticlePayload', statementCount: 1_100 });
      await until(() => a.state.events >= 1_100 && b.state.events >= 1_100, 20_000);
      expect([a.state.events, b.state.events]).toEqual([1_100, 1_100]);
      expect(a.state.first.content).toBe('السلام السلام السلام مسألة رقم 1');
      expect(uncaught).toEqual([]);
    } finally {
      a.close();
      b.close();
      await Promise.all([a.pump, b.pump]);
    }
  }, 60_000);

  test('a client may keep only a few streams open', async () => {
    const streams = await Promise.all([open(), open(), open()]);
    const extra = await open();
    await until(() => extra.state.errors.length > 0 || extra.state.ended, 2_000);
    expect(extra.state.errors[0]?.extensions?.code ?? extra.state.status).toBe('TOO_MANY_SUBSCRIPTIONS');
    for (const s of [...streams, extra]) s.close();
    // closed streams free their places
    await Promise.all(streams.map((s) => s.pump));
    const again = await open();
    await new Promise((r) => setTimeout(r, 100));
    expect(again.state.errors).toEqual([]);
    again.close();
  });
});
