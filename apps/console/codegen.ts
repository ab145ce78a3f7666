// Typed operations from the committed supergraph. The supergraph carries federation's join/link machinery,
// which is not part of the API clients see; strip it (and anything @inaccessible) so the generated types are
// exactly the gateway's public schema. An operation that no longer matches makes codegen (and the build) fail.
import { readFileSync } from 'node:fs';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { apiSchemaSdl } from './scripts/api-schema.mjs';

const supergraph = readFileSync(new URL('../gateway/supergraph.graphql', import.meta.url), 'utf8');

const config: CodegenConfig = {
  schema: apiSchemaSdl(supergraph),
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**', '!src/**/*.test.{ts,tsx}'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { Decimal: 'string', Date: 'string', JSON: 'unknown', DateTime: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: false,
      },
    },
  },
  errorsOnInvalid: true,
} as CodegenConfig;

export default config;
