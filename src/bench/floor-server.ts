// The SQL floor's HTTP server as a child process of the benchmark:
//   tsx src/bench/floor-server.ts DATABASE_URL PORT
import { startFloorServer } from './floor.js';

const [url, port] = process.argv.slice(2);
const server = await startFloorServer(url, Number(port));
console.log(`READY ${server.port}`);
const stop = async () => {
  await Promise.race([server.close().catch(() => {}), new Promise((resolve) => setTimeout(resolve, 3_000))]);
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
