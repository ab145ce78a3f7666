// One vitest config for every workspace. Tests run on the tsc output (dist/), so they exercise the
// same decorator metadata that production runs; graphql is aliased to one copy (no "another realm").
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * `parallel`: two test files at once. On a 2-core machine vitest's default is one worker (cores - 1), while a
 * subgraph's integration file spends much of its time waiting on MariaDB migrating its fresh databases: two
 * workers cut the subgraphs' test time by a quarter; three gained nothing more, and each file's stack holds up to
 * 70 of MariaDB's 151 connections. Files are safe beside one another: each has its own databases, ports, temp
 * folders and Redis key prefix, and counts SQL statements in its own process. The gateway's files start whole
 * systems as processes (`npm start` under strace, two workers, the benchmark): beside one another on a clean CI
 * clone they starved each other (a worker missed its start-up window), so they run one at a time.
 *
 * `isolate: false`: a worker keeps its loaded modules from one test file to the next. Each file imported TypeORM,
 * type-graphql, Apollo and its subgraphs afresh, which was most of a subgraph's test time (credit: 35 s of import in
 * 50 s; 8 s in 28 s without). A file therefore must not rely on a module's state being new: every stack sets the
 * environment it needs (subgraph and gateway URLs) when it starts, vitest.setup.mjs restores process.env after
 * each file, and a test that fakes a timer puts it back.
 */
export function sharedConfig({ timeout = 60_000, parallel = true } = {}) {
  return defineConfig({
    resolve: { alias: { graphql: require.resolve('graphql') } },
    test: {
      include: ['dist/**/*.test.js'],
      exclude: ['**/node_modules/**'],
      testTimeout: timeout,
      hookTimeout: timeout * 2,
      fileParallelism: parallel,
      maxWorkers: parallel ? 2 : 1,
      pool: 'forks',
      // modules are loaded once per worker, not once per file (above); the environment is put back after each file
      isolate: false,
      setupFiles: [fileURLToPath(new URL('./vitest.setup.mjs', import.meta.url))],
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
