// npm run -s attribute -- [--published YYYY-MM-DD] [--outlet NAME] [--explain] FILE|-
// Prints only the attribution JSON on stdout; on bad input a one-line error on stderr, exit 1.
import fs from 'node:fs';
import { attribute } from '../attribution/index.js';
import { parseAttributeArgs, readArticle } from '../attribution/input.js';
import { contentHash } from '../ingest/ingest.js';
import { engineErrorReport, logEngineError } from '../ingest/engine.js';

function fail(message: string): never {
  process.stderr.write(`attribute: ${message.replace(/\s+/g, ' ')}\n`);
  process.exit(1);
}

try {
  const opts = parseAttributeArgs(process.argv.slice(2));
  const bytes = opts.file === '-' ? fs.readFileSync(0) : fs.readFileSync(opts.file);
  const text = readArticle(bytes, process.env.ISNAD_MAX_ARTICLE_BYTES);
  const result = attribute(text, {
    published: opts.published,
    outlet: opts.outlet,
    explain: opts.explain,
    onError: (report) => logEngineError(engineErrorReport(contentHash(text), report)),
  });
  process.stdout.write(JSON.stringify(result) + '\n');
} catch (err) {
  fail(err instanceof Error ? err.message : String(err));
}
