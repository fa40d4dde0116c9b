// `npm run load`, short and bounded: reads and ingests at once against a real api.server. Asserts zero
// errors and zero lost writes (every acknowledged ingest is in the database afterwards), not timings.
import { expect, test } from 'vitest';
import { formatReport, runLoad } from '../../src/load/run.js';
import { useFixtureServer } from '../helpers/server.js';

const KEY = 'load-key-0123456789';
const api = useFixtureServer({
  config: { production: false, apiKeys: [KEY] },
});

test('a short bounded load: zero errors, zero lost writes', { timeout: 120_000 }, async () => {
  const before = await api.db.prisma.article.count();
  const report = await runLoad({ url: api.server.url, apiKey: KEY, duration: 60, amount: 300, connections: 4, writes: 12, writeConcurrency: 3, runId: 'test' });
  expect(report.reads.errors, formatReport(report)).toBe(0);
  expect(report.reads.rateLimited).toBe(0);
  expect(report.reads.requests).toBeGreaterThan(0);
  expect(report.writes.errors, formatReport(report)).toBe(0);
  expect(report.writes.acknowledged).toBe(12);
  expect(report.writes.lost).toBe(0);
  // And in the database itself.
  expect(await api.db.prisma.article.count()).toBe(before + 12);
  expect(await api.db.prisma.article.count({ where: { title: { contains: '(test)' } } })).toBe(12);
});

test('concurrent ingests of the same article over HTTP create one article', { timeout: 120_000 }, async () => {
  const text = 'قال وزير الخارجية الروسي سيرغي لافروف إن "الحوار مع واشنطن مستمر" في مؤتمر صحفي بموسكو.';
  const ingest = () =>
    fetch(api.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
      body: JSON.stringify({
        query: 'mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { __typename ... on IngestArticlePayload { duplicate article { id } } } }',
        variables: { input: { text } },
      }),
    }).then((r) => r.json() as Promise<any>);
  const results = await Promise.all(Array.from({ length: 5 }, ingest));
  const payloads = results.map((r) => r.data.ingestArticle);
  expect(payloads.every((p) => p.__typename === 'IngestArticlePayload')).toBe(true);
  expect(payloads.filter((p) => !p.duplicate)).toHaveLength(1);
  expect(new Set(payloads.map((p) => p.article.id)).size).toBe(1);
  expect(await api.db.prisma.article.count({ where: { body: text } })).toBe(1);
});
