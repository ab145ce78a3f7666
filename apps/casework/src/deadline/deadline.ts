import {
  addDays,
  addMonths,
  addWorkingDaysByYear,
  type WorkingDayCount,
  type YearCalendars,
} from '@integrity/subgraph-kit';

export type { YearCalendars };

/** How a period is counted: calendar days, working days (the county's calendar), or calendar months. */
export const PERIOD_UNITS = ['DAYS', 'WORKING_DAYS', 'MONTHS'] as const;
export type PeriodUnit = (typeof PERIOD_UNITS)[number];

/** A deadline, and whether a year it was counted through had no calendar loaded (weekends only there). */
export type Deadline = WorkingDayCount;

/**
 * The last day of a period starting on `start` (the start day itself does not count: "within 15 days of
 * receipt" received on the 1st ends on the 16th). Months are calendar months clamped to the month's end
 * (31 Jan + 1 month = 28/29 Feb). Working days skip weekends, holidays and count exchanged working days;
 * in a year whose calendar is not loaded only weekends are skipped and the deadline says so.
 */
export function periodEnd(start: string, amount: number, unit: PeriodUnit, calendars: YearCalendars): Deadline {
  if (unit === 'DAYS') return { date: addDays(start, amount), calendarMissing: false };
  if (unit === 'MONTHS') return { date: addMonths(start, amount), calendarMissing: false };
  return addWorkingDaysByYear(start, amount, calendars);
}

/** The years a working-day period from `start` may reach (a year's worth of days is far beyond any rule). */
export const yearsReached = (start: string, amount: number, unit: PeriodUnit): number[] => {
  const first = Number(start.slice(0, 4));
  const last = Number(
    periodEnd(
      start,
      unit === 'WORKING_DAYS' ? amount * 2 + 14 : amount,
      unit === 'MONTHS' ? 'MONTHS' : 'DAYS',
      new Map(),
    ).date.slice(0, 4),
  );
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
};
