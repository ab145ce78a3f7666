// What a working-day deadline counts on, read the way the subgraphs read it (the kit's calendarFromDays), so a
// test's expected deadline and the service's come from one reading of credit's calendar.
import { calendarFromDays, type Calendar, type WorkingCalendarYearAnswer } from '@integrity/subgraph-kit';
import type { Stack } from './stack.js';

/**
 * The county calendar over `years` (one request through the gateway, as `token`): the days of the years loaded
 * as a whole, with `loaded` naming them; a year not loaded adds nothing (weekends only there).
 */
export async function countedCalendar(stack: Stack, years: readonly number[], token: string): Promise<Calendar> {
  const fields = years.map((y) => `y${y}: workingCalendarYear(year: ${y}) { loaded days { date kind } }`);
  const { data, errors } = await stack.graphql<Record<string, WorkingCalendarYearAnswer>>(
    `{ ${fields.join(' ')} }`,
    {},
    token,
  );
  if (errors?.length || !data) throw new Error(`reading the working calendar: ${JSON.stringify(errors)}`);
  const answers = years.map((y) => data[`y${y}`]!);
  return calendarFromDays(
    answers.flatMap((a) => a.days),
    new Set(years.filter((_, i) => answers[i]!.loaded)),
  );
}
