// The benchmark's databases: one embedded PostgreSQL under .data/bench/pg holding a database per
// corpus size (bench_1000, bench_10000…), or the single database given by --database-url.
// Bench bookkeeping (the ingest log, PostGraphile's search functions) lives in schema isnad_bench,
// apart from the application's tables.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { projectRoot } from '../config.js';
import { createPrismaClient, type PrismaClient } from '../db/client.js';
import { ensureDatabase } from '../db/database.js';
import { databaseUrl, startEmbeddedPostgres, type EmbeddedServer } from '../db/embedded.js';
import { applyMigrations as applyAll, readMigrations, type Migration } from '../db/migrate.js';

export const BENCH_DIR = path.join(projectRoot, '.data', 'bench');
export const BENCH_SCHEMA = 'isnad_bench';

export interface BenchDatabase {
  url: string;
  /** The corpus size it was opened for (a label: an external database holds what it holds). */
  size: number;
  external: boolean;
}

export interface BenchServer {
  /** Null when --database-url was given. */
  embedded: EmbeddedServer | null;
  /**
   * The database of a corpus size, created (and migrated) when missing. `copyOf`: when bench_size
   * does not exist yet, start it as a copy of bench_<copyOf> (a smaller corpus of the same seed is
   * a prefix of the larger one, so the build only adds the rest).
   */
  open(size: number, options?: { copyOf?: number }): Promise<BenchDatabase>;
  stop(): Promise<void>;
}

export async function startBenchServer(options: { databaseUrl?: string; dataDir?: string } = {}): Promise<BenchServer> {
  if (options.databaseUrl) {
    const url = options.databaseUrl;
    return {
      embedded: null,
      open: async (size) => {
        await applyMigrations(url);
        await ensureBenchSchema(url);
        return { url, size, external: true };
      },
      stop: async () => {},
    };
  }
  const embedded = await startEmbeddedPostgres({ dataDir: options.dataDir ?? path.join(BENCH_DIR, 'pg') });
  return {
    embedded,
    open: async (size, openOptions = {}) => {
      const name = `bench_${size}`;
      if (openOptions.copyOf !== undefined) await copyDatabase(embedded.url, `bench_${openOptions.copyOf}`, name);
      await ensureDatabase(embedded.url, name);
      const url = databaseUrl(embedded.url, name);
      await applyMigrations(url);
      await ensureBenchSchema(url);
      return { url, size, external: false };
    },
    stop: () => embedded.stop(),
  };
}

/**
 * The migrations of the checked-out commit (git HEAD), not those of the working tree: a corpus
 * database takes long to build, and a migration still being written in the same tree, applied to
 * it and then changed, would make it unusable ("modified after it was applied"). Outside a git
 * checkout, the working tree's.
 */
export function committedMigrations(): Migration[] {
  try {
    const run = (args: string[]) => execFileSync('git', args, { cwd: projectRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const names = run(['ls-tree', '--name-only', 'HEAD', 'prisma/migrations/'])
      .split('\n')
      .map((l) => l.trim().split('/').pop()!)
      .filter((n) => n && !n.endsWith('.toml'))
      .sort();
    const migrations: Migration[] = [];
    for (const name of names) {
      let sql: string;
      try {
        sql = run(['show', `HEAD:prisma/migrations/${name}/migration.sql`]);
      } catch {
        continue;
      }
      migrations.push({ name, sql, checksum: crypto.createHash('sha256').update(sql).digest('hex') });
    }
    if (migrations.length) return migrations;
  } catch {
    /* not a git checkout */
  }
  return readMigrations();
}

async function applyMigrations(url: string): Promise<void> {
  await applyAll(url, committedMigrations());
}

/** Creates `target` as a copy of `source` (CREATE DATABASE … TEMPLATE) unless target exists or source does not. */
async function copyDatabase(serverUrl: string, source: string, target: string): Promise<void> {
  await withClient(serverUrl, async (c) => {
    const { rows } = await c.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname = ANY($1)', [[source, target]]);
    const names = new Set(rows.map((r) => r.datname));
    if (names.has(target) || !names.has(source)) return;
    await c.query(`CREATE DATABASE "${target}" TEMPLATE "${source}"`);
  });
}

export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function ensureBenchSchema(url: string): Promise<void> {
  await withClient(url, async (c) => {
    await c.query(`CREATE SCHEMA IF NOT EXISTS ${BENCH_SCHEMA}`);
    await c.query(`CREATE TABLE IF NOT EXISTS ${BENCH_SCHEMA}.ingest_log (
      id serial PRIMARY KEY,
      at timestamptz NOT NULL DEFAULT now(),
      graph_articles integer NOT NULL,
      articles integer NOT NULL,
      seconds double precision NOT NULL,
      engine text NOT NULL,
      concurrency integer NOT NULL,
      statements integer NOT NULL DEFAULT 0,
      sql_statements integer
    )`);
  });
}

export function benchPrisma(url: string, max = 10): PrismaClient {
  return createPrismaClient(url, { max });
}
