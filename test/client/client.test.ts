// The typed client (test/client/generated, `npm run codegen` from schema.graphql and
// test/client/operations/*.graphql) against a live server over HTTP: what a codegen consumer does.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { print } from 'graphql';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { projectRoot } from '../../src/config.js';
import { startServer, type RunningServer } from '../../src/server/http.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import {
  AttributeDocument,
  DeleteArticleDocument,
  IngestArticleDocument,
  SearchDocument,
  SearchPersonsDocument,
  StatementsBySpeakerDocument,
} from './generated/graphql.js';

const KEY = 'client-test-key';
const TEXT = 'قال المتحدث باسم الكرملين ديمتري بيسكوف للصحفيين إن "المفاوضات مع واشنطن ستكون صعبة".';

let db: TestDatabase;
let server: RunningServer;

beforeAll(async () => {
  db = await createTestDatabase();
  server = await startServer({ prisma: db.prisma, port: 0, host: '127.0.0.1', logging: false, graphiql: false, config: { production: true, apiKeys: [KEY] } });
});
afterAll(async () => {
  await server?.close();
  await db?.drop();
});

/** The whole client: a typed document in, typed data out. */
async function request<R, V>(document: TypedDocumentNode<R, V>, variables: V, headers: Record<string, string> = {}): Promise<R> {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as { data?: R; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data as R;
}

test('typed operations against a live server: ingest, find by any spelling, search, attribute, delete', async () => {
  const denied = await request(IngestArticleDocument, { input: { text: TEXT } });
  expect(denied.ingestArticle.__typename).toBe('UnauthorizedError');

  const ingested = await request(IngestArticleDocument, { input: { text: TEXT, title: 'بيسكوف', published: '2017-04-11' } }, { authorization: `Bearer ${KEY}` });
  if (ingested.ingestArticle.__typename !== 'IngestArticlePayload') throw new Error(`unexpected ${ingested.ingestArticle.__typename}`);
  expect(ingested.ingestArticle.duplicate).toBe(false);
  const articleId: string = ingested.ingestArticle.article.id;

  const persons = await request(SearchPersonsDocument, { search: 'Peskov' });
  expect(persons.persons.edges[0]?.node.name).toBe('ديمتري بيسكوف');

  const statements = await request(StatementsBySpeakerDocument, { name: 'ديمترى بيسكوف', first: 10 });
  expect(statements.statements.totalCount).toBe(1);
  const speaker = statements.statements.edges[0].node.speaker;
  expect(speaker?.__typename === 'Person' ? speaker.name : null).toBe('ديمتري بيسكوف');

  const found = await request(SearchDocument, { query: 'مفاوضات' });
  expect(found.search.edges.some((e) => e.node.__typename === 'Statement' && e.snippet.includes('<b>'))).toBe(true);

  const attributed = await request(AttributeDocument, { text: TEXT, published: '2017-04-11' });
  expect(attributed.attribute.statements[0]).toMatchObject({ speaker: 'ديمتري بيسكوف', kind: 'direct' });

  const deleted = await request(DeleteArticleDocument, { id: articleId }, { authorization: `Bearer ${KEY}` });
  expect(deleted.deleteArticle).toMatchObject({ __typename: 'DeleteArticlePayload', deletedId: articleId, statements: 1 });
});

test('test/client/generated and web/src/generated are what `npm run codegen` makes from schema.graphql and the operations', async () => {
  const { generate } = await import('@graphql-codegen/cli');
  const config = (await import('./codegen.js')).default;
  const outputs = (await generate({ ...config, silent: true }, false)) as { filename: string; content: string }[];
  expect(outputs.length).toBeGreaterThan(0);
  for (const output of outputs) {
    const file = path.resolve(projectRoot, output.filename);
    expect(readFileSync(file, 'utf8'), `${output.filename} is stale: run npm run codegen`).toBe(output.content);
  }
}, 120_000);
