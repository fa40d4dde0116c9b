// npm run ingest as a user runs it: a folder of .txt files with sidecar metadata, one bad file,
// against a real database (DATABASE_URL), with the real engine.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile, copyFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { projectRoot } from '../../src/config.js';

// Real PostgreSQL on a shared machine: allow for a loaded CPU.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 120_000 });

let db: TestDatabase;
let dir: string;
beforeAll(async () => {
  db = await createTestDatabase();
  dir = await mkdtemp(path.join(os.tmpdir(), 'isnad-ingest-'));
  await copyFile(path.join(projectRoot, 'seed/articles/000_5b3661702b30698b.txt'), path.join(dir, 'a.txt'));
  await writeFile(path.join(dir, 'a.json'), JSON.stringify({ outlet: 'اليوم السابع', published: '2017-05-10' }));
  await copyFile(path.join(projectRoot, 'seed/articles/001_effbc08bcded676d.txt'), path.join(dir, 'b.txt'));
  await writeFile(path.join(dir, 'b.json'), JSON.stringify({ outlet: 'سانا', published: '2017-05-10', title: 'لافروف: أي لقاء قمة' }));
  await writeFile(path.join(dir, 'empty.txt'), '\n  \n');
  await writeFile(path.join(dir, 'bad-date.txt'), 'قال المتحدث إن الاجتماع مفيد.');
  await writeFile(path.join(dir, 'bad-date.json'), JSON.stringify({ published: '10/05/2017' }));
  await writeFile(path.join(dir, 'notes.md'), 'not an article');
});
afterAll(async () => {
  await db?.drop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'src/cli/ingest.ts'), ...args], {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_URL: db.url },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

it('ingests a folder, reports failures without stopping, and is idempotent', async () => {
  const first = await run([dir]);
  expect(first.stdout).toMatch(/Articles: 2 new, 0 duplicate, 2 failed\./);
  expect(first.stderr).toMatch(/\[4\/4\]/);
  expect(first.stderr).toMatch(/empty\.txt: The text is empty/);
  expect(first.stderr).toMatch(/bad-date\.txt: published must be a calendar date/);
  expect(first.code).toBe(1);
  const titled = await db.prisma.article.findFirstOrThrow({ where: { title: { not: null } }, include: { outlet: true } });
  expect(titled.title).toBe('لافروف: أي لقاء قمة');
  expect(titled.outlet?.name).toBe('سانا');

  const again = await run([path.join(dir, 'a.txt'), path.join(dir, 'b.txt')]);
  if (again.code !== 0) console.error(again.stderr);
  expect(again.stdout).toMatch(/Articles: 0 new, 2 duplicate, 0 failed\. Statements: 0 new\./);
  expect(again.code).toBe(0);
  expect(await db.prisma.article.count()).toBe(2);
});
