import { describe, expect, it } from 'vitest';
import { formatDecimal, formatMoney } from '@integrity/rules';
import { parseDecimal, parseMoney, ratio, ratioAtLeast, toBigInt } from './decimal.js';

describe('decimal', () => {
  it('parses and formats money exactly', () => {
    expect(parseMoney('1234.56', 'amount')).toBe(123456n);
    expect(parseMoney('0.1', 'amount')).toBe(10n);
    expect(formatMoney(10n)).toBe('0.10');
    expect(formatMoney(-5n)).toBe('-0.05');
    expect(formatMoney(parseMoney('123456789012345.67', 'x'))).toBe('123456789012345.67');
  });

  it('adds three payments of 33.33 to exactly 99.99', () => {
    const sum = ['33.33', '33.33', '33.33'].map((v) => parseMoney(v, 'amount')).reduce((a, b) => a + b, 0n);
    expect(formatMoney(sum)).toBe('99.99');
    expect(sum).toBe(parseMoney('99.99', 'amount'));
  });

  it('refuses malformed values, extra decimals and non-positive money with the field', () => {
    expect(() => parseMoney('12.345', 'budget')).toThrow(/at most 2 decimal places/);
    expect(() => parseMoney('1e5', 'budget')).toThrow(/decimal number/);
    expect(() => parseMoney('0', 'budget')).toThrow(/more than zero/);
    try {
      parseMoney('-1', 'budget');
    } catch (e) {
      expect((e as { extensions: unknown }).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'budget' });
    }
    expect(parseDecimal('0.0325', 6, 'rate')).toBe(32500n);
    expect(formatDecimal(32500n, 6)).toBe('0.032500');
  });

  it('normalises driver values', () => {
    expect(toBigInt('123.0000')).toBe(123n);
    expect(toBigInt(42)).toBe(42n);
    expect(toBigInt(null)).toBe(0n);
    expect(toBigInt('9007199254740993')).toBe(9007199254740993n);
    expect(() => toBigInt(1.5)).toThrow();
  });

  it('compares ratios exactly at the boundary and rounds only for display', () => {
    expect(ratioAtLeast(120n, 100n, 120)).toBe(true);
    expect(ratioAtLeast(11999999999n, 10000000000n, 120)).toBe(false);
    expect(ratio(2n, 3n)).toBe(0.666667);
    expect(ratio(1n, 0n)).toBe(0);
  });
});
