import { describe, expect, it } from 'vitest';
import { runInBackground } from './background.js';
import { SESSION_CHECK_COMMENT, SqlCounter } from './sql-counter.js';

describe('SqlCounter', () => {
  it("counts a request's statements, apart from session checks and background work however they interleave", async () => {
    const counter = new SqlCounter();
    counter.logQuery('SELECT 1');
    counter.logQuery(`/* ${SESSION_CHECK_COMMENT} */ SELECT 1`);
    const poll = runInBackground('outbox', async () => {
      counter.logQuery('SELECT * FROM kit_outbox');
      await new Promise((r) => setTimeout(r, 1));
      counter.logQuery('UPDATE kit_outbox SET delivered_at = NOW()');
    });
    counter.logQuery('SELECT 2');
    await poll;
    counter.logQuery('SELECT 3');
    expect(counter.count).toBe(3);
    expect(counter.sessionChecks).toBe(1);
    expect(counter.background).toBe(2);
    expect(counter.statements).toEqual(['SELECT 1', 'SELECT 2', 'SELECT 3']);
    counter.reset();
    expect([counter.count, counter.sessionChecks, counter.background]).toEqual([0, 0, 0]);
  });
});
