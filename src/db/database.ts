// Opens the service's database: an external PostgreSQL when DATABASE_URL is set, otherwise the
// embedded server on the project's data directory. Either way it is migrated before use.
import pg from 'pg';
import { loadConfig, type Config } from '../config.js';
import { createPrismaClient, type PrismaClient, type PrismaClientOptions } from './client.js';
import { databaseUrl, startEmbeddedPostgres, type EmbeddedServer } from './embedded.js';
import { applyMigrations } from './migrate.js';

export const EMBEDDED_DATABASE = 'isnad';

export interface Database {
  url: string;
  prisma: PrismaClient;
  /** The embedded server, when this process runs one. */
  embedded: EmbeddedServer | null;
  close(): Promise<void>;
}

export async function ensureDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } catch (error) {
    // Another process created it between our check and our CREATE.
    if ((error as { code?: string }).code !== '42P04') throw error;
  } finally {
    await client.end();
  }
}

export async function openDatabase(
  config: Pick<Config, 'databaseUrl' | 'dataDir' | 'embeddedPort'> & Partial<Pick<Config, 'preparedStatements' | 'statementTimeoutMs'>> = loadConfig(),
  clientOptions: PrismaClientOptions = {},
): Promise<Database> {
  let embedded: EmbeddedServer | null = null;
  let url = config.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPort });
    await ensureDatabase(embedded.url, EMBEDDED_DATABASE);
    url = databaseUrl(embedded.url, EMBEDDED_DATABASE);
  }
  try {
    await applyMigrations(url);
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  const prisma = createPrismaClient(url, { preparedStatements: config.preparedStatements, statementTimeoutMs: config.statementTimeoutMs, ...clientOptions });
  return {
    url,
    prisma,
    embedded,
    close: async () => {
      await prisma.$disconnect().catch(() => {});
      await embedded?.stop();
    },
  };
}
