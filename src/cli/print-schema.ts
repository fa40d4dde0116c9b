// Prints the GraphQL schema to schema.graphql at the repository root (`npm run schema`), or checks
// that the file is up to date (`npm run schema -- --check`, exit 1 when it is not).

import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printSchema } from 'graphql';
import { sortedSchema } from '../schema/index.js';

export const SCHEMA_FILE = fileURLToPath(new URL('../../schema.graphql', import.meta.url));

/** The SDL committed to schema.graphql: types and fields sorted, a trailing newline. */
export function printedSchema(): string {
  return `${printSchema(sortedSchema)}\n`;
}

function main(argv: string[]): number {
  const sdl = printedSchema();
  if (argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(SCHEMA_FILE, 'utf8');
    } catch {
      // missing file: out of date
    }
    if (current === sdl) {
      console.log('schema.graphql is up to date.');
      return 0;
    }
    console.error('schema.graphql is out of date: run `npm run schema` and commit the result.');
    return 1;
  }
  writeFileSync(SCHEMA_FILE, sdl);
  console.log(`Wrote ${SCHEMA_FILE}`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = main(process.argv.slice(2));
}
