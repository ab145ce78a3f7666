import { addDays, weekday } from './dates.js';

export interface Calendar {
  holidays: Set<string>;
  workdays: Set<string>;
  /**
   * The years whose arrangement was loaded as a whole (credit's `calendar_year`): a day set one at a time
   * does not load its year. Absent on a calendar built by hand, where the years with an entry stand in.
   */
  loaded?: ReadonlySet<number>;
}

/**
 * The calendar deadlines count on, from a calendar's day rows: the days of the `loaded` years only (a day set
 * in a year not loaded as a whole counts for nothing there), with `loaded` naming those years.
 */
export function calendarFromDays(
  days: readonly { date: string; kind: string }[],
  loaded: ReadonlySet<number>,
): Calendar {
  const counted = days.filter((d) => loaded.has(Number(d.date.slice(0, 4))));
  return {
    holidays: new Set(counted.filter((d) => d.kind === 'HOLIDAY').map((d) => d.date)),
    workdays: new Set(counted.filter((d) => d.kind === 'WORKDAY').map((d) => d.date)),
    loaded,
  };
}

export const isWorkingDay = (date: string, c: Calendar): boolean => {
  if (c.workdays.has(date)) return true;
  if (c.holidays.has(date)) return false;
  const d = weekday(date);
  return d !== 0 && d !== 6;
};

/** The date `n` working days after `from` (the day of filing does not count). */
export function addWorkingDays(from: string, n: number, c: Calendar): string {
  let date = from;
  for (let counted = 0; counted < n;) {
    date = addDays(date, 1);
    if (isWorkingDay(date, c)) counted += 1;
  }
  return date;
}

/** No holidays or exchanged days: the week alone (a year whose arrangement is not loaded). */
export const WEEKENDS_ONLY: Calendar = { holidays: new Set(), workdays: new Set() };

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(from: string, to: string, c: Calendar): number {
  let n = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(d, c)) n += 1;
  return n;
}

/** The years a calendar has an arrangement loaded for (`loaded`, or by hand any year with an entry). */
export const loadedYears = (c: Calendar): ReadonlySet<number> =>
  c.loaded ?? new Set([...c.holidays, ...c.workdays].map((d) => Number(d.slice(0, 4))));

/** Whether some year from `from` to `to` has no arrangement loaded: its working days counted weekends only. */
export function calendarMissing(from: string, to: string, c: Calendar): boolean {
  const loaded = loadedYears(c);
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y += 1) if (!loaded.has(y)) return true;
  return false;
}

/** Each year's arrangement, or null for a year none has been loaded for (the county's calendar, by year). */
export type YearCalendars = ReadonlyMap<number, Calendar | null>;

/** A day counted in working days, and whether a year the count passed through had no arrangement loaded. */
export interface WorkingDayCount {
  date: string;
  /** Some day counted lies in a year whose calendar is not loaded: weekends only were skipped there. */
  calendarMissing: boolean;
}

/**
 * `n` working days after `from` (the day itself does not count) on each year's own arrangement; a year not
 * loaded (null or absent) is counted over weekends only, and the answer says so.
 */
export function addWorkingDaysByYear(from: string, n: number, calendars: YearCalendars): WorkingDayCount {
  let date = from;
  let calendarMissing = false;
  for (let counted = 0; counted < n;) {
    date = addDays(date, 1);
    const calendar = calendars.get(Number(date.slice(0, 4))) ?? null;
    if (!calendar) calendarMissing = true;
    if (isWorkingDay(date, calendar ?? WEEKENDS_ONLY)) counted += 1;
  }
  return { date, calendarMissing };
}

/**
 * The years a count of `n` working days after `from` may pass through: the calendars to load for it. Twice
 * the days plus two weeks covers the longest run of holidays (春节 with its weekends) with room to spare.
 */
export function yearsOfWorkingDays(from: string, n: number): number[] {
  const first = Number(addDays(from, 1).slice(0, 4));
  const last = Number(addDays(from, n * 2 + 14).slice(0, 4));
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}
