// `npm run bench:corpus`: argument handling and the summary line.
import { intArg, parseArgs, stringArg } from './args.js';
import { buildCorpus, DEFAULT_BATCH, type EngineChoice } from './build.js';
import { benchPrisma, startBenchServer } from './db.js';
import { log } from './progress.js';

const USAGE = `usage: npm run bench:corpus -- --articles N [--database-url URL] [--engine oracle|engine|auto] [--concurrency K] [--batch B] [--seed S] [--copy-of M]
  Builds a synthetic corpus of N Arabic articles (1k, 10k, 100k…) through the ingest, in batches
  of B articles per transaction (ingestArticles; default 100; --batch 1: ingestArticle one article
  at a time) with K transactions in flight (default 2), in the embedded PostgreSQL under
  .data/bench/pg (database bench_N) unless --database-url is given.
  Resumable: run it again to go on where it stopped. --copy-of M: when bench_N does not exist
  yet, start from a copy of bench_M (its M articles are the first M of bench_N).`;

export async function runCorpusCli(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.has('help') || !args.has('articles')) {
    console.error(USAGE);
    return args.has('help') ? 0 : 2;
  }
  const articles = intArg(args, 'articles', 1000);
  const engine = (stringArg(args, 'engine') ?? 'oracle') as EngineChoice;
  if (!['auto', 'engine', 'oracle'].includes(engine)) {
    console.error(`--engine must be auto, engine or oracle\n${USAGE}`);
    return 2;
  }
  const concurrency = intArg(args, 'concurrency', 2);
  const batch = intArg(args, 'batch', DEFAULT_BATCH);
  const server = await startBenchServer({ databaseUrl: stringArg(args, 'database-url') ?? process.env.BENCH_DATABASE_URL });
  try {
    const copyOf = args.has('copy-of') ? intArg(args, 'copy-of', 0) : undefined;
    const db = await server.open(articles, copyOf !== undefined && copyOf < articles ? { copyOf } : {});
    log(`corpus of ${articles} articles in ${db.external ? 'the database at --database-url' : `embedded database bench_${articles}`}`);
    const prisma = benchPrisma(db.url, concurrency + 2);
    // Ctrl-C / SIGTERM: finish the transactions in flight, stop the server cleanly; run again to resume.
    const stop = new AbortController();
    const onSignal = () => {
      if (!stop.signal.aborted) log('stopping after the batches in flight (run again to resume)');
      stop.abort();
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
      const r = await buildCorpus({ prisma, url: db.url, articles, engine, concurrency, batch, seed: intArg(args, 'seed', 1), signal: stop.signal });
      const rate = r.ingested ? `${r.articlesPerSecond.toFixed(1)} articles/s` : 'nothing to do';
      console.log(
        `corpus: ${r.after} articles (${r.ingested} ingested now with the ${r.engine}, ${r.failures} failed) in ${r.seconds.toFixed(1)} s: ${rate}`,
      );
      if (r.firstError) console.log(`first failure: ${r.firstError}`);
      return r.after >= articles ? 0 : 1;
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      await prisma.$disconnect();
    }
  } finally {
    await server.stop();
  }
}
