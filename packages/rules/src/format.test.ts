import { describe, expect, it } from 'vitest';
import {
  chinaDate,
  chinaDateTime,
  chinaYear,
  daysBetween,
  displayMoney,
  displayPercent,
  formatMoney,
  isIsoDate,
  yuanToFen,
} from './format.js';

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

describe('chinaYear', () => {
  it('turns the year at midnight in the county, not at the reader’s midnight', () => {
    expect(chinaYear('2025-12-31T15:59:59.999Z')).toBe(2025);
    expect(chinaYear('2025-12-31T16:00:00.000Z')).toBe(2026);
  });
});

describe('chinaDate', () => {
  it('turns the day at 16:00 UTC, midnight in China', () => {
    expect(chinaDate('2026-12-03T15:59:59.999Z')).toBe('2026-12-03');
    expect(chinaDate('2026-12-03T16:00:00.000Z')).toBe('2026-12-04');
    expect(chinaDate('2026-12-31T16:00:00Z')).toBe('2027-01-01');
  });

  it('gives the county’s time of day to the second, whatever zone the reader is in', () => {
    expect(chinaDateTime('2026-12-03T15:59:59.999Z')).toBe('2026-12-03 23:59:59');
    expect(chinaDateTime('2026-12-31T16:00:00Z')).toBe('2027-01-01 00:00:00');
  });
});

describe('yuanToFen', () => {
  it('reads what formatMoney writes, exactly, signs included', () => {
    for (const fen of [0n, 1n, 10n, 12345n, -50n, 9223372036854775807n]) expect(yuanToFen(formatMoney(fen))).toBe(fen);
    expect(yuanToFen('7')).toBe(700n);
    expect(yuanToFen('-3.5')).toBe(-350n);
  });
  it('counts whole days between two dates, across a leap day and a year end, negative backwards', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2027-01-01', '2026-12-31')).toBe(-1);
  });
});
