import { describe, expect, it } from 'vitest';
import { daysLate } from './milestone-lateness.js';

const m = (paidAmount: bigint, paidOn: string | null) => ({ dueDate: '2026-01-31', amount: 100n, paidAmount, paidOn });

describe('days late', () => {
  it('is nothing when paid in full on the due date, 1 the day after, and stays once paid', () => {
    expect(daysLate(m(100n, '2026-01-31'), '2026-12-01')).toBeNull();
    expect(daysLate(m(100n, '2026-02-01'), '2026-12-01')).toBe(1);
    expect(daysLate(m(100n, '2026-03-02'), '2026-12-01')).toBe(30);
  });
  it('counts to today while not paid in full, across a month end', () => {
    expect(daysLate(m(0n, null), '2026-01-31')).toBeNull();
    expect(daysLate(m(0n, null), '2026-02-01')).toBe(1);
    expect(daysLate(m(60n, '2026-01-20'), '2026-03-01')).toBe(29);
  });
  it('is never late while the milestone has no due date (its delivery or acceptance not recorded)', () => {
    expect(daysLate({ ...m(0n, null), dueDate: null }, '2030-01-01')).toBeNull();
  });
});
