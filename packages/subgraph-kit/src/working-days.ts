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
