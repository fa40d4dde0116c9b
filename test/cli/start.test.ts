// `npm start` as a process manager runs it: SIGTERM to the npm process must reach the service,
// which drains and stops its embedded PostgreSQL; a busy port is a one-line error naming PORT, and
// leaves no database behind. Real processes on loopback.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { projectRoot } from '../../src/config.js';

vi.setConfig({ testTimeout: 240_000, hookTimeout: 60_000 });

let dir: string;
let dataDir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'isnad-start-'));
  await chmod(dir, 0o755); // PostgreSQL runs as `postgres` when the tests run as root
  dataDir = path.join(dir, 'pg');
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

function npmStart(port: number): { child: ChildProcess; output: () => string; exit: Promise<number | null> } {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && !['DATABASE_URL', 'NODE_ENV'].includes(k)));
  const child = spawn('npm', ['start'], {
    cwd: projectRoot,
    env: { ...env, PORT: String(port), HOST: '127.0.0.1', ISNAD_DATA_DIR: dataDir, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => out, exit };
}

const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

async function until(what: string, check: () => boolean | Promise<boolean>, ms: number, output: () => string) {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what} did not happen in ${ms} ms:\n${output()}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

it('SIGTERM to the npm process stops the server and the embedded database', async () => {
  const run = npmStart(0);
  let exited = false;
  void run.exit.then(() => (exited = true));
  await until('serving', () => exited || /serving GraphQL at http:\/\/127\.0\.0\.1:\d+/.test(run.output()), 200_000, run.output);
  expect(exited, run.output()).toBe(false);
  const port = Number(run.output().match(/serving GraphQL at http:\/\/127\.0\.0\.1:(\d+)/)![1]);
  expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
  expect(fs.existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(true);

  run.child.kill('SIGTERM'); // the npm process, as a process manager signals it
  const code = await run.exit;
  // npm may exit before its child: wait for the service itself to let go.
  await until('the service stopping', async () => !(await listening(port)) && !fs.existsSync(path.join(dataDir, 'postmaster.pid')), 30_000, run.output);
  expect(run.output()).toMatch(/stopped cleanly/);
  expect([0, 143, null]).toContain(code);
});

it('a busy port is a one-line error naming the port and PORT, and leaves no database running', async () => {
  const blocker = net.createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  const port = (blocker.address() as net.AddressInfo).port;
  try {
    const run = npmStart(port);
    const code = await run.exit;
    const output = run.output();
    expect(code, output).toBe(1);
    const line = output.split('\n').find((l) => l.includes(`port ${port}`));
    expect(line, output).toMatch(/already in use.*PORT=/);
    expect(output).not.toMatch(/^\s+at /m); // no stack
    expect(fs.existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false);
  } finally {
    blocker.close();
  }
});
