import { describe, expect, it } from 'vitest';
import { isPeriod, periodDays, periodOf, reportDueOn, reportState } from './reporting-period.js';

const weekendsOnly = { holidays: new Set<string>(), workdays: new Set<string>() };

describe('quarterly progress reports', () => {
  it('knows each quarter’s days and the quarter of a day', () => {
    expect(periodDays('2026Q1')).toEqual({ first: '2026-01-01', last: '2026-03-31' });
    expect(periodDays('2024Q1').last).toBe('2024-03-31');
    expect(periodDays('2026Q2')).toEqual({ first: '2026-04-01', last: '2026-06-30' });
    expect(periodDays('2026Q4').last).toBe('2026-12-31');
    expect(periodOf('2026-12-31')).toBe('2026Q4');
    expect(periodOf('2027-01-01')).toBe('2027Q1');
    expect(['2026Q4', '2026Q5', '2026q1', '26Q1'].map(isPeriod)).toEqual([true, false, false, false]);
  });

  it('is due ten working days after the quarter: 2026Q3 ends Wed 30 Sep → due Wed 14 Oct without holidays', () => {
    expect(reportDueOn('2026Q3', weekendsOnly)).toBe('2026-10-14');
    // with the National Day holiday (1–8 Oct 2026, 10 Oct a working Saturday) the due day moves
    const nationalDay = {
      holidays: new Set(['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07', '2026-10-08']),
      workdays: new Set(['2026-10-10']),
    };
    expect(reportDueOn('2026Q3', nationalDay)).toBe('2026-10-21');
  });

  it('is on time on the due day and late the day after; overdue when missing after it', () => {
    expect(reportState('2026Q3', '2026-10-14', '2026-12-01', weekendsOnly)).toBe('ON_TIME');
    expect(reportState('2026Q3', '2026-10-15', '2026-12-01', weekendsOnly)).toBe('LATE');
    expect(reportState('2026Q3', null, '2026-09-30', weekendsOnly)).toBe('NOT_DUE');
    expect(reportState('2026Q3', null, '2026-10-14', weekendsOnly)).toBe('DUE');
    expect(reportState('2026Q3', null, '2026-10-15', weekendsOnly)).toBe('OVERDUE');
  });
});
