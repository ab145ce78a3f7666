import { describe, expect, it } from 'vitest';
import { milestoneStatus } from './milestone-status.js';

describe('payment milestone status', () => {
  const m = { dueDate: '2026-06-30', amount: 100_000n, paidAmount: 0n };
  it('is due on its due date and overdue from the next day', () => {
    expect(milestoneStatus(m, '2026-06-30')).toBe('SCHEDULED');
    expect(milestoneStatus(m, '2026-07-01')).toBe('OVERDUE');
  });
  it('stays overdue while a fen is missing, and is PAID once paid in full (even late)', () => {
    expect(milestoneStatus({ ...m, paidAmount: 99_999n }, '2026-07-01')).toBe('OVERDUE');
    expect(milestoneStatus({ ...m, paidAmount: 99_999n }, '2026-06-01')).toBe('PARTIALLY_PAID');
    expect(milestoneStatus({ ...m, paidAmount: 100_000n }, '2026-08-01')).toBe('PAID');
  });
  it('is never overdue while it has no due date yet', () => {
    expect(milestoneStatus({ ...m, dueDate: null }, '2030-01-01')).toBe('SCHEDULED');
    expect(milestoneStatus({ ...m, dueDate: null, paidAmount: 1n }, '2030-01-01')).toBe('PARTIALLY_PAID');
  });
});
