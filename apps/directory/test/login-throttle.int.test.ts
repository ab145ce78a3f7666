import { randomBytes } from 'node:crypto';
import { composeSupergraph, startGateway, type RunningGateway } from '@integrity/gateway-kit';
import { startSubgraph, subgraphSdl, type RunningSubgraph } from '@integrity/subgraph-kit';
import { errorCode, mysqlStatus, mysqlTestUrl, startStack, type GraphQLResult, type Stack } from '@integrity/testing';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { closeLoginThrottles, subgraph } from '../src/index.js';

const mysql = await mysqlStatus();
const REDIS_URL = process.env.REDIS_TEST_URL ?? 'redis://127.0.0.1:6379';
const prefix = `igt-throttle-${randomBytes(4).toString('hex')}:`;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

// Two gateways, each in front of its own directory instance on the same database: they share nothing
// but MySQL and Redis, as two replicas on two machines would.
describe.skipIf(!mysql.ok)(
  `login throttling shared through Redis on MySQL${mysql.ok ? '' : ` (skipped: ${mysql.reason})`}`,
  () => {
    let stack: Stack;
    let second: RunningSubgraph;
    let gatewayB: RunningGateway;
    const redis = new Redis(REDIS_URL, { keyPrefix: prefix, maxRetriesPerRequest: 1 });

    beforeAll(async () => {
      Object.assign(process.env, {
        REDIS_URL,
        REDIS_KEY_PREFIX: prefix,
        LOGIN_MAX_FAILURES: '3',
        LOGIN_MAX_FAILURES_PER_ADDRESS: '8',
        LOGIN_LOCKOUT_SECONDS: '1',
      });
      stack = await startStack({ subgraphs: [subgraph] });
      const database = stack.subgraphs.directory!.dataSource.options.database as string;
      second = await startSubgraph(subgraph, {
        port: 0,
        target: { kind: 'mysql', url: new URL(mysqlTestUrl()), database },
        secret: stack.secret,
        seed: false,
        demoPassword: 'demo-password',
      });
      const supergraphSdl = composeSupergraph([
        { name: 'directory', url: second.url, sdl: await subgraphSdl(subgraph) },
      ]).supergraphSdl;
      gatewayB = await startGateway({ supergraphSdl, port: 0, secret: stack.secret });
    });
    afterAll(async () => {
      await gatewayB?.close();
      await second?.close();
      await stack?.close();
      await closeLoginThrottles();
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length) await redis.del(...keys.map((k) => k.slice(prefix.length)));
      redis.disconnect();
      for (const k of [
        'REDIS_URL',
        'REDIS_KEY_PREFIX',
        'LOGIN_MAX_FAILURES',
        'LOGIN_MAX_FAILURES_PER_ADDRESS',
        'LOGIN_LOCKOUT_SECONDS',
      ])
        delete process.env[k];
    });
    beforeEach(async () => {
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length) await redis.del(...keys.map((k) => k.slice(prefix.length)));
    });

    const login = async (
      base: string,
      username: string,
      password: string,
    ): Promise<GraphQLResult<{ login: { token: string } }>> =>
      (await (
        await fetch(`${base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query: 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
            variables: { u: username, p: password },
          }),
        })
      ).json()) as never;

    it('locks a username after N failures on one gateway, refuses even the right password on the other, and releases after the back-off', async () => {
      for (let i = 0; i < 3; i += 1)
        expect(errorCode(await login(stack.url, 'leader', 'wrong-password'))).toBe('UNAUTHENTICATED');
      const locked = await login(gatewayB.url, 'leader', 'demo-password');
      expect(errorCode(locked)).toBe('RATE_LIMITED');
      expect(locked.errors![0]!.extensions!.retryAfter).toBe(1);
      expect(locked.data?.login).toBeFalsy();
      expect(await redis.pttl('login:lock:user:leader')).toBeGreaterThan(0);
      await pause(1100);
      expect((await login(gatewayB.url, 'leader', 'demo-password')).data?.login.token).toBeTruthy();
      // a success clears the username's count: the next failure does not lock again at once
      expect(errorCode(await login(stack.url, 'leader', 'wrong-password'))).toBe('UNAUTHENTICATED');
      expect(errorCode(await login(stack.url, 'leader', 'demo-password'))).not.toBe('RATE_LIMITED');
    });

    it('doubles the back-off with every failure after the lock', async () => {
      for (let i = 0; i < 3; i += 1) await login(stack.url, 'rsj', 'wrong-password');
      await pause(1100);
      expect(errorCode(await login(gatewayB.url, 'rsj', 'wrong-password'))).toBe('UNAUTHENTICATED');
      const again = await login(stack.url, 'rsj', 'demo-password');
      expect(errorCode(again)).toBe('RATE_LIMITED');
      expect(again.errors![0]!.extensions!.retryAfter).toBe(2);
    });

    it('judges no more of a burst of guesses sent at once through both gateways than the limit', async () => {
      // each guess is counted in the same step as the lock check, before its password is judged: the old
      // throttle checked first and counted after, so all ten were judged
      const burst = await Promise.all(
        Array.from({ length: 10 }, (_, i) => login(i % 2 ? stack.url : gatewayB.url, 'tzj', `wrong-${i}`)),
      );
      const codes = burst.map(errorCode);
      expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(3);
      expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(7);
      expect(Number(await redis.get('login:fail:user:tzj'))).toBe(3);
    });

    it('does not count a right password against the address', async () => {
      for (let i = 0; i < 10; i += 1)
        expect(
          (await login(i % 2 ? stack.url : gatewayB.url, 'leader', 'demo-password')).data?.login.token,
        ).toBeTruthy();
      expect(Number((await redis.get('login:fail:addr:127.0.0.1')) ?? 0)).toBe(0);
      expect(await redis.exists('login:fail:user:leader')).toBe(0);
    });

    it('locks a client address spraying many usernames, whatever the username', async () => {
      for (let i = 0; i < 8; i += 1)
        expect(errorCode(await login(i % 2 ? stack.url : gatewayB.url, `nobody-${i}`, 'wrong-password'))).toBe(
          'UNAUTHENTICATED',
        );
      const result = await login(stack.url, 'fgj', 'demo-password');
      expect(errorCode(result)).toBe('RATE_LIMITED');
      expect(await redis.pttl('login:lock:addr:127.0.0.1')).toBeGreaterThan(0);
    });

    it('believes the forwarded client address only beside the gateway credential', async () => {
      // straight to the subgraph, claiming another address: counted against the socket's own address
      const direct = async () =>
        (await (
          await fetch(second.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-client-address': '10.9.9.9' },
            body: JSON.stringify({
              query: 'mutation { login(username: "nobody", password: "wrong-password") { token } }',
            }),
          })
        ).json()) as GraphQLResult;
      await direct();
      expect(await redis.exists('login:fail:addr:10.9.9.9')).toBe(0);
      expect(await redis.exists('login:fail:addr:127.0.0.1')).toBe(1);
    });
  },
);
