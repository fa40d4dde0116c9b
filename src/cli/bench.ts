// npm run bench [-- --quick] [--sizes 1000,10000] [--database-url URL]: the engine, ingestion and
// the API (Isnad, PostGraphile v5, hand-written SQL) measured side by side; writes BENCHMARKS.md.
import { runBenchCli } from '../bench/run.js';

process.exitCode = await runBenchCli(process.argv.slice(2));
