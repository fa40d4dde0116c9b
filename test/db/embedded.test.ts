// The embedded PostgreSQL under faults (issue 16, items 5, 6, 18): a data directory is one
// process's, the superuser's password is random and private, a postmaster that dies is restarted,
// a dead one does not hang the stop, and an orphan left by a crashed process is never adopted.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, expect, test } from 'vitest';
import { projectRoot } from '../../src/config.js';
import { DataDirectoryInUseError, startEmbeddedPostgres } from '../../src/db/embedded.js';

const dir = path.join(projectRoot, '.data', `embedded-${process.pid}-${crypto.randomBytes(3).toString('hex')}`);
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(`${dir}.lock`, { recursive: true, force: true });
});

const postmasterPid = () => Number(fs.readFileSync(path.join(dir, 'postmaster.pid'), 'utf8').split('\n')[0]);
async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

test('one process per data directory; a random superuser password kept 0600; a dead postmaster is restarted; stopping a dead one returns', { timeout: 180_000 }, async () => {
  const fatal: Error[] = [];
  const server = await startEmbeddedPostgres({ dataDir: dir, onFatal: (e) => fatal.push(e) });
  try {
    const file = path.join(dir, 'isnad-superuser-password');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const password = fs.readFileSync(file, 'utf8').trim();
    expect(password).not.toBe('postgres');
    expect(password.length).toBeGreaterThanOrEqual(24);
    expect(await answers(server.url.replace(encodeURIComponent(password), 'postgres'))).toBe(false);
    expect(await answers(server.url)).toBe(true);

    // A second service on the same directory is refused, not attached.
    await expect(startEmbeddedPostgres({ dataDir: dir })).rejects.toBeInstanceOf(DataDirectoryInUseError);

    // The postmaster dies: it is started again, and answers.
    const first = postmasterPid();
    process.kill(first, 'SIGKILL');
    let back = false;
    for (let i = 0; i < 100 && !back; i++) {
      await new Promise((r) => setTimeout(r, 300));
      back = fs.existsSync(path.join(dir, 'postmaster.pid')) && postmasterPid() !== first && (await answers(server.url));
    }
    expect(back).toBe(true);
    expect(fatal).toEqual([]);
  } finally {
    await server.stop();
  }
});

test('an orphan left by a crashed process is stopped, not adopted, and the next start brings up its own', { timeout: 180_000 }, async () => {
  // A process that starts the server and is killed without stopping it.
  const script = `import { startEmbeddedPostgres } from ${JSON.stringify(path.join(projectRoot, 'src/db/embedded.ts'))}; await startEmbeddedPostgres({ dataDir: ${JSON.stringify(dir)} }); console.log('up'); setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d) => String(d).includes('up') && resolve());
    child.once('exit', (code) => reject(new Error(`the child exited (${code})`)));
  });
  const orphan = postmasterPid();
  child.kill('SIGKILL');
  await new Promise((r) => child.once('exit', r));
  process.kill(orphan, 0); // still running: an orphan

  const warnings: string[] = [];
  const onWarning = (w: Error) => warnings.push(w.message);
  process.on('warning', onWarning);
  // The dead process's lock goes stale (15 s without being refreshed) before the directory is free.
  let server: Awaited<ReturnType<typeof startEmbeddedPostgres>> | null = null;
  for (let i = 0; i < 60 && !server; i++) {
    server = await startEmbeddedPostgres({ dataDir: dir }).catch((e) => {
      if (!(e instanceof DataDirectoryInUseError)) throw e;
      return null;
    });
    if (!server) await new Promise((r) => setTimeout(r, 1_000));
  }
  process.off('warning', onWarning);
  try {
    expect(server).not.toBeNull();
    expect(warnings.some((w) => w.includes(`pid ${orphan}`) && /left running/.test(w))).toBe(true);
    expect(() => process.kill(orphan, 0)).toThrow();
    expect(postmasterPid()).not.toBe(orphan);
    expect(await answers(server!.url)).toBe(true);
  } finally {
    await server?.stop();
  }
});
