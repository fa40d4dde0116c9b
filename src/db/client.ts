// The Prisma client over node-postgres (driver adapter: Prisma 7 has no Rust query engine).
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client.js';

export { PrismaClient } from './generated/prisma/client.js';
export type { Prisma } from './generated/prisma/client.js';

export interface PrismaClientOptions {
  /** Pool size; node-postgres defaults to 10. */
  max?: number;
  /** Emit every SQL statement as a 'query' event (for tests that count statements). */
  logQueries?: boolean;
}

export function createPrismaClient(databaseUrl: string, options: PrismaClientOptions = {}): PrismaClient {
  const adapter = new PrismaPg({
    connectionString: databaseUrl,
    max: options.max ?? 10,
    // A dead server must not hang requests forever.
    connectionTimeoutMillis: 5_000,
  });
  return new PrismaClient({
    adapter,
    log: options.logQueries ? [{ emit: 'event', level: 'query' }] : [],
  });
}
