import { describe, expect, it } from 'vitest';
import { lockoutMs, loginThrottle, MemoryAttemptStore, policyFromEnv } from './login-throttle.js';

const policy = { maxPerUser: 3, maxPerAddress: 5, windowSeconds: 900, lockoutSeconds: 30, maxLockoutSeconds: 900 };

describe('login throttle', () => {
  it('locks at the limit and doubles the back-off per further failure, up to the cap', () => {
    expect([1, 2, 3, 4, 5, 9, 40].map((n) => lockoutMs(n, 3, policy) / 1000)).toEqual([0, 0, 30, 60, 120, 900, 900]);
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

  it('counts per username (case-blind) and per address; success clears only the username', async () => {
    const throttle = loginThrottle(new MemoryAttemptStore(), () => policy);
    for (let i = 0; i < 3; i += 1) await throttle.failed(i % 2 ? 'Leader' : 'leader', '10.0.0.1');
    expect(await throttle.retryAfter('leader', '10.0.0.2')).toBe(30);
    await throttle.succeeded('leader');
    expect(await throttle.retryAfter('leader', '10.0.0.2')).toBe(0);
    await throttle.failed('a', '10.0.0.1');
    await throttle.failed('b', '10.0.0.1');
    expect(await throttle.retryAfter('someone-else', '10.0.0.1')).toBe(30);
  });
});
