import { badInput, isValidDate, recordAudit, requireRole } from '@integrity/subgraph-kit';
import { Like } from 'typeorm';
import { CalendarDayEntity } from './calendar.entity.js';
import type { Calendar, RequestContext } from '@integrity/subgraph-kit';

/** The holiday table, read once per request (it holds a few dozen rows a year). */
export const loadCalendar = (ctx: RequestContext): Promise<Calendar> =>
  ctx.loaders
    .get<string, Calendar>('calendar', async (keys) => {
      const rows = await ctx.dataSource.manager.find(CalendarDayEntity);
      const c: Calendar = {
        holidays: new Set(rows.filter((r) => r.kind === 'HOLIDAY').map((r) => r.date)),
        workdays: new Set(rows.filter((r) => r.kind === 'WORKDAY').map((r) => r.date)),
      };
      return keys.map(() => c);
    })
    .load('all');

/** Who may read it is declared on `workingCalendar`. */
export async function listCalendar(ctx: RequestContext, year: number) {
  const rows = await ctx.dataSource.manager.find(CalendarDayEntity, { order: { date: 'ASC' } });
  return rows.filter((r) => r.date.startsWith(`${year}-`));
}

/** Administrators keep the calendar as data: each year's holidays and exchanged working days. */
export async function setCalendarDay(
  ctx: RequestContext,
  date: string,
  kind: 'HOLIDAY' | 'WORKDAY' | 'NORMAL',
  name: string,
) {
  requireRole(ctx, 'ADMIN');
  if (!isValidDate(date)) throw badInput('date', 'INVALID_DATE', 'date must be YYYY-MM-DD');
  return ctx.dataSource.transaction(async (m) => {
    const before = await m.findOneBy(CalendarDayEntity, { date });
    if (kind === 'NORMAL') await m.delete(CalendarDayEntity, { date });
    else await m.save(CalendarDayEntity, { date, kind, name: name.trim() || kind });
    await recordAudit(m, ctx, {
      action: 'calendar.set',
      entityType: 'CalendarDay',
      entityId: date,
      before,
      after: { date, kind, name },
    });
    return { date, kind, name };
  });
}

/**
 * A year's arrangement replaced in one go: each day in the year and only once (refused on `days.N.date`
 * otherwise), the year's old days gone, audited as one change.
 */
export async function loadCalendarYear(
  ctx: RequestContext,
  year: number,
  days: { date: string; kind: 'HOLIDAY' | 'WORKDAY'; name: string }[],
) {
  requireRole(ctx, 'ADMIN');
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw badInput('year', 'INVALID_YEAR', 'year must be between 2000 and 2100', { min: 2000, max: 2100 });
  const seen = new Set<string>();
  days.forEach((d, i) => {
    if (!isValidDate(d.date) || !d.date.startsWith(`${year}-`))
      throw badInput(`days.${i}.date`, 'DATE_NOT_IN_YEAR', `days[${i}].date must be a date in ${year}`, { year });
    if (seen.has(d.date))
      throw badInput(`days.${i}.date`, 'DUPLICATE_DATE', `${d.date} is listed twice`, { date: d.date });
    seen.add(d.date);
  });
  return ctx.dataSource.transaction(async (m) => {
    const before = await m.find(CalendarDayEntity, { where: { date: Like(`${year}-%`) }, order: { date: 'ASC' } });
    await m.delete(CalendarDayEntity, { date: Like(`${year}-%`) });
    const after = days
      .map((d) => ({ date: d.date, kind: d.kind, name: d.name.trim() }))
      .sort((a, b) => a.date.localeCompare(b.date));
    if (after.length) await m.insert(CalendarDayEntity, after);
    await recordAudit(m, ctx, {
      action: 'calendar.load',
      entityType: 'CalendarYear',
      entityId: String(year),
      before,
      after,
    });
    return after;
  });
}
