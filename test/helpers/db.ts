// A fresh, migrated, empty database for one test file: cloned from the run's template database,
// so test files run in parallel without seeing each other's rows.
import crypto from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import { createPrismaClient, type PrismaClient, type PrismaClientOptions } from '../../src/db/client.js';
import { databaseUrl } from '../../src/db/embedded.js';

export interface TestDatabase {
  url: string;
  name: string;
  prisma: PrismaClient;
  drop(): Promise<void>;
}

async function admin<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(options: PrismaClientOptions = {}): Promise<TestDatabase> {
  const serverUrl = inject('testServerUrl');
  const template = inject('testTemplateDatabase');
  const name = `isnad_test_${crypto.randomBytes(6).toString('hex')}`;
  await admin(serverUrl, async (client) => {
    // Cloning fails while another session touches the template; such a moment passes quickly.
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== '55006' || attempt >= 20) throw error;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
  });
  const url = databaseUrl(serverUrl, name);
  const prisma = createPrismaClient(url, options);
  return {
    url,
    name,
    prisma,
    drop: async () => {
      await prisma.$disconnect().catch(() => {});
      await admin(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

/** Registers hooks giving a test file its own empty database and a raw `pg` client on it. */
export function useTestDatabaseWithClient(): { db: TestDatabase; client: pg.Client } {
  const ctx = {} as { db: TestDatabase; client: pg.Client };
  beforeAll(async () => {
    ctx.db = await createTestDatabase();
    ctx.client = new pg.Client({ connectionString: ctx.db.url });
    await ctx.client.connect();
  });
  afterAll(async () => {
    await ctx.client?.end();
    await ctx.db?.drop();
  });
  return ctx;
}
