// The county's working calendar is credit's (administrators keep it there with setCalendarDay or the yearly
// import); subgraphs counting working-day deadlines read it here, with their service credential.
import type { RequestContext } from './context.js';
import { queryService, subgraphUrl, type ServiceCaller } from './service-client.js';
import type { Calendar, YearCalendars } from './working-days.js';

const WORKING_CALENDAR = 'query WorkingCalendar($year: Int!) { workingCalendar(year: $year) { date kind } }';

/** One year from credit: a year with no exception at all is taken as not loaded (null). */
async function yearOf(caller: ServiceCaller, year: number): Promise<Calendar | null> {
  const { workingCalendar } = await queryService<{ workingCalendar: { date: string; kind: string }[] }>(caller, {
    service: 'credit',
    url: subgraphUrl('credit', 4002),
    query: WORKING_CALENDAR,
    variables: { year },
  });
  if (!workingCalendar.length) return null;
  return {
    holidays: new Set(workingCalendar.filter((d) => d.kind === 'HOLIDAY').map((d) => d.date)),
    workdays: new Set(workingCalendar.filter((d) => d.kind === 'WORKDAY').map((d) => d.date)),
  };
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
