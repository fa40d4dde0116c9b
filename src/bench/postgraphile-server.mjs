// PostGraphile v5 over the benchmark's database, as a user who picks "GraphQL over PostgreSQL"
// would run it: the Amber preset, schemas public (the tables) and isnad_bench (two SQL functions
// for name and full-text search, PostGraphile's way of adding custom queries), no JWT, production
// settings. Started by src/bench/targets.ts under Node 22 (PostGraphile v5 declares Node >= 22).
// Plain JavaScript: it runs on node directly, without tsx.
//   node postgraphile-server.mjs DATABASE_URL PORT
import { createServer } from 'node:http';
import { postgraphile } from 'postgraphile';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';

const [connectionString, portArg] = process.argv.slice(2);
const preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [makePgService({ connectionString, schemas: ['public', 'isnad_bench'], poolConfig: { max: 10 } })],
  grafserv: { port: Number(portArg), host: '127.0.0.1', graphiql: false, watch: false },
  grafast: { explain: false },
  schema: { exportSchemaSDLPath: process.env.PGL_SDL_PATH || undefined },
};
const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
server.keepAliveTimeout = 5_000;
server.on('error', (e) => {
  console.error(e);
  process.exit(1);
});
serv.addTo(server).then(
  () => {
    server.listen(Number(portArg), '127.0.0.1', () => console.log(`READY ${server.address().port}`));
  },
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
const stop = async () => {
  server.close();
  server.closeAllConnections?.();
  await Promise.race([pgl.release(), new Promise((resolve) => setTimeout(resolve, 3_000))]);
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
