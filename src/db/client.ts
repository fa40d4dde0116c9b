// The Prisma client over node-postgres (driver adapter: Prisma 7 has no Rust query engine).
import { PrismaPg } from '@prisma/adapter-pg';
import { createHash } from 'node:crypto';
import pg from 'pg';
import { PrismaClient } from './generated/prisma/client.js';

export { PrismaClient } from './generated/prisma/client.js';
export type { Prisma } from './generated/prisma/client.js';

export interface PrismaClientOptions {
  /** Pool size; node-postgres defaults to 10. */
  max?: number;
  /** Emit every SQL statement as a 'query' event (for tests that count statements). */
  logQueries?: boolean;
  /**
   * Named (server-side prepared) statements; default true. Turn off behind a pooler that cannot
   * keep them (PgBouncer in transaction mode before 1.21).
   */
  preparedStatements?: boolean;
  /**
   * Longest one SQL statement may run, in ms (PostgreSQL's statement_timeout, set per connection);
   * past it the statement is cancelled (SQLSTATE 57014), so a slow query cannot hold a connection
   * of the pool. Default none; `npm start` sets ISNAD_STATEMENT_TIMEOUT_MS.
   */
  statementTimeoutMs?: number;
  /** Longest a query waits for a free connection of the pool (or a new one), in ms; default 5 s. */
  acquireTimeoutMs?: number;
}

/**
 * Most distinct statements named per process. Prisma builds a handful of SQL shapes per query
 * shape, so a working server stays far below it; past it, new shapes run unnamed (still correct),
 * and no connection holds more prepared statements than this.
 */
export const MAX_PREPARED_STATEMENTS = 2_000;

/**
 * A stable name per SQL text, so that node-postgres prepares it once per connection and PostgreSQL
 * plans it once: a lateral-join query of the API costs ~1.5 ms to plan and ~0.5 ms to run.
 */
export function statementNamer(max = MAX_PREPARED_STATEMENTS): (sql: string) => string | undefined {
  const names = new Map<string, string>();
  return (sql) => {
    let name = names.get(sql);
    if (name === undefined && names.size < max) {
      name = `isnad_${createHash('sha1').update(sql).digest('base64url')}`;
      names.set(sql, name);
    }
    return name;
  };
}

/** One namer per process: every client of the process shares the cap. */
const statementName = statementNamer();

/** The node-postgres pool under each client made here (for metrics: total, idle, waiting). */
const pools = new WeakMap<object, pg.Pool>();

export function poolOf(prisma: object): pg.Pool | undefined {
  return pools.get(prisma);
}

export function createPrismaClient(databaseUrl: string, options: PrismaClientOptions = {}): PrismaClient {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: options.max ?? 10,
    // A dead server, or a pool whose connections are all busy, must not hang requests forever:
    // node-postgres applies this to waiting for a pooled connection as well as to opening one.
    connectionTimeoutMillis: options.acquireTimeoutMs ?? 5_000,
    ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
  });
  // An idle connection dropped by the server (restart, network) is discarded; the pool opens a new
  // one on the next query. Without a listener the 'error' event would crash the process.
  pool.on('error', () => {});
  // The adapter's type wants a string, but node-postgres takes an undefined name as "unnamed".
  const adapter = new PrismaPg(pool, {
    disposeExternalPool: true,
    ...(options.preparedStatements === false ? {} : { statementNameGenerator: (query) => statementName(query.sql) as string }),
  });
  const prisma = new PrismaClient({
    adapter,
    log: options.logQueries ? [{ emit: 'event', level: 'query' }] : [],
  });
  pools.set(prisma, pool);
  return prisma;
}
