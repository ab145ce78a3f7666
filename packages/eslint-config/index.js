// Shared flat config: every workspace's eslint.config.js re-exports this.
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'src/gql/**', '*.config.*', 'scripts/**', 'bin/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: {
      // NodeNext sources import './x.js' for './x.ts'; the console's bundler-style imports have no extension
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.tsx', '.js', '.mjs'],
          extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
        }),
      ],
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // not consistent-type-imports: with emitDecoratorMetadata a class used only as a decorated
      // parameter's type must stay a value import, or type-graphql loses design:paramtypes
      'no-console': ['error', { allow: ['warn', 'error'] }],
      eqeqeq: ['error', 'always'],
      // one import statement per module (a type-only import beside a value import counts as the same)
      'import-x/no-duplicates': ['error', { 'prefer-inline': false }],
      // within a package only: packages never import each other in a circle (npm workspaces would not build)
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['**/*.tsx', '**/*.jsx', 'src/**/use*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
);

/**
 * For the packages the gateway runs (gateway-kit, http-kit): the gateway holds no data, so they may not pull in
 * the subgraph kit, TypeORM or a database driver.
 */
export const noDataAccess = {
  files: ['src/**/*.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: ['@integrity/subgraph-kit', 'typeorm', 'mysql2', 'better-sqlite3'].map((name) => ({
          name,
          message: 'the gateway holds no data; share HTTP pieces through @integrity/http-kit',
        })),
      },
    ],
  },
};
