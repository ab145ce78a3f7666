import { describe, expect, it } from 'vitest';
import { periodLabel, recentPeriods } from './periods';

describe('ledger periods', () => {
  it('lists the current quarter and the ones before it, across a year end', () => {
    expect(recentPeriods('2026-02-10', 3)).toEqual(['2026Q1', '2025Q4', '2025Q3']);
    expect(recentPeriods('2026-12-03', 2)).toEqual(['2026Q4', '2026Q3']);
    expect(recentPeriods('2027-01-01', 2)).toEqual(['2027Q1', '2026Q4']);
  });

  it('names a quarter in Chinese', () => {
    expect(periodLabel('2026Q3')).toBe('2026年第三季度');
  });
});
