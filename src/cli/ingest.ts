// npm run ingest -- PATH...: stores .txt articles (files, or folders searched recursively) through
// the same ingest as the API. A sidecar NAME.json next to NAME.txt may give title, outlet, url and
// published. A file that fails is reported and skipped; the exit code is 1 if any failed.
import path from 'node:path';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { IngestError } from '../ingest/errors.js';
import { collectTextFiles, readArticleFile } from '../ingest/files.js';
import { ingestArticle } from '../ingest/ingest.js';

const paths = process.argv.slice(2).filter((a) => a !== '--');
if (!paths.length || paths.includes('--help') || paths.includes('-h')) {
  console.error('usage: npm run ingest -- PATH... (.txt files or folders of them; NAME.json beside NAME.txt holds title/outlet/url/published)');
  process.exit(paths.length ? 0 : 2);
}

let files: string[];
try {
  files = await collectTextFiles(paths);
} catch (error) {
  console.error(`ingest: ${(error as Error).message}`);
  process.exit(2);
}
if (!files.length) {
  console.error('ingest: no .txt files found');
  process.exit(2);
}

/** A one-line progress bar on stderr when it is a terminal, a line per file otherwise. */
function progress(done: number, total: number, label: string): void {
  if (process.stderr.isTTY) {
    const width = 30;
    const filled = Math.round((done / total) * width);
    const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
    const name = label.length > 40 ? `…${label.slice(-39)}` : label;
    process.stderr.write(`\r\x1b[2K${bar} ${done}/${total} ${name}`);
    if (done === total) process.stderr.write('\n');
  } else {
    process.stderr.write(`[${done}/${total}] ${label}\n`);
  }
}

const config = loadConfig();
const db = await openDatabase(config);
const totals = { created: 0, duplicate: 0, failed: 0, statements: 0, personsCreated: 0 };
const failures: string[] = [];
try {
  for (const [i, file] of files.entries()) {
    const relative = path.relative(process.cwd(), file);
    const label = relative && !relative.startsWith('..') ? relative : file;
    try {
      const input = await readArticleFile(file);
      const result = await ingestArticle(db.prisma, input, { maxBytes: config.maxArticleBytes });
      if (result.created) {
        totals.created++;
        totals.statements += result.counts.statements;
        totals.personsCreated += result.counts.personsCreated;
      } else {
        totals.duplicate++;
      }
    } catch (error) {
      totals.failed++;
      const message = error instanceof IngestError ? error.message : `unexpected error: ${(error as Error).message}`;
      failures.push(`${label}: ${message}`);
    }
    progress(i + 1, files.length, label);
  }
  for (const f of failures) console.error(`failed: ${f}`);
  const persons = await db.prisma.person.count();
  console.log(
    `Articles: ${totals.created} new, ${totals.duplicate} duplicate, ${totals.failed} failed. ` +
      `Statements: ${totals.statements} new. Persons: ${totals.personsCreated} new, ${persons} in the graph.`,
  );
  if (totals.failed) process.exitCode = 1;
} finally {
  await db.close();
}
