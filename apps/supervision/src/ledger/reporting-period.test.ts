import { demoWorkingCalendars } from '@integrity/demo-data';
import { describe, expect, it } from 'vitest';
import { isPeriod, periodDays, periodOf, reportDueOn, reportDueYears, reportState } from './reporting-period.js';

// the 2026 arrangement the repo ships (国办发明电〔2025〕7号); 2025 and 2027 are not loaded
const loaded2026 = demoWorkingCalendars();
const nothingLoaded = new Map();

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

  it('is due ten working days after the quarter: 2026Q3 ends Wed 30 Sep → Wed 14 Oct over weekends only', () => {
    expect(reportDueOn('2026Q3', nothingLoaded)).toEqual({ date: '2026-10-14', calendarMissing: true });
    // on the loaded 2026 calendar: 1–7 Oct 国庆节 skipped, Sat 10 Oct worked (调休) → Tue 20 Oct
    expect(reportDueOn('2026Q3', loaded2026)).toEqual({ date: '2026-10-20', calendarMissing: false });
  });

  it('moves past a loaded holiday: 2026Q1 ends Tue 31 Mar, 清明 4–6 Apr → due Wed 15 Apr, not Tue 14 Apr', () => {
    expect(reportDueOn('2026Q1', loaded2026)).toEqual({ date: '2026-04-15', calendarMissing: false });
    expect(reportState('2026Q1', '2026-04-15', '2026-12-01', '2026-04-15')).toBe('ON_TIME');
    expect(reportState('2026Q1', '2026-04-16', '2026-12-01', '2026-04-15')).toBe('LATE');
    expect(reportState('2026Q1', null, '2026-04-15', '2026-04-15')).toBe('DUE');
    expect(reportState('2026Q1', null, '2026-04-16', '2026-04-15')).toBe('OVERDUE');
    // the same quarter counted over weekends only (6 Apr a Monday like any other) would end a day earlier
    expect(reportDueOn('2026Q1', nothingLoaded)).toEqual({ date: '2026-04-14', calendarMissing: true });
  });

  it('counts an unloaded year over weekends only and says so; Q4 is counted in the next year', () => {
    // 2025 not loaded: Tue 30 Sep 2025 + 10 weekdays (its real 国庆节 unknown to the county's calendar)
    expect(reportDueOn('2025Q3', loaded2026)).toEqual({ date: '2025-10-14', calendarMissing: true });
    // 2025Q4's days all fall in loaded 2026: 1–3 Jan 元旦, Sun 4 Jan worked → Thu 15 Jan, nothing missing
    expect(reportDueYears('2025Q4')).toEqual([2026]);
    expect(reportDueOn('2025Q4', loaded2026)).toEqual({ date: '2026-01-15', calendarMissing: false });
    // 2026Q4's are in 2027, not loaded: Thu 31 Dec + 10 weekdays
    expect(reportDueYears('2026Q4')).toEqual([2027]);
    expect(reportDueOn('2026Q4', loaded2026)).toEqual({ date: '2027-01-14', calendarMissing: true });
  });

  it('is on time on the due day and late the day after; overdue when missing after it', () => {
    expect(reportState('2026Q3', '2026-10-20', '2026-12-01', '2026-10-20')).toBe('ON_TIME');
    expect(reportState('2026Q3', '2026-10-21', '2026-12-01', '2026-10-20')).toBe('LATE');
    expect(reportState('2026Q3', null, '2026-09-30', '2026-10-20')).toBe('NOT_DUE');
    expect(reportState('2026Q3', null, '2026-10-20', '2026-10-20')).toBe('DUE');
    expect(reportState('2026Q3', null, '2026-10-21', '2026-10-20')).toBe('OVERDUE');
  });
});
