// The county's working calendar is credit's (administrators load a year's arrangement whole, from the console
// or a CSV, and correct single days with setCalendarDay); subgraphs counting working-day deadlines read it
// here, with their service credential.
import type { RequestContext } from './context.js';
import { queryService, subgraphUrl, type ServiceCaller } from './service-client.js';
import { calendarFromDays, type Calendar, type YearCalendars } from './working-days.js';

/** One year of credit's calendar: whether its arrangement was loaded as a whole, and its days. */
export const WORKING_CALENDAR_YEAR =
  'query WorkingCalendarYear($year: Int!) { workingCalendarYear(year: $year) { loaded days { date kind } } }';

/** What `workingCalendarYear` answers (the fields the kit reads). */
export interface WorkingCalendarYearAnswer {
  loaded: boolean;
  days: { date: string; kind: string }[];
}

/**
 * A year's calendar as deadlines count it, or null when its arrangement was never loaded as a whole (a day set
 * on its own does not load a year): such a year is counted over weekends only and flagged calendarMissing.
 * The one reading of credit's answer; tests build their expected calendars with it too.
 */
export function calendarOfYear(year: number, answer: WorkingCalendarYearAnswer): Calendar | null {
  return answer.loaded ? calendarFromDays(answer.days, new Set([year])) : null;
}

/** One year from credit. */
async function yearOf(caller: ServiceCaller, year: number): Promise<Calendar | null> {
  const { workingCalendarYear } = await queryService<{ workingCalendarYear: WorkingCalendarYearAnswer }>(caller, {
    service: 'credit',
    url: subgraphUrl('credit', 4002),
    query: WORKING_CALENDAR_YEAR,
    variables: { year },
  });
  return calendarOfYear(year, workingCalendarYear);
}

/**
 * The calendars of `years`: in a request once per year however many rows ask (the request's loader); in a
 * background job (no loaders) once per call. Credit unreachable is DEPENDENCY_UNAVAILABLE: a working-day
 * deadline is never guessed while the calendar exists but cannot be read.
 */
export async function calendarsFor(
  ctx: ServiceCaller & Partial<Pick<RequestContext, 'loaders'>>,
  years: readonly number[],
): Promise<YearCalendars> {
  const distinct = [...new Set(years)];
  const loader = ctx.loaders?.get<number, Calendar | null>('kit.workingCalendar', (keys) =>
    Promise.all(keys.map((y) => yearOf(ctx, y))),
  );
  const loaded = await Promise.all(distinct.map((y) => (loader ? loader.load(y) : yearOf(ctx, y))));
  return new Map(distinct.map((y, i) => [y, loaded[i] ?? null]));
}
