import { OPEN_CASE_STATUSES } from '@integrity/rules';
import { calendarsFor, today, workingDaysBetween, type Calendar, type RequestContext } from '@integrity/subgraph-kit';
import type { CaseView } from './case-view.js';

/** The loaded years' calendars as one (a year not loaded adds nothing: weekends only there). */
const merged = (calendars: Iterable<Calendar | null>): Calendar => {
  const all: Calendar = { holidays: new Set(), workdays: new Set() };
  for (const c of calendars) {
    c?.holidays.forEach((d) => all.holidays.add(d));
    c?.workdays.forEach((d) => all.workdays.add(d));
  }
  return all;
};

/**
 * How many working days an open case has left before its deadline, or (negative) how many it is past it —
 * what the inbox colours by. The calendar years come through the request's loader: one read a year for a page.
 */
export async function workingDaysLeft(ctx: RequestContext, c: CaseView): Promise<number | null> {
  if (!OPEN_CASE_STATUSES.includes(c.status) || !c.deadline) return null;
  const now = today();
  const [from, to] = c.deadline >= now ? [now, c.deadline] : [c.deadline, now];
  const years: number[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y += 1) years.push(y);
  const calendar = merged((await calendarsFor(ctx, years)).values());
  const days = workingDaysBetween(from, to, calendar);
  // past its deadline it is overdue even on a weekend with no working day since
  return c.deadline >= now ? days : -Math.max(1, days);
}
