import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import {
  lockMsAfter,
  MemoryAttemptStore,
  RedisAttemptStore,
  type AttemptStore,
  type LockRule,
} from './attempt-store.js';

const rule: LockRule = { windowMs: 60_000, max: 3, lockMs: 200, maxLockMs: 1000 };
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('lockMsAfter', () => {
  it('is 0 below the limit, the first lock at it, doubling after, capped', () => {
    expect([1, 2, 3, 4, 5, 6, 50].map((n) => lockMsAfter(n, rule))).toEqual([0, 0, 200, 400, 800, 1000, 1000]);
  });
});

const REDIS_URL = process.env.REDIS_TEST_URL ?? 'redis://127.0.0.1:6379';
const redis = new Redis(REDIS_URL, {
  keyPrefix: `igt-attempts-${randomBytes(4).toString('hex')}:`,
  maxRetriesPerRequest: 1,
  lazyConnect: true,
});
const redisUp = await redis.connect().then(
  () => true,
  () => false,
);
afterAll(() => redis.disconnect());

const stores: [string, () => AttemptStore, boolean][] = [
  ['in memory', () => new MemoryAttemptStore(), true],
  [
    `in Redis${redisUp ? '' : ` (skipped: no Redis at ${REDIS_URL})`}`,
    () => new RedisAttemptStore(redis, 't'),
    redisUp,
  ],
];

describe.each(stores)('attempts %s', (_name, make, available) => {
  const key = () => `k-${randomBytes(4).toString('hex')}`;

  it.skipIf(!available)(
    'lets exactly `max` of a burst sent at once through and refuses the rest uncounted',
    async () => {
      const store = make();
      const k = key();
      const burst = await Promise.all(Array.from({ length: 12 }, () => store.attempt([{ key: k, rule }])));
      expect(burst.filter((a) => a.token)).toHaveLength(3);
      expect(burst.filter((a) => !a.token).every((a) => a.lockedMs > 0 && a.lockedMs <= 200)).toBe(true);
      // the refused ones were not counted: after the lock the next attempt is the 4th (400 ms), not the 13th
      await pause(220);
      expect((await store.attempt([{ key: k, rule }])).token).toBeTruthy();
      expect((await store.attempt([{ key: k, rule }])).lockedMs).toBeGreaterThan(300);
    },
  );

  it.skipIf(!available)('refuses on any locked key and then counts none of them', async () => {
    const store = make();
    const [a, b] = [key(), key()];
    for (let i = 0; i < 3; i += 1) await store.attempt([{ key: a, rule }]);
    expect(
      (
        await store.attempt([
          { key: b, rule },
          { key: a, rule },
        ])
      ).lockedMs,
    ).toBeGreaterThan(0);
    // b was not counted by the refused attempt: two more before its limit
    expect((await store.attempt([{ key: b, rule }])).token).toBeTruthy();
    expect((await store.attempt([{ key: b, rule }])).token).toBeTruthy();
    expect(await store.lockedFor(b)).toBe(0);
  });

  it.skipIf(!available)('hands an attempt back: the count goes down and only the lock it set is lifted', async () => {
    const store = make();
    const k = key();
    await store.attempt([{ key: k, rule }]);
    await store.attempt([{ key: k, rule }]);
    const third = await store.attempt([{ key: k, rule }]);
    expect(await store.lockedFor(k)).toBeGreaterThan(0);
    await store.release(k, 'someone-else');
    expect(await store.lockedFor(k)).toBeGreaterThan(0);
    await store.release(k, third.token!);
    expect(await store.lockedFor(k)).toBe(0);
    // two attempts handed back took the count from 3 to 1: the next two reach the limit again
    expect((await store.attempt([{ key: k, rule }])).token).toBeTruthy();
    expect((await store.attempt([{ key: k, rule }])).token).toBeTruthy();
    expect(await store.lockedFor(k)).toBeGreaterThan(0);
    await store.clear(k);
    expect(await store.lockedFor(k)).toBe(0);
    // handing back on a key that is gone changes nothing
    await store.release(k, 'any');
    expect((await store.attempt([{ key: k, rule }])).token).toBeTruthy();
    expect(await store.lockedFor(k)).toBe(0);
  });
});
