// A failure must reach the exit code: vitest on a fixture project that uses the suite's real global
// setup (embedded PostgreSQL, whose package once turned every exit into 0), and `npm run ingest`
// with its own embedded database. Real processes; the exit code is what CI sees.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { chmod, copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { projectRoot } from '../../src/config.js';

// Each case starts a PostgreSQL on a shared, loaded machine.
vi.setConfig({ testTimeout: 240_000 });

const fixture = path.join(projectRoot, 'test/fixtures/exit-codes');
const vitestBin = path.join(projectRoot, 'node_modules/vitest/vitest.mjs');

/** The parent's environment without what would make the child a vitest worker or use another database. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'TEST_DATABASE_URL' && k !== 'DATABASE_URL' && k !== 'NODE_ENV'),
  );
  return { ...env, ...extra };
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

const runFixture = (specs: string[], env: Record<string, string> = {}) =>
  run(process.execPath, [vitestBin, 'run', '--config', path.join(fixture, 'vitest.config.ts'), ...specs], cleanEnv(env));

/** The summary reporter's closing line. */
const summary = (output: string) => output.match(/^tests: \d+ passed, \d+ failed, \d+ skipped$/m)?.[0];

describe.concurrent('vitest exit code', () => {
  it('is 0 when every test passes (the control: the real global setup works here)', async () => {
    const { code, output } = await runFixture(['pass.spec.ts']);
    expect(summary(output), output).toBe('tests: 1 passed, 0 failed, 0 skipped');
    expect(code, output).toBe(0);
  });

  it('is non-zero when a test fails', async () => {
    const { code, output } = await runFixture(['pass.spec.ts', 'fail.spec.ts']);
    expect(summary(output), output).toBe('tests: 1 passed, 1 failed, 0 skipped');
    expect(code, output).toBe(1);
  });

  it('is non-zero on unhandled errors outside any failing test', async () => {
    const { code, output } = await runFixture(['unhandled.spec.ts']);
    expect(output).toMatch(/fixture: an uncaught exception/);
    expect(output).toMatch(/fixture: an unhandled rejection/);
    expect(summary(output), output).toBe('tests: 1 passed, 2 failed, 0 skipped');
    expect(code, output).toBe(1);
  });

  it('is non-zero when the global setup fails', async () => {
    const { code, output } = await runFixture(['pass.spec.ts'], { FIXTURE_GLOBAL_SETUP: 'fail' });
    expect(output).toMatch(/fixture: the global setup fails/);
    expect(code, output).not.toBe(0);
    expect(code, output).not.toBeNull();
  });
});

it('npm run ingest with its own embedded database exits 1 when a file fails, and stops the database', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'isnad-exit-'));
  // Run as root, PostgreSQL runs as the `postgres` user, which must reach the data directory.
  await chmod(dir, 0o755);
  try {
    const dataDir = path.join(dir, 'pgdata');
    await copyFile(path.join(projectRoot, 'seed/articles/000_5b3661702b30698b.txt'), path.join(dir, 'good.txt'));
    await writeFile(path.join(dir, 'bad.txt'), 'قال المتحدث إن الاجتماع مفيد.');
    await writeFile(path.join(dir, 'bad.json'), JSON.stringify({ published: 'not a date' }));
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const { code, output } = await run(npm, ['run', '--silent', 'ingest', '--', dir], cleanEnv({ ISNAD_DATA_DIR: dataDir }));
    expect(output).toMatch(/Articles: 1 new, 0 duplicate, 1 failed\./);
    expect(output).toMatch(/bad\.txt: published must be a calendar date/);
    expect(code, output).toBe(1);
    // The embedded server it started was stopped, not left running.
    expect(fs.existsSync(path.join(dataDir, 'PG_VERSION'))).toBe(true);
    expect(fs.existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

describe('.ci/check-summary (the second guard in .ci/run)', () => {
  const check = async (log: string) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'isnad-ci-'));
    try {
      await writeFile(path.join(dir, 'log'), log);
      return await run('bash', [path.join(projectRoot, '.ci/check-summary'), path.join(dir, 'log')], cleanEnv());
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  };
  it('passes a run with no failure', async () => {
    expect((await check('...\ntests: 594 passed, 0 failed, 2 skipped\n')).code).toBe(0);
  });
  it('fails a run whose summary counts a failure, or that printed no summary', async () => {
    const failed = await check('tests: 593 passed, 1 failed, 0 skipped\n');
    expect(failed.code).toBe(1);
    expect(failed.output).toMatch(/1 failed/);
    expect((await check('tests: 0 passed, 10 failed, 0 skipped\n')).code).toBe(1);
    expect((await check('Error: the run crashed\n')).code).toBe(1);
  });
});
