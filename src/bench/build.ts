// Builds (or completes) a synthetic corpus in a database through the project's ingest: batches of
// articles through ingestArticles (src/ingest/batch.ts: the rows ingestArticle would write, one
// transaction and a constant number of SQL statements per batch), a few batches in flight, with
// progress on stderr (`--batch 1` ingests one article per ingestArticle call, as before).
// Resumable: article i is a pure function of i (src/bench/corpus.ts), so a build that was stopped
// goes on from the number of corpus articles already stored (ingest skips a text it already holds).
import type { PrismaClient } from '../db/client.js';
import type { AttributeFn } from '../ingest/engine.js';
import { ingestArticles } from '../ingest/batch.js';
import { ingestArticle, type IngestResult } from '../ingest/ingest.js';
import { CORPUS_URL_PREFIX, generateArticle } from './corpus.js';
import { BENCH_SCHEMA, withClient } from './db.js';
import { Progress } from './progress.js';

export type EngineChoice = 'engine' | 'oracle' | 'auto';

/** Articles per ingestArticles transaction in a corpus build. */
export const DEFAULT_BATCH = 100;

export interface BuildOptions {
  prisma: PrismaClient;
  url: string;
  /** How many corpus articles the database must hold. */
  articles: number;
  seed?: number;
  /**
   * engine: the project's attribution engine reads every text (the real path);
   * oracle: the attribution the generator built the text from (database cost only);
   * auto: the engine when src/attribution/index.ts exists, else the oracle.
   * Default: oracle, so that every corpus holds the same graph whatever the engine's state.
   */
  engine?: EngineChoice;
  /** Transactions in flight at once (a batch, or one article when batch is 1). */
  concurrency?: number;
  /** Articles per transaction (ingestArticles); 1: ingestArticle, one article at a time. Default 100. */
  batch?: number;
  /** Articles per line of the ingest log (throughput against graph size). */
  window?: number;
  /** When aborted, no new transaction starts; those in flight finish (the build stays resumable). */
  signal?: AbortSignal;
  quiet?: boolean;
}

export interface BuildWindow {
  /** Corpus articles in the graph when the window started. */
  graphArticles: number;
  articles: number;
  seconds: number;
  statements: number;
}

export interface BuildResult {
  engine: 'engine' | 'oracle';
  before: number;
  after: number;
  ingested: number;
  duplicates: number;
  failures: number;
  seconds: number;
  articlesPerSecond: number;
  windows: BuildWindow[];
  firstError?: string;
}

export async function countCorpusArticles(url: string, seed = 1): Promise<number> {
  return withClient(url, async (c) => {
    const { rows } = await c.query<{ n: string }>('SELECT count(*) AS n FROM article WHERE url LIKE $1', [`${CORPUS_URL_PREFIX}${seed}/%`]);
    return Number(rows[0].n);
  });
}

export async function resolveEngine(choice: EngineChoice): Promise<{ kind: 'engine' | 'oracle'; engine: AttributeFn | null }> {
  if (choice === 'oracle') return { kind: 'oracle', engine: null };
  try {
    const specifier = '../attribution/index.js';
    const mod = (await import(specifier)) as { attribute?: AttributeFn };
    if (typeof mod.attribute === 'function') return { kind: 'engine', engine: mod.attribute };
    if (choice === 'engine') throw new Error('src/attribution/index.ts exports no attribute()');
  } catch (error) {
    if (choice === 'engine') throw error;
  }
  return { kind: 'oracle', engine: null };
}

