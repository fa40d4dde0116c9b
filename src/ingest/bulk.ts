// Bulk ingest: many articles from files (.txt with sidecars, .jsonl / .jsonl.gz corpora) through
// ingestArticles in batches, with the engine off the main thread when given a pool
// (engine-pool.ts). `npm run ingest` drives it; so can a job that enqueues a corpus.
//
// Resumable and idempotent by construction: every article is keyed by its content hash, a batch
// first asks which of its hashes are stored (one query) and skips those before the engine runs,
// and each batch commits on its own. A run killed at any point leaves whole batches; running it
// again skips what they stored and goes on.
import { stat } from 'node:fs/promises';
import type { PrismaClient } from '../db/generated/prisma/client.js';
import { ingestArticles } from './batch.js';
import type { AttributeFn } from './engine.js';
import { IngestError } from './errors.js';
import { isJsonlFile, readArticleFile, readJsonlArticles } from './files.js';
import type { IngestInput } from './validate.js';

export interface BulkItem {
  /** Where the article comes from, for messages: a file, or file:line (id). */
  label: string;
  input?: IngestInput;
  /** Why it cannot be ingested, found while reading. */
  error?: Error;
}

export interface BulkProgress {
  /** Articles read so far (ingested, skipped or failed). */
  done: number;
  created: number;
  duplicate: number;
  failed: number;
  statements: number;
  /** Bytes of the inputs read so far and in all: the fraction done, for an ETA. */
  bytesRead: number;
  bytesTotal: number;
  seconds: number;
}

/** How fast articles went in while the graph held `graphArticles` at the window's start. */
export interface GrowthWindow {
  graphArticles: number;
  articles: number;
  seconds: number;
  articlesPerSecond: number;
}

export interface BulkSummary extends BulkProgress {
  personsCreated: number;
  failures: { label: string; message: string }[];
  windows: GrowthWindow[];
}

export interface BulkOptions {
  attribute?: AttributeFn;
  maxBytes?: number;
  /** Articles per transaction (default 100). */
  batchSize?: number;
  /** Batches in flight: while one is in the engine, another is written (default 2). */
  concurrency?: number;
  /** New articles per window of the growth table (default 2,000). */
  windowSize?: number;
  onProgress?: (p: BulkProgress) => void;
}

/** The articles of the given files, in order, as they are read; sizes for the progress. */
export async function bulkSources(files: string[], label: (file: string) => string = (f) => f): Promise<{ items: AsyncIterable<BulkItem>; bytesTotal: number; bytesRead: () => number }> {
  const sizes = await Promise.all(files.map(async (f) => (await stat(f)).size));
  let finished = 0; // bytes of the files read to their end
  let current = 0; // bytes read of the file being read
  async function* items(): AsyncGenerator<BulkItem> {
    for (const [i, file] of files.entries()) {
      current = 0;
      if (isJsonlFile(file)) {
        try {
          for await (const r of readJsonlArticles(file)) {
            current = r.position;
            const where = `${label(file)}:${r.line}${r.id ? ` (${r.id})` : ''}`;
            yield r.error ? { label: where, error: r.error } : { label: where, input: r.input };
          }
        } catch (error) {
          // The file cannot be read on (not gzip, not UTF-8): what it gave is kept, the next file read.
          yield { label: label(file), error: error as Error };
        }
      } else {
        try {
          const input = await readArticleFile(file);
          current = sizes[i];
          yield { label: label(file), input };
        } catch (error) {
          yield { label: label(file), error: error as Error };
        }
      }
      finished += sizes[i];
      current = 0;
    }
  }
  return { items: items(), bytesTotal: sizes.reduce((a, b) => a + b, 0), bytesRead: () => finished + current };
}

export async function ingestBulk(
  prisma: PrismaClient,
  source: { items: AsyncIterable<BulkItem>; bytesTotal: number; bytesRead: () => number },
  options: BulkOptions = {},
): Promise<BulkSummary> {
  const batchSize = Math.max(1, options.batchSize ?? 100);
  const concurrency = Math.max(1, options.concurrency ?? 2);
  const windowSize = Math.max(1, options.windowSize ?? 2_000);
  const started = performance.now();
  const s: BulkSummary = {
    done: 0, created: 0, duplicate: 0, failed: 0, statements: 0, personsCreated: 0,
    bytesRead: 0, bytesTotal: source.bytesTotal, seconds: 0, failures: [], windows: [],
  };
  let window = { graphArticles: await prisma.article.count(), created: 0, started };
  const report = () => {
    s.bytesRead = source.bytesRead();
    s.seconds = (performance.now() - started) / 1000;
    options.onProgress?.({ ...s });
  };
  const fail = (label: string, error: unknown) => {
    s.failed++;
    const message = error instanceof IngestError ? error.message : `unexpected error: ${(error as Error).message}`;
    s.failures.push({ label, message });
  };

  const runBatch = async (batch: BulkItem[]) => {
    const outcomes = await ingestArticles(prisma, batch.map((b) => b.input!), { attribute: options.attribute, maxBytes: options.maxBytes });
    outcomes.forEach((o, k) => {
      s.done++;
      if (o.error) fail(batch[k].label, o.error);
      else if (o.result!.created) {
        s.created++;
        s.statements += o.result!.counts.statements;
        s.personsCreated += o.result!.counts.personsCreated;
      } else s.duplicate++;
    });
    window.created += outcomes.filter((o) => o.result?.created).length;
    if (window.created >= windowSize) {
      const now = performance.now();
      const seconds = (now - window.started) / 1000;
      s.windows.push({ graphArticles: window.graphArticles, articles: window.created, seconds, articlesPerSecond: window.created / seconds });
      window = { graphArticles: window.graphArticles + window.created, created: 0, started: now };
    }
    report();
  };

  const inFlight = new Set<Promise<void>>();
  let firstError: unknown = null;
  const launch = (batch: BulkItem[]) => {
    const p: Promise<void> = runBatch(batch)
      .catch((error) => {
        // A batch that fails as a whole (the database) is not skipped silently: the run stops.
        firstError ??= error;
      })
      .finally(() => inFlight.delete(p));
    inFlight.add(p);
  };
  let batch: BulkItem[] = [];
  for await (const item of source.items) {
    if (firstError) break;
    if (item.error) {
      s.done++;
      fail(item.label, item.error);
      continue;
    }
    batch.push(item);
    if (batch.length < batchSize) continue;
    launch(batch);
    batch = [];
    while (inFlight.size >= concurrency) await Promise.race(inFlight);
  }
  if (batch.length && !firstError) launch(batch);
  await Promise.all(inFlight);
  if (firstError) throw firstError;
  if (window.created > 0) {
    const seconds = (performance.now() - window.started) / 1000;
    s.windows.push({ graphArticles: window.graphArticles, articles: window.created, seconds, articlesPerSecond: window.created / seconds });
  }
  report();
  return s;
}
