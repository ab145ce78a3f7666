import { queryService, subgraphUrl, type Calendar, type RequestContext } from '@integrity/subgraph-kit';
import type { YearCalendars } from '../deadline/deadline.js';

const WORKING_CALENDAR = 'query CaseworkCalendar($year: Int!) { workingCalendar(year: $year) { date kind } }';

/**
 * The county's working calendar is credit's (administrators keep it there with setCalendarDay): casework
 * reads a year of it with its service credential, once per request and year. A year with no exception at
 * all is taken as not loaded (null). Credit unreachable is DEPENDENCY_UNAVAILABLE: a working-day deadline
 * is never guessed while the calendar exists but cannot be read.
 */
export const calendarsFor = async (ctx: RequestContext, years: number[]): Promise<YearCalendars> => {
  const loader = ctx.loaders.get<number, Calendar | null>('casework.calendar', (keys) =>
    Promise.all(
      keys.map(async (year) => {
        const { workingCalendar } = await queryService<{ workingCalendar: { date: string; kind: string }[] }>(ctx, {
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
      }),
    ),
  );
  const loaded = await Promise.all(years.map((y) => loader.load(y)));
  return new Map(years.map((y, i) => [y, loaded[i]!]));
};
