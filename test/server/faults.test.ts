// Faults (issue 6). The database going away while the service runs, and SIGTERM during load.
// (Ingestion as one transaction and concurrent ingests of one article: test/ingest/ingest.test.ts.)
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { projectRoot } from '../../src/config.js';
import { createPrismaClient } from '../../src/db/client.js';
import { EMBEDDED_DATABASE, ensureDatabase } from '../../src/db/database.js';
import { databaseUrl, startEmbeddedPostgres, type EmbeddedServer } from '../../src/db/embedded.js';
import { applyMigrations } from '../../src/db/migrate.js';
import { startServer, type RunningServer } from '../../src/server/http.js';

const dirs: string[] = [];
function dataDir(name: string): string {
  const dir = path.join(projectRoot, '.data', `${name}-${process.pid}-${crypto.randomBytes(3).toString('hex')}`);
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

async function gql(url: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(20_000),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as any };
}

const health = async (url: string) => (await fetch(new URL('/healthz', url), { signal: AbortSignal.timeout(10_000) })).status;

describe('the database goes away while the service runs', () => {
  let pg: EmbeddedServer | null = null;
  let server: RunningServer | null = null;
  afterAll(async () => {
    await server?.close();
    await pg?.stop();
  });

  test('/healthz turns 503, requests fail with DATABASE_UNAVAILABLE, and the service recovers by itself', { timeout: 120_000 }, async () => {
    const dir = dataDir('fault-db');
    pg = await startEmbeddedPostgres({ dataDir: dir });
    const port = pg.port;
    await ensureDatabase(pg.url, EMBEDDED_DATABASE);
    const url = databaseUrl(pg.url, EMBEDDED_DATABASE);
    await applyMigrations(url);
    server = await startServer({ prisma: createPrismaClient(url), port: 0, host: '127.0.0.1', logging: false });

    const query = '{ articles { totalCount } }';
    expect(await health(server.url)).toBe(200);
    expect((await gql(server.url, query)).body).toEqual({ data: { articles: { totalCount: 0 } } });

    await pg.stop();
    pg = null;
    expect(await health(server.url)).toBe(503);
    for (let i = 0; i < 3; i++) {
      const r = await gql(server.url, query);
      expect(r.status).toBe(503);
      expect(r.headers.get('retry-after')).toBe('5');
      expect(r.body.errors[0].extensions.code).toBe('DATABASE_UNAVAILABLE');
      expect(r.body.errors[0].message).toMatch(/database is unavailable/);
      expect(JSON.stringify(r.body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|postgres|stack/i);
    }

    // Back on the same port: the pool opens new connections, no restart of the service.
    pg = await startEmbeddedPostgres({ dataDir: dir, port });
    let status = 0;
    for (let i = 0; i < 120 && status !== 200; i++) {
      status = await health(server.url);
      if (status !== 200) await new Promise((r) => setTimeout(r, 250));
    }
    expect(status).toBe(200);
    expect((await gql(server.url, query)).body).toEqual({ data: { articles: { totalCount: 0 } } });
  });
});

describe('SIGTERM during load', () => {
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  });

  const KEY = 'sigterm-key-0123456789';

  /** `npm start` as a child process on its own embedded database; resolves once it serves. */
  function start(dir: string): Promise<{ child: ChildProcess; url: string; exit: Promise<number | null>; output: () => string }> {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ISNAD_DATA_DIR: dir,
      PORT: '0',
      HOST: '127.0.0.1',
      ISNAD_API_KEYS: KEY,
      ISNAD_SEED_ON_START: 'false',
      ISNAD_RATE_LIMIT_ANONYMOUS: '0',
      ISNAD_RATE_LIMIT_WRITES: '0',
      LOG_LEVEL: 'info',
      NODE_ENV: 'test',
    };
    delete env.DATABASE_URL;
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'src/cli/start.ts')], { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let out = '';
    const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the service did not start:\n${out}`)), 60_000);
      const onData = (chunk: Buffer) => {
        out += chunk.toString();
        const match = /serving GraphQL at (http:\/\/\S+?)["\s]/.exec(out);
        if (match) {
          clearTimeout(timer);
          resolve({ child, url: match[1], exit, output: () => out });
        }
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
      void exit.then((code) => {
        clearTimeout(timer);
        reject(new Error(`the service exited (${code}) before serving:\n${out}`));
      });
    });
  }

  const INGEST = `mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { __typename ... on IngestArticlePayload { article { id } } ... on Error { message } } }`;
  const text = (i: number) => `قال المتحدث باسم الوزارة إن "الاجتماع رقم ${i} كان مثمرا" في تصريح للصحفيين اليوم.`;

  test('in-flight requests finish, new ones are refused, the database stops cleanly, and a restart finds every committed article', { timeout: 180_000 }, async () => {
    const dir = dataDir('fault-sigterm');
    const first = await start(dir);
    const auth = { authorization: `Bearer ${KEY}` };

    // Load: writes and reads in parallel, bounded.
    const acknowledged: string[] = [];
    const failures: string[] = [];
    let sent = 0;
    let stop = false;
    const worker = async (w: number) => {
      for (let i = 0; i < 200 && !stop; i++) {
        const n = w * 1000 + i;
        sent++;
        try {
          if (i % 2 === 0) {
            const r = await gql(first.url, INGEST, { input: { text: text(n) } }, auth);
            if (r.status === 200 && r.body.data?.ingestArticle?.__typename === 'IngestArticlePayload') acknowledged.push(text(n));
            else failures.push(`ingest ${r.status} ${JSON.stringify(r.body).slice(0, 200)}`);
          } else {
            const r = await gql(first.url, '{ articles(first: 5) { totalCount edges { node { id } } } }');
            if (r.status !== 200 || r.body.errors) failures.push(`read ${r.status} ${JSON.stringify(r.body).slice(0, 200)}`);
          }
        } catch {
          // Refused or cut after SIGTERM: a request not acknowledged, which the client would retry.
          return;
        }
      }
    };
    const workers = Array.from({ length: 4 }, (_, w) => worker(w));
    while (acknowledged.length < 8) await new Promise((r) => setTimeout(r, 50));

    first.child.kill('SIGTERM');
    // The listening socket closes at once: new connections are refused.
    let refused = false;
    for (let i = 0; i < 100 && !refused; i++) {
      try {
        await fetch(new URL('/healthz', first.url), { signal: AbortSignal.timeout(2_000) });
        await new Promise((r) => setTimeout(r, 20));
      } catch {
        refused = true;
      }
    }
    expect(refused).toBe(true);
    const code = await first.exit;
    stop = true;
    await Promise.all(workers);
    expect(code, first.output()).toBe(0);
    expect(first.output()).toMatch(/stopped cleanly/);
    expect(failures).toEqual([]); // every response that came back was a success
    expect(sent).toBeGreaterThan(acknowledged.length);
    // The embedded PostgreSQL shut down cleanly: no server left on the data directory.
    expect(fs.existsSync(path.join(dir, 'postmaster.pid'))).toBe(false);

    const second = await start(dir);
    try {
      const r = await gql(second.url, '{ articles(first: 100) { totalCount } }');
      expect(r.body.data.articles.totalCount).toBeGreaterThanOrEqual(acknowledged.length);
      for (const t of acknowledged) {
        const again = await gql(second.url, INGEST, { input: { text: t } }, auth);
        expect(again.body.data.ingestArticle.__typename).toBe('IngestArticlePayload');
      }
      // Re-ingesting each acknowledged text created nothing: they were all stored.
      const after = await gql(second.url, '{ articles { totalCount } }');
      expect(after.body.data.articles.totalCount).toBe(r.body.data.articles.totalCount);
    } finally {
      second.child.kill('SIGTERM');
      expect(await second.exit).toBe(0);
    }
  });
});
