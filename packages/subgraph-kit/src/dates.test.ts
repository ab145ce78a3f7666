import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, isValidDate, localDateTime, today, weekday } from './dates.js';

describe('dates', () => {
  it('validates real calendar dates only', () => {
    expect(isValidDate('2024-02-29')).toBe(true);
    expect(isValidDate('2023-02-29')).toBe(false);
    expect(isValidDate('2024-13-01')).toBe(false);
    expect(isValidDate('2024-1-01')).toBe(false);
  });

  it('adds months clamped to the end of the month', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-11-15', 3)).toBe('2025-02-15');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
  });

  it('counts days and weekdays', () => {
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(daysBetween('2024-01-01', '2024-03-01')).toBe(60);
    expect(weekday('2026-11-27')).toBe(5); // a Friday
  });

  it('reckons today in the county time zone', () => {
    // 2026-11-24 17:30 UTC is already 2026-11-25 in Asia/Shanghai
    expect(today(new Date('2026-11-24T17:30:00Z'))).toBe('2026-11-25');
  });

  it('reads an instant on the county clock (UTC+8), across midnight', () => {
    expect(localDateTime('2026-12-04T08:54:30.123Z')).toBe('2026-12-04 16:54');
    expect(localDateTime('2026-12-31T16:00:00Z')).toBe('2027-01-01 00:00');
  });
});
