import { describe, expect, it } from 'vitest';
import {
  borrowingRefusal,
  debtRateProblem,
  carriedOpeningFits,
  DEBT_STOCK_CARRY_OVER,
  DEBT_STOCK_YEAR_CLOSE,
  expectedOpeningStock,
  isRatedRegion,
  needsEmergencyPlan,
  openingStockCarriesOver,
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

describe('a debt stock carries over', () => {
  const previous = { stockAtStart: 100_000n, reduced: 30_001n };
  it('opens a year with last year’s opening less last year’s reductions, to the fen', () => {
    expect(expectedOpeningStock(previous)).toBe(69_999n);
    expect(openingStockCarriesOver(69_999n, previous)).toBe(true);
    expect(openingStockCarriesOver(69_998n, previous)).toBe(false);
    expect(openingStockCarriesOver(70_000n, previous)).toBe(false);
    expect(DEBT_STOCK_CARRY_OVER.source).toContain('中发〔2018〕27号');
  });
  it('takes any opening when last year is not recorded', () => {
    expect(expectedOpeningStock(null)).toBeNull();
    expect(openingStockCarriesOver(0n, null)).toBe(true);
    expect(openingStockCarriesOver(123_456_789n, null)).toBe(true);
  });
  it('carries a lower opening into a later year only while its plan and its reductions still fit', () => {
    const year = { plannedReduction: 5_000n, reduced: 3_000n };
    expect(carriedOpeningFits(5_000n, year)).toBe(true);
    expect(carriedOpeningFits(4_999n, year)).toBe(false);
    expect(carriedOpeningFits(3_000n, { plannedReduction: 0n, reduced: 3_000n })).toBe(true);
    expect(carriedOpeningFits(2_999n, { plannedReduction: 0n, reduced: 3_000n })).toBe(false);
    expect(carriedOpeningFits(0n, { plannedReduction: 0n, reduced: 0n })).toBe(true);
    expect(carriedOpeningFits(-1n, { plannedReduction: 0n, reduced: 0n })).toBe(false);
  });
});

describe('an instrument’s annual rate', () => {
  it('is above 0 and at most 30 percent, with up to four decimals', () => {
    expect(debtRateProblem('30')).toBeNull();
    expect(debtRateProblem('30.0000')).toBeNull();
    expect(debtRateProblem('0.0001')).toBeNull();
    expect(debtRateProblem('3.25')).toBeNull();
    expect(debtRateProblem('30.0001')).toEqual({ reason: 'INVALID_RATE', params: { max: 30 } });
    expect(debtRateProblem('0')).toEqual({ reason: 'INVALID_RATE', params: { max: 30 } });
    expect(debtRateProblem('-1')).toEqual({ reason: 'INVALID_RATE', params: { max: 30 } });
    expect(debtRateProblem('3.25001')).toEqual({ reason: 'TOO_MANY_DECIMALS', params: { scale: 4 } });
    expect(debtRateProblem('3,25')).toEqual({ reason: 'INVALID_DECIMAL', params: {} });
  });
});
