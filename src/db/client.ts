// The Prisma client over node-postgres (driver adapter: Prisma 7 has no Rust query engine).
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from './generated/prisma/client.js';

export { PrismaClient } from './generated/prisma/client.js';
export type { Prisma } from './generated/prisma/client.js';

export interface PrismaClientOptions {
  /** Pool size; node-postgres defaults to 10. */
  max?: number;
  /** Emit every SQL statement as a 'query' event (for tests that count statements). */
  logQueries?: boolean;
}

/** The node-postgres pool under each client made here (for metrics: total, idle, waiting). */
const pools = new WeakMap<object, pg.Pool>();

export function poolOf(prisma: object): pg.Pool | undefined {
  return pools.get(prisma);
}

export function createPrismaClient(databaseUrl: string, options: PrismaClientOptions = {}): PrismaClient {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: options.max ?? 10,
    // A dead server must not hang requests forever.
    connectionTimeoutMillis: 5_000,
  });
  // An idle connection dropped by the server (restart, network) is discarded; the pool opens a new
  // one on the next query. Without a listener the 'error' event would crash the process.
  pool.on('error', () => {});
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  const prisma = new PrismaClient({
    adapter,
    log: options.logQueries ? [{ emit: 'event', level: 'query' }] : [],
  });
  pools.set(prisma, pool);
  return prisma;
}
