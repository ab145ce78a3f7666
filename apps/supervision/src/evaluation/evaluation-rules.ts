// The annual evaluation's course (考核评价, 饶府〔2018〕35号 一.1, 二.5) as data and pure functions.
import {
  addWorkingDaysByYear,
  yearsOfWorkingDays,
  type WorkingDayCount,
  type YearCalendars,
} from '@integrity/subgraph-kit';
import { gradeOf, type ScoringRules } from '../score/scoring-rules.js';

export const EVALUATION_STATUSES = ['PRELIMINARY', 'FINAL', 'PUBLISHED'] as const;
export type EvaluationStatus = (typeof EVALUATION_STATUSES)[number];

/**
 * Working days after the preliminary results within which a department may file feedback. The plan sets no
 * figure; ten working days is the lead department's (县发改局) choice, changeable here only.
 */
export const FEEDBACK_WORKING_DAYS = {
  days: 10,
  source: '饶府〔2018〕35号 一.1、二.5（考核评价）; figure set by the lead department, 县发改局',
} as const;

/** The calendar years the feedback days after a start may pass through (a December start reaches January). */
export const feedbackYears = (startedOn: string): number[] => yearsOfWorkingDays(startedOn, FEEDBACK_WORKING_DAYS.days);

/**
 * The last day feedback may be filed: N working days after the start on each year's loaded calendar (holidays
 * skipped, exchanged working days counted; weekends only in a year not loaded, and then calendarMissing).
 */
export const feedbackDeadline = (startedOn: string, calendars: YearCalendars): WorkingDayCount =>
  addWorkingDaysByYear(startedOn, FEEDBACK_WORKING_DAYS.days, calendars);

/**
 * A deadline fixed while a year it passes through was not loaded, counted again once every such year is: the
 * later of the stored day and the new count — a department that relied on the stored day is never cut short.
 * Null while a year is still not loaded (the stored deadline stands, still flagged).
 */
export function recountedFeedbackDeadline(stored: string, recount: WorkingDayCount): string | null {
  if (recount.calendarMissing) return null;
  return recount.date > stored ? recount.date : stored;
}

export const feedbackOpen = (today: string, deadline: string): boolean => today <= deadline;

/** Scores are kept in hundredths; a grade comes from the bands of the rule version the snapshot used. */
export const hundredths = (score: number): number => Math.round(score * 100);
export const adjustedGrade = (scoreHundredths: number, rules: ScoringRules) =>
  gradeOf(scoreHundredths / 100, rules.grades);

/** Years an evaluation may be opened for: from the plan's year to the current one. */
export const evaluationYearAllowed = (year: number, today: string): boolean =>
  Number.isInteger(year) && year >= 2018 && year <= Number(today.slice(0, 4));
