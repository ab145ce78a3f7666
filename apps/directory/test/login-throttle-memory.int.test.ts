import { errorCode, mysqlStatus, startStack, type Stack } from '@integrity/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraph } from '../src/index.js';

const mysql = await mysqlStatus();
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(!mysql.ok)(
  `login throttling in memory without REDIS_URL on MySQL${mysql.ok ? '' : ` (skipped: ${mysql.reason})`}`,
  () => {
    let stack: Stack;

    beforeAll(async () => {
      delete process.env.REDIS_URL;
      Object.assign(process.env, { LOGIN_MAX_FAILURES: '2', LOGIN_LOCKOUT_SECONDS: '1' });
      stack = await startStack({ subgraphs: [subgraph] });
    });
    afterAll(async () => {
      delete process.env.LOGIN_MAX_FAILURES;
      delete process.env.LOGIN_LOCKOUT_SECONDS;
      await stack?.close();
    });

    it('locks after N failures, refuses the right password while locked, releases after the back-off', async () => {
      const login = (password: string) =>
        stack.graphql<{ login: { token: string } }>(
          'mutation ($p: String!) { login(username: "czj", password: $p) { token } }',
          { p: password },
        );
      expect(errorCode(await login('wrong-password'))).toBe('UNAUTHENTICATED');
      expect(errorCode(await login('wrong-password'))).toBe('UNAUTHENTICATED');
      const locked = await login('demo-password');
      expect(errorCode(locked)).toBe('RATE_LIMITED');
      expect(locked.errors![0]!.extensions).toMatchObject({ retryAfter: 1 });
      await pause(1100);
      expect((await login('demo-password')).data?.login.token).toBeTruthy();
    });
  },
);
