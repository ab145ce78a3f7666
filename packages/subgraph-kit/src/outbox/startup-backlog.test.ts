import { createLogger } from '@integrity/logging';
import { describe, expect, it } from 'vitest';
import { readyWaitMsFromEnv, startupBacklog } from './startup-backlog.js';

const log = createLogger('backlog-test');

/** An outbox holding `left` messages, and a clock the test moves. */
function fixture(left: number) {
  const state = { left, drains: 0, now: 1_000 };
  const outbox = {
    waiting: async () => state.left,
    drain: async () => {
      state.drains += 1;
      return 0;
    },
  };
  return { state, check: startupBacklog(outbox, log, 20_000, () => state.now) };
}

describe('readiness while the outbox holds what it held at start', () => {
  it('is not ready while messages wait, asks for a delivery each time, and is ready once they are delivered', async () => {
    const { state, check } = fixture(3);
    expect(await check()).toBe('delivering 3 outbox messages');
    state.left = 1;
    expect(await check()).toBe('delivering 1 outbox message');
    expect(state.drains).toBe(2);
    state.left = 0;
    expect(await check()).toBeNull();
    state.left = 5; // later messages are the outbox's everyday work, not the start's
    expect(await check()).toBeNull();
  });

  it('is ready after the wait even with messages undelivered (a receiver that is down), and stays ready', async () => {
    const { state, check } = fixture(2);
    expect(await check()).not.toBeNull();
    state.now += 19_999;
    expect(await check()).not.toBeNull();
    state.now += 1;
    expect(await check()).toBeNull();
    expect(await check()).toBeNull();
  });

  it('waits 20 s unless OUTBOX_READY_WAIT_MS says otherwise (0: not at all)', () => {
    expect(readyWaitMsFromEnv({})).toBe(20_000);
    expect(readyWaitMsFromEnv({ OUTBOX_READY_WAIT_MS: '5000' })).toBe(5000);
    expect(readyWaitMsFromEnv({ OUTBOX_READY_WAIT_MS: '0' })).toBe(0);
    expect(readyWaitMsFromEnv({ OUTBOX_READY_WAIT_MS: 'soon' })).toBe(20_000);
  });
});
