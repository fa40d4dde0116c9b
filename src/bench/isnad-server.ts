// Isnad's real HTTP server (src/server/http.ts startServer) on a loopback port, as a child process
// of the benchmark:  tsx src/bench/isnad-server.ts DATABASE_URL PORT [no-cache]
// Production settings as `npm start` has them by default (response cache for anonymous reads
// included, unless no-cache), no GraphiQL, no request logging. Prints "READY <port>" when it listens.
import pg from 'pg';
import { loadConfig } from '../config.js';
import { createPrismaClient } from '../db/client.js';
import { startServer } from '../server/http.js';

const [url, port, mode] = process.argv.slice(2);

// SQL statements sent, for the benchmark's hit rate: a request the response cache answers sends
// none. Asked for over the IPC channel ({ sqlCount: true }), when the benchmark opened one.
let sqlStatements = 0;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  sqlStatements++;
  return (query as (...a: unknown[]) => unknown).apply(this, args);
} as typeof query;
process.on('message', (m: { sqlCount?: boolean }) => {
  if (m?.sqlCount) process.send?.({ sqlCount: sqlStatements });
});
const responseCacheTtlMs = mode === 'no-cache' ? 0 : loadConfig().responseCacheTtlMs;
const prisma = createPrismaClient(url, { max: 10 });
const server = await startServer({ prisma, port: Number(port), host: '127.0.0.1', graphiql: false, logging: false, config: { production: true, responseCacheTtlMs } });
console.log(`READY ${server.port}`);
const stop = async () => {
  // Graceful, but bounded: the load is over, and a CPU profile is written only on a clean exit.
  await Promise.race([server.close().catch(() => {}), new Promise((resolve) => setTimeout(resolve, 3_000))]);
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
