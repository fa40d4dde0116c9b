// `npm run codegen`: the typed client of test/client, generated offline from the committed
// schema.graphql (no server needed) and the operations in test/client/operations/*.graphql.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  importExtension: '.js',
  schema: 'schema.graphql',
  documents: ['test/client/operations/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'test/client/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { Date: 'string', ID: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        importExtension: '.js',
      },
    },
  },
};

export default config;
