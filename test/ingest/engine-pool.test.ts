// The engine in worker threads gives what the engine in-process gives, several texts at once.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it, vi } from 'vitest';
import { attribute } from '../../src/attribution/index.js';
import { projectRoot } from '../../src/config.js';
import { createEnginePool } from '../../src/ingest/engine-pool.js';

vi.setConfig({ testTimeout: 120_000 });
const pool = createEnginePool({ threads: 2 });
afterAll(() => pool.close());

it('returns the in-process engine output for every dev article, run in parallel', async () => {
  const dir = path.join(projectRoot, 'test/fixtures/dev');
  const articles = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as { text: string; published?: string; outlet?: string });
  expect(articles.length).toBeGreaterThan(10);
  const options = (a: (typeof articles)[number]) => ({ ...(a.published ? { published: a.published } : {}), ...(a.outlet ? { outlet: a.outlet } : {}) });
  const pooled = await Promise.all(articles.map((a) => pool.attribute(a.text, options(a))));
  pooled.forEach((result, i) => expect(result).toEqual(attribute(articles[i].text, options(articles[i]))));
  expect(pooled.reduce((n, r) => n + r.statements.length, 0)).toBeGreaterThan(20);
  expect(pool.threads).toBe(2);
});
