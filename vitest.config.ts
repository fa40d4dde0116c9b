import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// graphql 16 ships CJS (main) and ESM (module) builds. Dependencies loaded by Node (graphql-yoga,
// Pothos) get the CJS one; without this alias, code transformed by Vite would get the ESM one, and
// two graphql instances cannot share a schema ("Cannot use GraphQLObjectType from another realm").
const graphqlEntry = createRequire(import.meta.url).resolve('graphql');

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/helpers/global-setup.ts'],
    reporters: ['default', './test/helpers/summary-reporter.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: a few files at once, each with its own database.
    maxWorkers: 3,
  },
});
