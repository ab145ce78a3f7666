import { lockMsAfter } from '@integrity/subgraph-kit';
import { describe, expect, it } from 'vitest';
import { lockRule, loginThrottle, MemoryAttemptStore, policyFromEnv } from './login-throttle.js';

const policy = { maxPerUser: 3, maxPerAddress: 5, windowSeconds: 900, lockoutSeconds: 30, maxLockoutSeconds: 900 };

describe('login throttle', () => {
  it('locks at the limit and doubles the back-off per further failure, up to the cap', () => {
    const rule = lockRule(policy, policy.maxPerUser);
    expect([1, 2, 3, 4, 5, 9, 40].map((n) => lockMsAfter(n, rule) / 1000)).toEqual([0, 0, 30, 60, 120, 900, 900]);
  });

  it('defaults: 5 per user, 20 per address, 15-minute window, 30 s first lockout, 15 min at most', () => {
    expect(policyFromEnv({})).toEqual({
      maxPerUser: 5,
      maxPerAddress: 20,
      windowSeconds: 900,
      lockoutSeconds: 30,
      maxLockoutSeconds: 900,
    });
  });

  it('counts per username (case-blind) and per address; success forgets only the username', async () => {
    const throttle = loginThrottle(new MemoryAttemptStore(), () => policy);
    // three attempts taken and never proved right are three failures
    for (let i = 0; i < 3; i += 1)
      expect((await throttle.attempt(i % 2 ? 'Leader' : 'leader', '10.0.0.1')).retryAfter).toBe(0);
    expect((await throttle.attempt('leader', '10.0.0.2')).retryAfter).toBe(30);
    expect((await throttle.attempt('a', '10.0.0.1')).retryAfter).toBe(0);
    // the fifth from the address locks it, whoever the username; a success does not hand the address's count back
    const fifth = await throttle.attempt('b', '10.0.0.1');
    expect(fifth.retryAfter).toBe(0);
    expect((await throttle.attempt('someone-else', '10.0.0.1')).retryAfter).toBe(30);
    await fifth.withdrawn(); // nothing was decided: the lock it set is lifted
    const good = await throttle.attempt('c', '10.0.0.1');
    expect(good.retryAfter).toBe(0);
    await good.succeeded();
    expect((await throttle.attempt('d', '10.0.0.1')).retryAfter).toBe(0);
    expect((await throttle.attempt('e', '10.0.0.1')).retryAfter).toBe(30);
  });

  it('judges no more of a burst of guesses sent at once than the limit', async () => {
    const throttle = loginThrottle(new MemoryAttemptStore(), () => policy);
    const burst = await Promise.all(Array.from({ length: 10 }, () => throttle.attempt('leader', '10.0.0.3')));
    expect(burst.filter((a) => a.retryAfter === 0)).toHaveLength(3);
  });

  it('counts an IPv6 caller by its /64, so hopping between its own addresses buys no more guesses', async () => {
    const throttle = loginThrottle(new MemoryAttemptStore(), () => policy);
    for (let i = 1; i <= 5; i += 1)
      expect((await throttle.attempt(`user${i}`, `2001:db8:7:7::${i}`)).retryAfter).toBe(0);
    expect((await throttle.attempt('user6', '2001:db8:7:7:ffff::6')).retryAfter).toBe(30);
    // the neighbouring /64 is another subscriber
    expect((await throttle.attempt('user7', '2001:db8:7:8::1')).retryAfter).toBe(0);
  });
});
