// Environment, parsed and validated once. Every knob of the service is here, with its default.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const port = z.coerce.number().int().min(0).max(65535);

const EnvSchema = z.object({
  PORT: port.default(4000),
  HOST: z.string().default('0.0.0.0'),
  /** An external PostgreSQL; when unset the embedded server is started. */
  DATABASE_URL: z.string().url().optional(),
  /** Where the embedded PostgreSQL keeps its data (ignored by git). */
  ISNAD_DATA_DIR: z.string().default(path.join(projectRoot, '.data', 'postgres')),
  /** Port of the embedded PostgreSQL; 0 picks a free one at every start. */
  ISNAD_EMBEDDED_PG_PORT: port.default(0),
  /** Largest article accepted, in bytes of UTF-8. */
  ISNAD_MAX_ARTICLE_BYTES: z.coerce.number().int().positive().default(1_000_000),
  /** Seed the two bundled articles when the database holds no article. */
  ISNAD_SEED_ON_START: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  /** API keys allowed to write (ingestArticle, deleteArticle), comma-separated. */
  ISNAD_API_KEYS: z.string().default(''),
  /** When true, reads need an API key too. */
  ISNAD_PRIVATE_READS: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = ReturnType<typeof loadConfig>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env) {
  const parsed = EnvSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.ISNAD_DATA_DIR),
    embeddedPort: e.ISNAD_EMBEDDED_PG_PORT,
    maxArticleBytes: e.ISNAD_MAX_ARTICLE_BYTES,
    seedOnStart: e.ISNAD_SEED_ON_START,
    apiKeys: e.ISNAD_API_KEYS.split(',').map((k) => k.trim()).filter((k) => k.length > 0),
    privateReads: e.ISNAD_PRIVATE_READS,
    production: e.NODE_ENV === 'production',
    logLevel: e.LOG_LEVEL,
  };
}