export async function buildCorpus(options: BuildOptions): Promise<BuildResult> {
  const seed = options.seed ?? 1;
  const concurrency = Math.max(1, options.concurrency ?? 2);
  const batchSize = Math.max(1, options.batch ?? DEFAULT_BATCH);
  const { kind, engine } = await resolveEngine(options.engine ?? 'oracle');
  const before = await countCorpusArticles(options.url, seed);
  const result: BuildResult = { engine: kind, before, after: before, ingested: 0, duplicates: 0, failures: 0, seconds: 0, articlesPerSecond: 0, windows: [] };
  if (before >= options.articles) return result;

  const windowSize = options.window ?? Math.max(100, Math.min(5000, Math.round(options.articles / 10)));
  // Articles finished before `before` may not be a prefix when the last run had several
  // transactions in flight: go back by what was in flight; ingest skips the ones already stored.
  let next = Math.max(0, before - Math.max(16, concurrency * batchSize));
  const progress = new Progress(`corpus (${kind})`, options.articles, options.quiet);
  progress.update(before);
  let stored = before;
  let windowStart = performance.now();
  let windowArticles = 0;
  let windowStatements = 0;
  let windowGraph = before;
  const started = performance.now();

  const flushWindow = async (force = false) => {
    if (!force && windowArticles < windowSize) return;
    if (windowArticles === 0) return;
    const seconds = (performance.now() - windowStart) / 1000;
    const w: BuildWindow = { graphArticles: windowGraph, articles: windowArticles, seconds, statements: windowStatements };
    result.windows.push(w);
    await withClient(options.url, (c) =>
      c.query(`INSERT INTO ${BENCH_SCHEMA}.ingest_log (graph_articles, articles, seconds, engine, concurrency, statements) VALUES ($1, $2, $3, $4, $5, $6)`, [
        w.graphArticles,
        w.articles,
        w.seconds,
        kind,
        concurrency,
        w.statements,
      ]),
    ).catch(() => {});
    windowStart = performance.now();
    windowArticles = 0;
    windowStatements = 0;
    windowGraph = stored;
  };

  const record = (r: IngestResult) => {
    if (r.created) {
      stored++;
      result.ingested++;
      windowArticles++;
      windowStatements += r.counts.statements;
    } else result.duplicates++;
  };
  const fail = (index: number, error: unknown) => {
    result.failures++;
    result.firstError ??= `article ${index}: ${(error as Error).message}`;
    if (result.failures > 50 && result.failures > result.ingested) throw new Error(`corpus build: too many failures; first: ${result.firstError}`);
  };
  const one = async (index: number) => {
    const a = generateArticle(index, seed);
    try {
      record(await ingestArticle(options.prisma, { text: a.text, title: a.title, outlet: a.outlet, url: a.url, published: a.published }, { attribute: engine ?? (() => a.oracle) }));
    } catch (error) {
      fail(index, error);
    }
  };
  const worker = async () => {
    while (stored < options.articles && !options.signal?.aborted) {
      const first = next;
      if (first >= options.articles) return;
      const count = Math.min(batchSize, options.articles - first);
      next += count;
      if (batchSize === 1) await one(first);
      else {
        const indices = Array.from({ length: count }, (_, k) => first + k);
        const articles = indices.map((i) => generateArticle(i, seed));
        const oracle = new Map(articles.map((a) => [a.text, a.oracle]));
        let outcomes: Awaited<ReturnType<typeof ingestArticles>>;
        try {
          outcomes = await ingestArticles(
            options.prisma,
            articles.map((a) => ({ text: a.text, title: a.title, outlet: a.outlet, url: a.url, published: a.published })),
            { attribute: engine ?? ((text) => oracle.get(text)!) },
          );
        } catch {
          // The batch rolled back as a whole (e.g. a conflict with another writer): one by one.
          for (const i of indices) await one(i);
          outcomes = [];
        }
        outcomes.forEach((o, k) => (o.result ? record(o.result) : fail(indices[k], o.error)));
      }
      progress.update(stored);
      await flushWindow();
    }
  };
  try {
    await Promise.all(Array.from({ length: concurrency }, worker));
  } finally {
    await flushWindow(true);
    progress.done();
  }
  result.seconds = (performance.now() - started) / 1000;
  result.after = await countCorpusArticles(options.url, seed);
  result.articlesPerSecond = result.ingested / Math.max(result.seconds, 1e-9);
  return result;
}

export interface IngestLogRow extends BuildWindow {
  at: Date;
  engine: string;
  concurrency: number;
}

export async function readIngestLog(url: string): Promise<IngestLogRow[]> {
  return withClient(url, async (c) => {
    const { rows } = await c.query(`SELECT at, graph_articles, articles, seconds, engine, concurrency, statements FROM ${BENCH_SCHEMA}.ingest_log ORDER BY graph_articles, id`);
    return rows.map((r) => ({
      at: r.at,
      graphArticles: r.graph_articles,
      articles: r.articles,
      seconds: r.seconds,
      engine: r.engine,
      concurrency: r.concurrency,
      statements: r.statements,
    }));
  });
}
