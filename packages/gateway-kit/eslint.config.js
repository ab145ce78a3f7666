import config from '@integrity/eslint-config';

// The gateway holds no data: it must not pull in the subgraph kit, TypeORM or a database driver.
export default [
  ...config,
  {
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
  },
];
