// `npm run migrate`: apply pending migrations to DATABASE_URL, or to the embedded database.
import { loadConfig } from '../config.js';
import { ensureDatabase, EMBEDDED_DATABASE } from '../db/database.js';
import { databaseUrl, startEmbeddedPostgres } from '../db/embedded.js';
import { applyMigrations, readMigrations } from '../db/migrate.js';

const config = loadConfig();
const embedded = config.databaseUrl ? null : await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPort });
try {
  let url = config.databaseUrl;
  if (!url) {
    await ensureDatabase(embedded!.url, EMBEDDED_DATABASE);
    url = databaseUrl(embedded!.url, EMBEDDED_DATABASE);
  }
  const applied = await applyMigrations(url);
  const total = readMigrations().length;
  console.log(applied.length ? `applied ${applied.length} of ${total} migrations: ${applied.join(', ')}` : `up to date (${total} migrations)`);
} catch (error) {
  console.error(`migrate: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await embedded?.stop();
}
