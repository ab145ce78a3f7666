import { describe, expect, it } from 'vitest';
import {
  calendarChangeHandlers,
  calendarChangeMessages,
  calendarChangeTouches,
  calendarYearChange,
  calendarSettleMs,
  checkedCalendarChange,
  DEFAULT_CALENDAR_SETTLE_MS,
} from './calendar-change.js';

describe('a calendar change', () => {
  const day = { from: '2026-11-04', to: '2026-11-04', cause: 'calendar.set 2026-11-04' };

  it('touches a count that passes over a changed day, its first and last day included', () => {
    expect(calendarChangeTouches(day, '2026-11-04', '2026-11-20')).toBe(true);
    expect(calendarChangeTouches(day, '2026-11-01', '2026-11-04')).toBe(true);
    expect(calendarChangeTouches(day, '2026-11-05', '2026-11-20')).toBe(false);
    expect(calendarChangeTouches(day, '2026-10-01', '2026-11-03')).toBe(false);
  });

  it('as a whole year touches counts reaching into it from the year before', () => {
    const year = calendarYearChange(2027, 'calendar.load 2027');
    expect(year).toEqual({ from: '2027-01-01', to: '2027-12-31', cause: 'calendar.load 2027' });
    expect(calendarChangeTouches(year, '2026-12-20', '2027-01-01')).toBe(true);
    expect(calendarChangeTouches(year, '2026-12-01', '2026-12-31')).toBe(false);
  });

  it('is told at once to casework and supervision, and once more later to every domain, credit included', () => {
    const messages = calendarChangeMessages('k1', day);
    expect(messages.map((m) => [m.topic, m.delayMs ?? 0])).toEqual([
      ['calendar.changed.casework', 0],
      ['calendar.changed.supervision', 0],
      ['calendar.settle.casework', DEFAULT_CALENDAR_SETTLE_MS],
      ['calendar.settle.supervision', DEFAULT_CALENDAR_SETTLE_MS],
      ['calendar.settle.credit', DEFAULT_CALENDAR_SETTLE_MS],
    ]);
    expect(messages.every((m) => m.key === 'k1' && m.payload === day)).toBe(true);
    expect(Object.keys(calendarChangeHandlers).sort()).toEqual(messages.map((m) => m.topic).sort());
    // longer than a calendar read (3 s) and two lock waits (50 s each) between reading it and committing
    expect(DEFAULT_CALENDAR_SETTLE_MS).toBeGreaterThan(3_000 + 2 * 50_000);
    // a county whose database waits longer sets it
    expect(calendarSettleMs({ CALENDAR_SETTLE_MS: '600000' })).toBe(600_000);
    expect(calendarSettleMs({ CALENDAR_SETTLE_MS: 'soon' })).toBe(DEFAULT_CALENDAR_SETTLE_MS);
  });

  it('is refused on `input.to` when it ends before it starts', () => {
    expect(() => checkedCalendarChange({ ...day, to: '2026-11-03' })).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ field: 'input.to', reason: 'DATE_TOO_EARLY' }) }),
    );
    expect(checkedCalendarChange(day)).toEqual(day);
  });
});
