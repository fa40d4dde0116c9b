// The quote explorer's files at `/` (src/server/web.ts), from a real build of web/ (web/build.ts).
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildWeb } from '../../web/build.js';
import { createIsnadYoga, type IsnadYoga } from '../../src/server/yoga.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';

let db: TestDatabase;
let tmp: string;
let yoga: IsnadYoga;
let bare: IsnadYoga;
let assets: string[];

beforeAll(async () => {
  db = await createTestDatabase();
  tmp = await mkdtemp(path.join(os.tmpdir(), 'isnad-web-'));
  const built = await buildWeb({ outDir: path.join(tmp, 'dist') });
  assets = await readdir(path.join(built.dir, 'assets'));
  yoga = createIsnadYoga({ prisma: db.prisma, logging: false, webDir: built.dir });
  bare = createIsnadYoga({ prisma: db.prisma, logging: false });
});
afterAll(async () => {
  await db?.drop();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

const get = (app: IsnadYoga, url: string, headers: Record<string, string> = {}) => app.fetch(`http://localhost${url}`, { headers });

describe('with a build', () => {
  test('the client routes get index.html, with a same-origin-only content security policy', async () => {
    for (const url of ['/', '/article/QXJ0aWNsZTox', '/speaker/UGVyc29uOjE=?after=abc', '/search?q=%D9%82%D8%A7%D9%84', '/try']) {
      const response = await get(yoga, url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toMatch(/<script type="module" src="\/assets\/app-[A-Z0-9]+\.js">/);
    }
  });

  test('assets are served by their hashed names, cached for good, with their types; the Arabic font is among them', async () => {
    const types: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.woff2': 'font/woff2' };
    expect(assets.some((name) => /^noto-naskh-arabic-arabic-400-normal-.*\.woff2$/.test(name))).toBe(true);
    for (const name of assets.filter((n) => types[path.extname(n)])) {
      const response = await get(yoga, `/assets/${name}`);
      expect(response.status, name).toBe(200);
      expect(response.headers.get('content-type')).toBe(types[path.extname(name)]);
      expect(response.headers.get('cache-control')).toContain('immutable');
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(0);
    }
  });

  test('a known ETag gets 304 without a body', async () => {
    const first = await get(yoga, '/');
    const etag = first.headers.get('etag')!;
    const again = await get(yoga, '/', { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  test('nothing outside the build is reachable, and the API routes are not shadowed', async () => {
    for (const url of ['/assets/../package.json', '/assets/%2e%2e/package.json', '/assets/nope.js', '/assets/']) {
      expect((await get(yoga, url)).status, url).toBe(404);
    }
    expect((await get(yoga, '/package.json')).status).toBe(404);
    expect((await get(yoga, '/article/a/b')).status).toBe(404);
    const graphql = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ articles { totalCount } }' }),
    });
    expect(await graphql.json()).toEqual({ data: { articles: { totalCount: 0 } } });
    expect((await get(yoga, '/healthz')).status).toBe(200);
  });
});

test('without a build, the bare address still goes to GraphiQL', async () => {
  const response = await get(bare, '/');
  expect(response.status).toBe(302);
  expect(response.headers.get('location')).toBe('/graphql');
  expect((await get(bare, '/article/QXJ0aWNsZTox')).status).toBe(404);
});
