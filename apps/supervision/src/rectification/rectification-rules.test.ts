import { describe, expect, it } from 'vitest';
import { becomesOverdue } from './rectification-rules.js';

describe('when a rectification order becomes overdue', () => {
  it('on the day after its deadline, not on the deadline itself', () => {
    expect(becomesOverdue({ status: 'ORDERED', deadline: '2026-12-03' }, '2026-12-03')).toBe(false);
    expect(becomesOverdue({ status: 'ORDERED', deadline: '2026-12-03' }, '2026-12-04')).toBe(true);
    expect(becomesOverdue({ status: 'RETURNED', deadline: '2026-12-03' }, '2026-12-04')).toBe(true);
  });

  it('never while a timely report awaits decision, nor once accepted or already overdue', () => {
    for (const status of ['REPORTED', 'ACCEPTED', 'OVERDUE'] as const)
      expect(becomesOverdue({ status, deadline: '2026-01-01' }, '2026-12-04')).toBe(false);
  });
});
