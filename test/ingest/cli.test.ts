// npm run ingest as a user runs it: a folder of .txt files with sidecar metadata, one bad file,
// against a real database (DATABASE_URL), with the real engine.
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile, copyFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
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

function run(args: string[], url = db.url, onStart?: (child: ReturnType<typeof spawn>) => void): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'src/cli/ingest.ts'), ...args], {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_URL: url },
    });
    onStart?.(child);
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
  expect(first.stderr).toMatch(/100\.0% · 4 articles \(2 new, 0 already stored, 2 failed\) · \d+ articles\/s/);
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

/** The dev fixture articles as corpus lines, with a bad line and a repeated text. */
async function corpusLines(): Promise<string[]> {
  const out: string[] = [];
  for (const sub of ['dev']) {
    const dir = path.join(projectRoot, 'test/fixtures', sub);
    for (const f of (await readdir(dir)).filter((f) => f.endsWith('.json')).sort()) {
      const a = JSON.parse(await readFile(path.join(dir, f), 'utf8')) as { id: string; text: string; outlet?: string; published?: string };
      out.push(JSON.stringify({ id: a.id, text: a.text, title: `${a.id} title`, outlet: a.outlet ?? null, published: a.published ?? null, url: null }));
    }
  }
  out.splice(7, 0, '{"id": "broken", "text": 12}', out[3]);
  return out;
}

const graphCounts = async (prisma: TestDatabase['prisma']) => ({
  articles: await prisma.article.count(),
  statements: await prisma.statement.count(),
  persons: await prisma.person.count(),
  meetings: await prisma.meeting.count(),
  corroborations: await prisma.corroboration.count(),
});

it('ingests a .jsonl.gz corpus, resumes after a kill and ends with the graph of an uninterrupted run', async () => {
  const lines = await corpusLines();
  const file = path.join(dir, 'corpus.jsonl.gz');
  await writeFile(file, gzipSync(lines.join('\n') + '\n'));
  const unique = lines.length - 2;
  const target = await createTestDatabase();
  let afterResume: Awaited<ReturnType<typeof graphCounts>>;
  try {
    // Killed (SIGKILL) once some batches are committed.
    let atKill = 0;
    const killed = await run([file, '--batch', '3', '--concurrency', '1', '--threads', '1'], target.url, (child) => {
      const poll = setInterval(async () => {
        const n = await target.prisma.article.count();
        if (n >= 3) {
          clearInterval(poll);
          atKill = n;
          child.kill('SIGKILL');
        }
      }, 25);
      child.on('close', () => clearInterval(poll));
    });
    expect(killed.code).toBe(null);
    expect(atKill).toBeGreaterThanOrEqual(3);
    expect(await target.prisma.article.count()).toBeLessThan(unique);

    const resumed = await run([file, '--batch', '3', '--threads', '1'], target.url);
    const stored = Number(/Articles: (\d+) new, (\d+) duplicate, 1 failed\./.exec(resumed.stdout)?.[2]);
    expect(resumed.stdout).toMatch(/Articles: \d+ new, \d+ duplicate, 1 failed\./);
    expect(stored).toBeGreaterThanOrEqual(atKill + 1); // what the killed run stored, and the repeated text
    expect(resumed.stderr).toMatch(/failed: .*corpus\.jsonl\.gz:8: broken: the object has no "text" string/);
    expect(resumed.code).toBe(1);
    afterResume = await graphCounts(target.prisma);
    expect(afterResume.articles).toBe(unique);
    expect(await target.prisma.article.count({ where: { title: 'd20 title' } })).toBe(1);

    // Again: nothing new.
    const again = await run([file, '--threads', '1'], target.url);
    expect(again.stdout).toMatch(new RegExp(`Articles: 0 new, ${unique + 1} duplicate, 1 failed\\.`));
  } finally {
    await target.drop();
  }
  // The same corpus in one run, into an empty database: the same graph.
  const fresh = await createTestDatabase();
  try {
    const whole = await run([file, '--batch', '3', '--threads', '1'], fresh.url);
    expect(whole.stdout).toMatch(new RegExp(`Articles: ${unique} new, 1 duplicate, 1 failed\\.`));
    expect(await graphCounts(fresh.prisma)).toEqual(afterResume);
  } finally {
    await fresh.drop();
  }
}, 400_000);
