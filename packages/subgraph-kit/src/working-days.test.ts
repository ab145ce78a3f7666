import { describe, expect, it } from 'vitest';
import { addWorkingDays, type Calendar } from './working-days.js';

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
});
