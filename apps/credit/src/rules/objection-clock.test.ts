import { describe, expect, it } from 'vitest';
import { calendarMissing, workingDaysBetween } from '@integrity/subgraph-kit';
import { acceptDeadlineOf, decisionDeadlineOf } from './objection-clock.js';

const c = { holidays: new Set(['2026-10-01', '2026-10-02', '2026-10-05']), workdays: new Set(['2026-10-10']) };

describe('the objection clock', () => {
  it('gives 2 working days to accept from filing and 10 to decide from acceptance, over holidays and exchanged days', () => {
    expect(acceptDeadlineOf('2026-09-30', c)).toBe('2026-10-07'); // Thu 1st, Fri 2nd, Mon 5th are holidays
    expect(decisionDeadlineOf('2026-10-07', c)).toBe('2026-10-20'); // Sat 10th is a working day
    expect(decisionDeadlineOf('2026-11-27', c)).toBe('2026-12-11'); // a Friday: two whole weeks
  });

  it('counts the working days after a request up to and including the day the material came', () => {
    expect(workingDaysBetween('2026-11-27', '2026-11-27', c)).toBe(0);
    expect(workingDaysBetween('2026-11-27', '2026-11-30', c)).toBe(1); // over a weekend
    expect(workingDaysBetween('2026-09-30', '2026-10-10', c)).toBe(5); // 6, 7, 8, 9 and the exchanged 10th
  });

  it('flags deadlines reaching into a year whose arrangement is not loaded', () => {
    expect(calendarMissing('2026-12-20', '2026-12-31', c)).toBe(false);
    expect(calendarMissing('2026-12-24', '2027-01-08', c)).toBe(true);
  });
});
