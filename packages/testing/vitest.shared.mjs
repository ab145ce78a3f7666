// One vitest config for every workspace. Tests run on the tsc output (dist/), so they exercise the
// same decorator metadata that production runs; graphql is aliased to one copy (no "another realm").
import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * Two test files at once. On a 2-core machine vitest's default is one worker (cores - 1), while an integration
 * file spends much of its time waiting: on MariaDB migrating its fresh databases, on processes it started. Two
 * workers cut the gateway's and the subgraphs' test time by a quarter; three gained nothing more, and each file's
 * stack holds up to 70 of MariaDB's 151 connections. Files are safe beside one another: each has its own
 * databases, ports (0, or the egress test's own network namespace), temp folders and Redis key prefix, and counts
 * SQL statements in its own process.
 */
export function sharedConfig({ timeout = 60_000 } = {}) {
  return defineConfig({
    resolve: { alias: { graphql: require.resolve('graphql') } },
    test: {
      include: ['dist/**/*.test.js'],
      exclude: ['**/node_modules/**'],
      testTimeout: timeout,
      hookTimeout: timeout * 2,
      fileParallelism: true,
      maxWorkers: 2,
      pool: 'forks',
      // a shared CI machine can be slow: a cross-service call (the credit check of 20 concurrent payments) must not
      // turn into DEPENDENCY_UNAVAILABLE there; the tests of the timeout itself set their own
      env: {
        LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
        APP_TIMEZONE: 'Asia/Shanghai',
        SERVICE_TIMEOUT_MS: process.env.SERVICE_TIMEOUT_MS ?? '15000',
      },
    },
  });
}
export default sharedConfig();
