import { addDays, weekday } from './dates.js';

export interface Calendar {
  holidays: Set<string>;
  workdays: Set<string>;
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

/** The years a calendar has an arrangement loaded for (any holiday or exchanged working day in them). */
export const loadedYears = (c: Calendar): Set<string> =>
  new Set([...c.holidays, ...c.workdays].map((d) => d.slice(0, 4)));

/** Whether some year from `from` to `to` has no arrangement loaded: its working days counted weekends only. */
export function calendarMissing(from: string, to: string, c: Calendar): boolean {
  const loaded = loadedYears(c);
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y += 1) if (!loaded.has(String(y))) return true;
  return false;
}
