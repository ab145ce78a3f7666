import { describe, expect, it } from 'vitest';
import { SessionGuard } from './session-guard.js';

describe('SessionGuard', () => {
  it('refuses a session this process ended, also when a lookup begun before the logout answers live', async () => {
    let answer: (live: Set<string>) => void = () => undefined;
    let lookups = 0;
    const guard = new SessionGuard(() => {
      lookups += 1;
      return new Promise<Set<string>>((resolve) => (answer = resolve));
    }, 60_000);
    const inFlight = guard.isLive('s1'); // read before the logout committed
    await new Promise((r) => setTimeout(r, 0)); // the batch is sent
    guard.forget('s1');
    answer(new Set(['s1']));
    expect(await inFlight).toBe(false);
    expect(await guard.isLive('s1')).toBe(false);
    expect(lookups).toBe(1);
  });

  it('trusts a live answer for the cache period', async () => {
    let lookups = 0;
    const guard = new SessionGuard(async (ids) => {
      lookups += 1;
      return new Set(ids);
    }, 60_000);
    expect(await guard.isLive('s2')).toBe(true);
    expect(await guard.isLive('s2')).toBe(true);
    expect(lookups).toBe(1);
  });
});
