import { describe, expect, it } from 'vitest';
import { commitmentDaysLate, latestDate, type LatenessFacts } from './commitment-lateness.js';

const open: LatenessFacts = { dueDate: '2026-01-31', fulfilledInFull: false, lastFulfilmentOn: null, waivedOn: null };
const fulfilledOn = (day: string): LatenessFacts => ({ ...open, fulfilledInFull: true, lastFulfilmentOn: day });

describe('commitment days late', () => {
  it('is null when fulfilled in full on the due date, 1 the day after, and stays once fulfilled', () => {
    expect(commitmentDaysLate(fulfilledOn('2026-01-30'), '2026-12-01')).toBeNull();
    expect(commitmentDaysLate(fulfilledOn('2026-01-31'), '2026-12-01')).toBeNull();
    expect(commitmentDaysLate(fulfilledOn('2026-02-01'), '2026-12-01')).toBe(1);
    expect(commitmentDaysLate(fulfilledOn('2026-03-02'), '2027-06-30')).toBe(30);
  });

  it('counts to today while not fulfilled in full: null up to the due date, 1 the day after, across a month end', () => {
    expect(commitmentDaysLate(open, '2026-01-31')).toBeNull();
    expect(commitmentDaysLate(open, '2026-02-01')).toBe(1);
    expect(commitmentDaysLate({ ...open, lastFulfilmentOn: '2026-01-20' }, '2026-03-01')).toBe(29);
  });

  it('stops counting at a waiver, and invents nothing for a full amount without a dated event', () => {
    expect(commitmentDaysLate({ ...open, waivedOn: '2026-02-10' }, '2026-12-01')).toBe(10);
    expect(commitmentDaysLate({ ...open, waivedOn: '2026-01-15' }, '2026-12-01')).toBeNull();
    expect(commitmentDaysLate({ ...open, fulfilledInFull: true }, '2026-12-01')).toBeNull();
  });

  it('takes the latest event date, whatever order the events were recorded in', () => {
    expect(latestDate(['2026-02-03', '2026-03-01', '2026-01-09'])).toBe('2026-03-01');
    expect(latestDate([])).toBeNull();
  });
});
