// npm run eval [-- [--write DIR] [-v] [GOLD_DIR ...]]: scores the engine on the gold fixtures
// (default: test/fixtures/gold, dev and dev2) with the same figures as score.mjs.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { attribute } from '../attribution/index.js';
import { engineText, loadGoldDir } from '../eval/fixtures.js';
import { score } from '../eval/score.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
let writeDir: string | null = null;
let verbose = false;
const dirs: string[] = [];
for (let k = 0; k < args.length; k++) {
  if (args[k] === '--write') writeDir = args[++k] ?? null;
  else if (args[k] === '-v') verbose = true;
  else dirs.push(args[k]);
}
if (!dirs.length) for (const set of ['gold', 'dev', 'dev2']) dirs.push(path.join(root, 'test/fixtures', set));

for (const dir of dirs) {
  const files = loadGoldDir(dir);
  const report = score(files, (f) => {
    const r = attribute(engineText(f.text), {
      published: f.gold.published,
      outlet: undefined,
      onError: ({ stage, error }) => console.error(`${f.name}: engine error (${stage}): ${error instanceof Error ? error.stack : String(error)}`),
    });
    if (writeDir) {
      fs.mkdirSync(writeDir, { recursive: true });
      fs.writeFileSync(path.join(writeDir, f.name), JSON.stringify(r, null, 1));
    }
    return r;
  }, verbose);
  console.log(`== ${path.relative(process.cwd(), dir) || dir}`);
  console.log(report.lines.join('\n'));
}
