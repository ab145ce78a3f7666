import { describe, expect, it } from 'vitest';
import { decimalUnits, MAX_UNITS, moneyUnits } from './decimal.js';

describe('decimals as server and console check them', () => {
  it('reads exact minor units, never rounding', () => {
    expect(decimalUnits('1234.5', 2)).toEqual({ units: 123450n, problem: null });
    expect(decimalUnits(' -7 ', 2)).toEqual({ units: -700n, problem: null });
    expect(decimalUnits('0.125', 2).problem).toEqual({ reason: 'TOO_MANY_DECIMALS', params: { scale: 2 } });
    expect(decimalUnits('0.125', 4)).toEqual({ units: 1250n, problem: null });
    expect(decimalUnits('1,234', 2).problem).toEqual({ reason: 'INVALID_DECIMAL', params: {} });
  });

  it('holds the largest BIGINT of minor units and refuses one fen more', () => {
    expect(decimalUnits('92233720368547758.07', 2)).toEqual({ units: MAX_UNITS, problem: null });
    expect(decimalUnits('92233720368547758.08', 2).problem).toEqual({ reason: 'AMOUNT_TOO_LARGE', params: {} });
  });

  it('takes money more than zero, or zero when allowed, never negative', () => {
    expect(moneyUnits('0.01')).toEqual({ units: 1n, problem: null });
    expect(moneyUnits('0').problem).toEqual({ reason: 'NOT_POSITIVE', params: {} });
    expect(moneyUnits('0', { allowZero: true })).toEqual({ units: 0n, problem: null });
    expect(moneyUnits('-0.01', { allowZero: true }).problem).toEqual({ reason: 'NEGATIVE', params: {} });
    expect(moneyUnits('-0.01').problem).toEqual({ reason: 'NOT_POSITIVE', params: {} });
  });
});
