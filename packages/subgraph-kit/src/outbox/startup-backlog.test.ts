import { createLogger } from '@integrity/logging';
import { describe, expect, it } from 'vitest';
import { readyWaitMsFromEnv, startupBacklog } from './startup-backlog.js';

const log = createLogger('backlog-test');

/** An outbox holding `left` messages, a deliverer and a clock the test moves. */
function fixture(left: number) {
  const state = { left, kicks: 0, busy: false, now: 1_000, asked: [] as string[] };
  const start = startupBacklog(
    {
      waiting: async (until) => {
        state.asked.push(until);
        return state.left;
      },
      deliverer: { kick: () => void (state.kicks += 1), sending: () => state.busy },
    },
    log,
    20_000,
    () => state.now,
  );
  return { state, start };
}

describe('readiness while the start is not over', () => {
  it('waits for the start’s jobs, then for what will be tried within the wait, kicking the deliverer each time', async () => {
    const { state, start } = fixture(3);
    expect(await start.check()).toBe('starting');
    start.jobsDone();
    expect(await start.check()).toBe('delivering 3 outbox messages');
    expect(state.asked.at(-1)).toBe(new Date(1_000 + 20_000).toISOString()); // from the first check
    state.left = 1;
    expect(await start.check()).toBe('delivering 1 outbox message');
    state.left = 0;
    state.busy = true; // the last one is being sent
    expect(await start.check()).toBe('delivering');
    expect(state.kicks).toBe(4);
    state.busy = false;
    expect(await start.check()).toBeNull();
    state.left = 5; // later messages are the outbox's everyday work, not the start's
    expect(await start.check()).toBeNull();
  });

  it('is ready after the wait even with messages undelivered (a receiver that is down), and stays ready', async () => {
    const { state, start } = fixture(2);
    start.jobsDone();
    expect(await start.check()).not.toBeNull();
    state.now += 19_999;
    expect(await start.check()).not.toBeNull();
    state.now += 1;
    expect(await start.check()).toBeNull();
    expect(await start.check()).toBeNull();
  });

  it('counts without a deliverer in a process that does not deliver (a cluster’s other workers)', async () => {
    const start = startupBacklog({ waiting: async () => 0 }, log, 20_000);
    expect(await start.check()).toBe('starting');
    start.jobsDone();
    expect(await start.check()).toBeNull();
  });

  it('waits 20 s unless OUTBOX_READY_WAIT_MS says otherwise (0: not at all)', () => {
    expect(readyWaitMsFromEnv({})).toBe(20_000);
    expect(readyWaitMsFromEnv({ OUTBOX_READY_WAIT_MS: '5000' })).toBe(5000);
    expect(readyWaitMsFromEnv({ OUTBOX_READY_WAIT_MS: '0' })).toBe(0);
    expect(readyWaitMsFromEnv({ OUTBOX_READY_WAIT_MS: 'soon' })).toBe(20_000);
  });
});
