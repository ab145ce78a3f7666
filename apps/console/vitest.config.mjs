// Component tests run from source in jsdom; the browser suite (test/*.int.test.ts) declares the node
// environment itself and drives Chromium against the real built console served by the real stack.
import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

const require = createRequire(import.meta.url);

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { graphql: require.resolve('graphql') } },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.ts', 'scripts/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'dist/**'],
    environment: 'jsdom',
    setupFiles: ['./test/setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // a poll waits on the real stack in Chromium: vitest's 1 s default lost to a filtered list that took longer
    // on a loaded CI machine (the page still showed the unfiltered total), so every poll gets 15 s
    expect: { poll: { timeout: 15_000 } },
    fileParallelism: false,
    pool: 'forks',
    env: {
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
      APP_TIMEZONE: 'Asia/Shanghai',
      SERVICE_TIMEOUT_MS: process.env.SERVICE_TIMEOUT_MS ?? '15000',
    },
  },
});
