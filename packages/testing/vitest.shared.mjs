// One vitest config for every workspace. Tests run on the tsc output (dist/), so they exercise the
// same decorator metadata that production runs; graphql is aliased to one copy (no "another realm").
import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export function sharedConfig({ timeout = 60_000 } = {}) {
  return defineConfig({
    resolve: { alias: { graphql: require.resolve('graphql') } },
    test: {
      include: ['dist/**/*.test.js'],
      exclude: ['**/node_modules/**'],
      testTimeout: timeout,
      hookTimeout: timeout * 2,
      fileParallelism: false,
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
