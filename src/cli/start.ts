// `npm start`: open the database (embedded unless DATABASE_URL), migrate, seed when empty, serve.
import pino from 'pino';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { seedDatabase } from '../ingest/seed.js';
import { startServer } from '../server/http.js';
import { buildWeb } from '../../web/build.js';

const config = loadConfig();
const log = pino({ level: config.logLevel, base: { service: 'isnad' } });

async function main() {
  log.info(config.databaseUrl ? 'using the PostgreSQL at DATABASE_URL' : `starting the embedded PostgreSQL in ${config.dataDir}`);
  // Built while the database starts, so it adds nothing to the time until the service listens.
  const webBuild = buildWebClient();
  const db = await openDatabase(config);
  let server: Awaited<ReturnType<typeof startServer>>;
  let webDir: string | null = null;
  try {
    if (config.seedOnStart && (await db.prisma.article.count()) === 0) {
      const summary = await seedDatabase(db.prisma);
      log.info({ summary }, 'seeded the database with the bundled articles');
    }
    webDir = await webBuild;
    server = await startServer({ prisma: db.prisma, port: config.port, host: config.host, logger: log, config, webDir });
  } catch (error) {
    // Never leave the embedded PostgreSQL running behind a start that failed.
    await db.close();
    throw error;
  }
  log.info(`Isnad is serving GraphQL at ${server.url}${webDir ? ` and the quote explorer at ${new URL('/', server.url)}` : ''}`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: finishing in-flight requests');
    const force = setTimeout(() => {
      log.error('shutdown took too long; exiting');
      process.exit(1);
    }, 15_000);
    force.unref();
    try {
      await server.close();
      await db.close();
      log.info('stopped cleanly');
      process.exit(0);
    } catch (error) {
      log.error({ err: error }, 'error during shutdown');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

/** The quote explorer is built at each start (about a second); without it the API still serves. */
async function buildWebClient(): Promise<string | null> {
  try {
    const built = await buildWeb();
    log.info({ files: built.files.length, kilobytes: Math.round(built.bytes / 1024), ms: Math.round(built.ms) }, 'built the quote explorer');
    return built.dir;
  } catch (error) {
    log.warn({ err: error }, 'could not build the quote explorer (web/); serving the API only');
    return null;
  }
}

main().catch((error) => {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'EADDRINUSE' || code === 'EACCES') {
    // A person's mistake, not a crash: one line, no stack.
    const why = code === 'EADDRINUSE' ? 'is already in use' : 'may not be used by this user';
    console.error(`isnad: port ${config.port} on ${config.host} ${why}; stop what listens there or choose another with PORT=<port> npm start`);
    process.exit(1);
  }
  log.fatal({ err: error }, String((error as Error)?.message ?? error));
  process.exit(1);
});
