import { demoWorkingCalendars } from '@integrity/demo-data';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../score/scoring-rules.js';
import {
  adjustedGrade,
  evaluationYearAllowed,
  feedbackDeadline,
  feedbackOpen,
  feedbackYears,
  recountedFeedbackDeadline,
} from './evaluation-rules.js';

// the 2026 arrangement the repo ships; 2027 not loaded
const loaded2026 = demoWorkingCalendars();

describe('the annual evaluation', () => {
  it('takes feedback for ten working days after the start, the last one included', () => {
    // Thursday 2026-12-03 + 10 working days (no holiday in December) = Thursday 2026-12-17, all in loaded 2026
    const { date: deadline, calendarMissing } = feedbackDeadline('2026-12-03', loaded2026);
    expect([deadline, calendarMissing]).toEqual(['2026-12-17', false]);
    expect(feedbackOpen('2026-12-17', deadline)).toBe(true);
    expect(feedbackOpen('2026-12-18', deadline)).toBe(false);
  });

  it('skips the loaded holidays: started Thu 24 Sep 2026 (中秋 25–27 Sep, 国庆 1–7 Oct, Sat 10 Oct worked)', () => {
    expect(feedbackDeadline('2026-09-24', loaded2026)).toEqual({ date: '2026-10-15', calendarMissing: false });
    expect(feedbackDeadline('2026-09-24', new Map())).toEqual({ date: '2026-10-08', calendarMissing: true });
  });

  it('loads both years for a December start, and says so when the next one is not loaded', () => {
    expect(feedbackYears('2026-12-24')).toEqual([2026, 2027]);
    // Thu 24 Dec 2026: 25, 28–31 Dec, then 2027 over weekends only (1 Jan a Friday like any other) → Thu 7 Jan
    expect(feedbackDeadline('2026-12-24', loaded2026)).toEqual({ date: '2027-01-07', calendarMissing: true });
    const with2027 = new Map([
      ...loaded2026,
      [2027, { holidays: new Set(['2027-01-01']), workdays: new Set<string>() }],
    ]);
    expect(feedbackDeadline('2026-12-24', with2027)).toEqual({ date: '2027-01-08', calendarMissing: false });
  });

  it('grades an adjusted score by the bands of the snapshot’s rules, on their boundaries', () => {
    expect(adjustedGrade(9000, DEFAULT_RULES)).toBe('A');
    expect(adjustedGrade(8999, DEFAULT_RULES)).toBe('B');
    expect(adjustedGrade(7500, DEFAULT_RULES)).toBe('B');
    expect(adjustedGrade(5999, DEFAULT_RULES)).toBe('D');
  });

  it('opens years from the plan’s to the current one', () => {
    expect(evaluationYearAllowed(2017, '2026-12-03')).toBe(false);
    expect(evaluationYearAllowed(2026, '2026-12-03')).toBe(true);
    expect(evaluationYearAllowed(2027, '2026-12-03')).toBe(false);
  });

  it('counts a deadline fixed without a calendar again once its years are loaded, never earlier', () => {
    // Monday 2026-12-28 + 10: 2027 not loaded, weekends only → Monday 2027-01-11, flagged
    const unloaded = feedbackDeadline('2026-12-28', loaded2026);
    expect(unloaded).toEqual({ date: '2027-01-11', calendarMissing: true });
    expect(recountedFeedbackDeadline(unloaded.date, unloaded)).toBeNull(); // still not loaded: stands
    // 2027 loaded with 元旦 Friday 1 January: one more day → Tuesday 12 January
    const with2027 = new Map(loaded2026).set(2027, { holidays: new Set(['2027-01-01']), workdays: new Set() });
    const later = feedbackDeadline('2026-12-28', with2027);
    expect(later).toEqual({ date: '2027-01-12', calendarMissing: false });
    expect(recountedFeedbackDeadline(unloaded.date, later)).toBe('2027-01-12');
    // an exchanged working day (Saturday 9 January) would bring it back to the 11th: the stored day stands
    const equal = { date: '2027-01-11', calendarMissing: false };
    expect(recountedFeedbackDeadline('2027-01-11', equal)).toBe('2027-01-11');
    const earlier = feedbackDeadline(
      '2026-12-28',
      new Map(loaded2026).set(2027, { holidays: new Set(), workdays: new Set(['2027-01-09']) }),
    );
    expect(earlier).toEqual({ date: '2027-01-09', calendarMissing: false });
    expect(recountedFeedbackDeadline(unloaded.date, earlier)).toBe('2027-01-11');
  });
});
