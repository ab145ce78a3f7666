import config from '@integrity/eslint-config';

// Shared with the gateway, which holds no data: no subgraph kit, TypeORM or database driver here.
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
