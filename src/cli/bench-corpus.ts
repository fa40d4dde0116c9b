// npm run bench:corpus -- --articles N [--database-url URL] [--engine auto|engine|oracle] [--concurrency K]
// Builds (or completes: it is resumable) a synthetic corpus of N Arabic articles through the ingest.
import { runCorpusCli } from '../bench/cli-corpus.js';

process.exitCode = await runCorpusCli(process.argv.slice(2));
