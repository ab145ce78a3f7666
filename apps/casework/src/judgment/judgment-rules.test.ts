import { describe, expect, it } from 'vitest';
import { isFulfilled, judgmentStatus } from './judgment-rules.js';

describe('judgment status', () => {
  it('is unfulfilled from the day after the due date, fulfilled once paid in full', () => {
    expect(judgmentStatus({ dueOn: '2026-06-30', fulfilledOn: null }, '2026-06-30')).toBe('PENDING');
    expect(judgmentStatus({ dueOn: '2026-06-30', fulfilledOn: null }, '2026-07-01')).toBe('UNFULFILLED');
    expect(judgmentStatus({ dueOn: '2026-06-30', fulfilledOn: '2026-08-01' }, '2026-09-01')).toBe('FULFILLED');
  });

  it('needs a fulfilment recorded and the whole sum paid', () => {
    expect(isFulfilled(100n, 99n, 2)).toBe(false);
    expect(isFulfilled(100n, 100n, 2)).toBe(true);
    expect(isFulfilled(0n, 0n, 0)).toBe(false);
    expect(isFulfilled(0n, 0n, 1)).toBe(true); // an obligation without a sum, performed
  });
});
