import { describe, expect, it } from 'vitest';
import {
  borrowingRefusal,
  DEBT_STOCK_YEAR_CLOSE,
  isRatedRegion,
  needsEmergencyPlan,
  stockPlanMayBeLowered,
  stockPlanOpen,
  stockReductionsOpen,
  underDebtLimit,
} from './debt.js';

describe('who borrows (预算法 art. 35)', () => {
  it('refuses a town, whatever the instrument', () => {
    expect(borrowingRefusal('445122101', 'GENERAL_BOND', '2026-03-01')).toBe('TOWN_MAY_NOT_BORROW');
  });
  it('takes loans only as stock from before 2015-01-01, bonds any time', () => {
    expect(borrowingRefusal('445122', 'LOAN', '2014-12-31')).toBeNull();
    expect(borrowingRefusal('445122', 'LOAN', '2015-01-01')).toBe('DIRECT_BORROWING_NOT_ALLOWED');
    expect(borrowingRefusal('445122', 'OTHER', '2015-01-01')).toBe('DIRECT_BORROWING_NOT_ALLOWED');
    expect(borrowingRefusal('445122', 'SPECIAL_BOND', '2015-01-01')).toBeNull();
  });
  it('rates county-level governments and asks each for an emergency plan; towns neither', () => {
    expect([isRatedRegion('445122'), needsEmergencyPlan('445122')]).toEqual([true, true]);
    expect([isRatedRegion('445122101'), needsEmergencyPlan('445122101')]).toEqual([false, false]);
  });
});

describe('a debt stock year closes', () => {
  it('takes its plan up to 31 December and its reductions up to 31 January of the next year', () => {
    expect(stockPlanOpen(2026, '2026-12-31')).toBe(true);
    expect(stockPlanOpen(2026, '2027-01-01')).toBe(false);
    expect(stockReductionsOpen(2026, '2027-01-31')).toBe(true);
    expect(stockReductionsOpen(2026, '2027-02-01')).toBe(false);
    // a plan may be lowered up to 31 December of the year before, not from 1 January of its own
    expect(stockPlanMayBeLowered(2026, '2025-12-31')).toBe(true);
    expect(stockPlanMayBeLowered(2026, '2026-01-01')).toBe(false);
    expect(DEBT_STOCK_YEAR_CLOSE.source).toContain('法规未规定');
  });
});

describe('debt limits', () => {
  it('apply to what is issued from 2015-01-01, not to stock from before', () => {
    expect(underDebtLimit('2014-12-31')).toBe(false);
    expect(underDebtLimit('2015-01-01')).toBe(true);
  });
});
