// npm run ingest -- [--batch N] [--threads N] [--concurrency N] PATH...: stores articles through
// the same ingest as the API: .txt files (a sidecar NAME.json next to NAME.txt may give title,
// outlet, url and published), .jsonl / .jsonl.gz corpora of {text, title, outlet, published, url}
// per line (streamed), or folders of either, searched recursively. An article that fails is
// reported and skipped; the exit code is 1 if any failed. Killed, it resumes where it stopped when
// run again (articles are keyed by their text's hash; see src/ingest/bulk.ts).
import path from 'node:path';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { bulkSources, ingestBulk, type BulkProgress } from '../ingest/bulk.js';
import { createEnginePool, defaultEngineThreads } from '../ingest/engine-pool.js';
import { collectTextFiles } from '../ingest/files.js';

const USAGE = `usage: npm run ingest -- [options] PATH...
  PATH            .txt files (NAME.json beside NAME.txt holds title/outlet/url/published),
                  .jsonl or .jsonl.gz files of {"text","title","outlet","published","url"} per line,
                  or folders of them
  --batch N       articles per transaction (default 100)
  --threads N     engine worker threads (default ${defaultEngineThreads()}; 0: the engine on the main thread)
  --concurrency N batches in flight (default 2)`;

const OPTIONS = new Set(['--batch', '--threads', '--concurrency']);
const argv = process.argv.slice(2).filter((a) => a !== '--');
const paths: string[] = [];
const options = new Map<string, number>();
try {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') {
      console.error(USAGE);
      process.exit(0);
    }
    if (!arg.startsWith('--')) {
      paths.push(arg);
      continue;
    }
    const [name, inline] = arg.split('=', 2);
    if (!OPTIONS.has(name)) throw new Error(`unknown option ${name}`);
    const value = inline ?? argv[++i];
    const n = Number(value);
    if (value === undefined || !Number.isInteger(n) || n < 0) throw new Error(`${name} needs a whole number; got ${JSON.stringify(value ?? '')}`);
    options.set(name.slice(2), n);
  }
} catch (error) {
  console.error(`ingest: ${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (!paths.length) {
  console.error(USAGE);
  process.exit(2);
}
const batchSize = Math.max(1, options.get('batch') ?? 100);
const threads = options.get('threads') ?? defaultEngineThreads();
const concurrency = Math.max(1, options.get('concurrency') ?? 2);

let files: string[];
try {
  files = await collectTextFiles(paths);
} catch (error) {
  console.error(`ingest: ${(error as Error).message}`);
  process.exit(2);
}
if (!files.length) {
  console.error('ingest: no .txt, .jsonl or .jsonl.gz files found');
  process.exit(2);
}
const shown = (file: string) => {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') ? relative : file;
};

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  return seconds < 90 ? `${seconds.toFixed(0)} s` : `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
}

/** A bar rewritten in place on a terminal; otherwise a line every 5 s and at the end. */
let lastPrint = 0;
function progress(p: BulkProgress, final = false): void {
  const now = performance.now();
  if (!final && now - lastPrint < (process.stderr.isTTY ? 200 : 5_000)) return;
  lastPrint = now;
  const fraction = p.bytesTotal ? Math.min(1, p.bytesRead / p.bytesTotal) : 1;
  const rate = p.done / Math.max(p.seconds, 1e-9);
  const eta = fraction > 0 && !final ? ` · ETA ${duration((p.seconds * (1 - fraction)) / fraction)}` : '';
  const counts = `${p.done} articles (${p.created} new, ${p.duplicate} already stored, ${p.failed} failed)`;
  const line = `${(100 * fraction).toFixed(1)}% · ${counts} · ${rate.toFixed(0)} articles/s · ${duration(p.seconds)}${eta}`;
  if (process.stderr.isTTY) {
    const width = 24;
    const filled = Math.round(fraction * width);
    process.stderr.write(`\r\x1b[2K${'█'.repeat(filled)}${'░'.repeat(width - filled)} ${line}${final ? '\n' : ''}`);
  } else {
    process.stderr.write(`ingest: ${line}\n`);
  }
}

const config = loadConfig();
const db = await openDatabase(config);
const pool = threads > 0 ? createEnginePool({ threads }) : null;
try {
  const source = await bulkSources(files, shown);
  const summary = await ingestBulk(db.prisma, source, {
    attribute: pool?.attribute,
    maxBytes: config.maxArticleBytes,
    batchSize,
    concurrency,
    onProgress: (p) => progress(p),
  });
  progress(summary, true);
  for (const f of summary.failures) console.error(`failed: ${f.label}: ${f.message}`);
  if (summary.windows.length > 1) {
    console.log('\n| articles in the graph | new articles | seconds | articles/s |\n| ---: | ---: | ---: | ---: |');
    for (const w of summary.windows) console.log(`| ${w.graphArticles} | ${w.articles} | ${w.seconds.toFixed(1)} | ${w.articlesPerSecond.toFixed(0)} |`);
    console.log('');
  }
  const persons = await db.prisma.person.count();
  console.log(
    `Articles: ${summary.created} new, ${summary.duplicate} duplicate, ${summary.failed} failed. ` +
      `Statements: ${summary.statements} new. Persons: ${summary.personsCreated} new, ${persons} in the graph. ` +
      `${duration(summary.seconds)}, ${(summary.done / Math.max(summary.seconds, 1e-9)).toFixed(0)} articles/s.`,
  );
  if (summary.failed) process.exitCode = 1;
} catch (error) {
  console.error(`\ningest: stopped: ${(error as Error).message} (what was committed stays; run the same command again to go on)`);
  process.exitCode = 1;
} finally {
  await pool?.close();
  await db.close();
}
