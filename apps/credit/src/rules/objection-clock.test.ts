import { describe, expect, it } from 'vitest';
import { calendarMissing, WEEKENDS_ONLY, workingDaysBetween } from '@integrity/subgraph-kit';
import { acceptDeadlineOf, decisionDeadlineOf, objectionDeadlinesOf } from './objection-clock.js';

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

describe('an open objection counted afresh from its facts', () => {
  it('moves the accept deadline by the pauses before acceptance and the decision deadline by those after', () => {
    // weekends only: filed Mon 2 Nov 2026, accept by Wed 4 Nov, decide by 18 Nov
    expect(objectionDeadlinesOf({ filedOn: '2026-11-02', acceptedOn: null }, [], WEEKENDS_ONLY)).toEqual({
      acceptDeadline: '2026-11-04',
      decisionDeadline: '2026-11-18',
      pausedWorkingDays: 0,
    });
    // material asked 3 Nov, supplied 5 Nov: two working days stood still; not yet accepted
    const before = { requestedOn: '2026-11-03', suppliedOn: '2026-11-05' };
    expect(objectionDeadlinesOf({ filedOn: '2026-11-02', acceptedOn: null }, [before], WEEKENDS_ONLY)).toEqual({
      acceptDeadline: '2026-11-06',
      decisionDeadline: '2026-11-20',
      pausedWorkingDays: 2,
    });
    // accepted 6 Nov (decide by 20 Nov), then material asked 9 Nov and supplied 10 Nov: one day more
    const after = { requestedOn: '2026-11-09', suppliedOn: '2026-11-10' };
    expect(
      objectionDeadlinesOf({ filedOn: '2026-11-02', acceptedOn: '2026-11-06' }, [before, after], WEEKENDS_ONLY),
    ).toEqual({ acceptDeadline: '2026-11-06', decisionDeadline: '2026-11-23', pausedWorkingDays: 3 });
    // a round still awaited stops nothing yet
    const open = { requestedOn: '2026-11-11', suppliedOn: null };
    expect(
      objectionDeadlinesOf({ filedOn: '2026-11-02', acceptedOn: '2026-11-06' }, [before, after, open], WEEKENDS_ONLY)
        .decisionDeadline,
    ).toBe('2026-11-23');
  });
});
