import { describe, expect, it } from 'vitest';
import { addWorkingDays, calendarMissing, type Calendar } from './working-days.js';

const plain: Calendar = { holidays: new Set(), workdays: new Set() };
const nationalDay2026: Calendar = {
  holidays: new Set(['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07']),
  workdays: new Set(['2026-09-20', '2026-10-10']),
};

describe('working days', () => {
  it('counts an objection filed on a Friday from the next Monday', () => {
    expect(addWorkingDays('2026-11-20', 2, plain)).toBe('2026-11-24'); // Fri → Tue
    expect(addWorkingDays('2026-11-20', 10, plain)).toBe('2026-12-04'); // Fri → Fri two weeks on
  });

  it('counts a filing on Saturday like one on Friday', () => {
    expect(addWorkingDays('2026-11-21', 2, plain)).toBe('2026-11-24');
  });

  it('skips public holidays and counts weekend days worked in exchange', () => {
    expect(addWorkingDays('2026-09-30', 2, nationalDay2026)).toBe('2026-10-09'); // Oct 1–7 off → Thu 8, Fri 9
    expect(addWorkingDays('2026-09-18', 1, nationalDay2026)).toBe('2026-09-20'); // Sunday 20 Sep is worked
    expect(addWorkingDays('2026-10-09', 1, nationalDay2026)).toBe('2026-10-10'); // and Saturday 10 Oct
  });

  it('takes a year as loaded only when its arrangement was loaded whole, not for a day set on its own', () => {
    // 2027 has one day set by hand but was never loaded; 2026 was loaded
    const c: Calendar = { ...nationalDay2026, holidays: new Set(['2027-01-01']), loaded: new Set([2026]) };
    expect(calendarMissing('2026-12-20', '2026-12-31', c)).toBe(false); // last day still in the loaded year
    expect(calendarMissing('2026-12-20', '2027-01-01', c)).toBe(true); // first day of the year not loaded
    expect(calendarMissing('2027-01-04', '2027-01-08', c)).toBe(true);
    // a loaded year with no exception at all is still loaded
    expect(calendarMissing('2030-03-02', '2030-03-06', { ...plain, loaded: new Set([2030]) })).toBe(false);
  });
});
