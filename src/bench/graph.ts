// The benchmark's graph: the real corpus (../shared/corpus/ant/ant-multisource.jsonl.gz, 30,806
// articles) ingested through the real engine, its first N articles for a smaller graph, and for
// sizes beyond it the whole corpus plus synthetic articles (src/bench/corpus.ts, oracle
// attribution) for the growth curves. Built through the project's own bulk ingest (src/ingest/bulk.ts),
// resumable: running again skips the stored texts and goes on.
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config.js';
import type { PrismaClient } from '../db/client.js';
import { bulkSources, ingestBulk, type BulkItem, type BulkSummary } from '../ingest/bulk.js';
import { createEnginePool } from '../ingest/engine-pool.js';
import { buildCorpus, countCorpusArticles, type BuildResult } from './build.js';
import { CORPUS_URL_PREFIX } from './corpus.js';
import { withClient } from './db.js';
import { log } from './progress.js';

export const REAL_CORPUS = path.join(projectRoot, '..', 'shared', 'corpus', 'ant', 'ant-multisource.jsonl.gz');
/** Lines of the real corpus (its README). */
export const REAL_CORPUS_ARTICLES = 30_806;

export function realCorpusAvailable(): boolean {
  return fs.existsSync(REAL_CORPUS);
}

export interface GraphBuild {
  real?: Pick<BulkSummary, 'created' | 'duplicate' | 'failed' | 'statements' | 'seconds' | 'windows'>;
  synthetic?: BuildResult;
}

/** Articles of the graph that are not synthetic (the real corpus's). */
export async function countRealArticles(url: string): Promise<number> {
  return withClient(url, async (c) => Number((await c.query('SELECT count(*) AS n FROM article WHERE url IS NULL OR url NOT LIKE $1', [`${CORPUS_URL_PREFIX}%`])).rows[0].n));
}

async function* firstLines(items: AsyncIterable<BulkItem>, n: number): AsyncGenerator<BulkItem> {
  if (n <= 0) return;
  let k = 0;
  for await (const item of items) {
    yield item;
    if (++k >= n) return;
  }
}

/** Makes the graph at `url` hold the first min(size, corpus) real articles, and synthetic ones up to `size`. */
export async function buildGraph(prisma: PrismaClient, url: string, size: number, options: { threads?: number; quiet?: boolean } = {}): Promise<GraphBuild> {
  const out: GraphBuild = {};
  const realWanted = Math.min(size, REAL_CORPUS_ARTICLES);
  const realStored = await countRealArticles(url);
  // A few lines of the corpus fail validation or repeat a text: the count can stay below the
  // wanted number; reading the lines again is cheap (the stored ones are skipped by hash).
  if (realStored < realWanted * 0.995) {
    log(`graph ${size}: ${realStored} real articles stored, ingesting the first ${realWanted} lines of the real corpus through the engine`);
    const pool = createEnginePool({ threads: options.threads });
    try {
      const source = await bulkSources([REAL_CORPUS]);
      const fraction = realWanted / REAL_CORPUS_ARTICLES;
      const summary = await ingestBulk(
        prisma,
        { items: firstLines(source.items, realWanted), bytesTotal: Math.round(source.bytesTotal * fraction), bytesRead: source.bytesRead },
        {
          attribute: pool.attribute,
          onProgress: options.quiet
            ? undefined
            : (() => {
                let last = 0;
                return (p) => {
                  if (performance.now() - last < 10_000) return;
                  last = performance.now();
                  log(`graph ${size}: ${p.done}/${realWanted} lines read, ${p.created} new, ${(p.done / Math.max(p.seconds, 1e-9)).toFixed(0)} articles/s`);
                };
              })(),
        },
      );
      out.real = summary;
      log(`graph ${size}: ${summary.created} real articles ingested in ${summary.seconds.toFixed(0)} s (${(summary.created / summary.seconds).toFixed(0)}/s), ${summary.failed} failed`);
    } finally {
      await pool.close();
    }
  }
  if (size > REAL_CORPUS_ARTICLES) {
    const synthetic = size - REAL_CORPUS_ARTICLES;
    if ((await countCorpusArticles(url)) < synthetic) {
      log(`graph ${size}: adding synthetic articles up to ${synthetic} (oracle attribution)`);
      out.synthetic = await buildCorpus({ prisma, url, articles: synthetic, concurrency: 2, quiet: options.quiet });
    }
  }
  return out;
}
