// The README's configuration tables name every environment variable the code reads: the service's
// (src/config.ts) and the tools' and tests' (any other process.env read in src/, test/helpers/ and
// .ci/), and nothing that is no longer read.
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { ENVIRONMENT_VARIABLES, projectRoot } from '../src/config.js';

function filesUnder(dir: string): string[] {
  return fs.readdirSync(path.join(projectRoot, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|mts|mjs|js)$|^run$|^check-summary$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((f) => !f.includes(`${path.sep}generated${path.sep}`));
}

/** Names read as process.env.NAME, process.env['NAME'] or ${NAME} in a shell script. */
function variablesReadIn(dirs: string[]): Set<string> {
  const names = new Set<string>();
  for (const file of dirs.flatMap(filesUnder)) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/process\.env(?:\.([A-Z][A-Z0-9_]+)|\[['"]([A-Z][A-Z0-9_]+)['"]\])/g)) names.add(m[1] ?? m[2]);
    if (!/\.(ts|mts|mjs|js)$/.test(file)) for (const m of text.matchAll(/\$\{([A-Z][A-Z0-9_]+)[:}-]/g)) names.add(m[1]);
  }
  return names;
}

/** Backticked names in the first column of every README table headed "variable". */
function documentedVariables(): Set<string> {
  const names = new Set<string>();
  let inTable = false;
  for (const line of fs.readFileSync(path.join(projectRoot, 'README.md'), 'utf8').split('\n')) {
    if (/^\|\s*variable\s*\|/i.test(line)) inTable = true;
    else if (!line.startsWith('|')) inTable = false;
    else if (inTable) {
      const first = line.split('|')[1] ?? '';
      for (const m of first.matchAll(/`([A-Z][A-Z0-9_]+)(?:=[^`]*)?`/g)) names.add(m[1]);
    }
  }
  return names;
}

it('every variable the code reads is in a README configuration table, and every one there is read', () => {
  const read = new Set([...ENVIRONMENT_VARIABLES, ...variablesReadIn(['src', 'test/helpers', '.ci'])]);
  const documented = documentedVariables();
  expect(ENVIRONMENT_VARIABLES).toContain('ISNAD_GRAPHIQL');
  expect([...read].filter((v) => !documented.has(v)).sort(), 'read but not documented').toEqual([]);
  expect([...documented].filter((v) => !read.has(v)).sort(), 'documented but not read').toEqual([]);
});
