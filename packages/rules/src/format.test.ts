import { describe, expect, it } from 'vitest';
import { displayMoney, displayPercent, formatMoney, isIsoDate } from './format.js';

describe('formatting', () => {
  it('writes fen as exact decimal strings and groups them for people', () => {
    expect(formatMoney(123456n)).toBe('1234.56');
    expect(formatMoney(-5n)).toBe('-0.05');
    expect(displayMoney('1234567.8')).toBe('1,234,567.80');
    expect(displayMoney('12')).toBe('12.00');
    expect(displayMoney(null)).toBe('');
    expect(displayPercent(1.2346)).toBe('123.5%');
    expect(displayPercent(null)).toBe('—');
  });

  it('knows real calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-2-1')).toBe(false);
  });
});
