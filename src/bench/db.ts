// The benchmark's databases: one embedded PostgreSQL under .data/bench/pg holding a database per
// corpus size (bench_1000, bench_10000…), or the single database given by --database-url.
// Bench bookkeeping (the ingest log, PostGraphile's search functions) lives in schema isnad_bench,
// apart from the application's tables.
import path from 'node:path';
import pg from 'pg';
import { projectRoot } from '../config.js';
import { createPrismaClient, type PrismaClient } from '../db/client.js';
import { ensureDatabase } from '../db/database.js';
import { databaseUrl, startEmbeddedPostgres, type EmbeddedServer } from '../db/embedded.js';
import { applyMigrations } from '../db/migrate.js';

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
  open(size: number): Promise<BenchDatabase>;
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
    open: async (size) => {
      const name = `bench_${size}`;
      await ensureDatabase(embedded.url, name);
      const url = databaseUrl(embedded.url, name);
      await applyMigrations(url);
      await ensureBenchSchema(url);
      return { url, size, external: false };
    },
    stop: () => embedded.stop(),
  };
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
