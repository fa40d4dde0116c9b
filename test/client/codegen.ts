// `npm run codegen`: the typed clients, generated offline from the committed schema.graphql (no
// server needed): test/client's from test/client/operations/*.graphql, and the quote explorer's
// (web/src/generated, typed document strings: no GraphQL library in the browser) from
// web/operations.graphql.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  importExtension: '.js',
  schema: 'schema.graphql',
  ignoreNoDocuments: false,
  generates: {
    'test/client/generated/': {
      documents: ['test/client/operations/*.graphql'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { Date: 'string', ID: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        importExtension: '.js',
      },
    },
    'web/src/generated/': {
      documents: ['web/operations.graphql'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        scalars: { Date: 'string', ID: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        importExtension: '.js',
      },
    },
  },
};

export default config;
