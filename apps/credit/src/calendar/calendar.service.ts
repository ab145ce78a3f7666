import {
  badInput,
  calendarYearChange,
  isValidDate,
  recordAudit,
  requireCaller,
  requireRole,
} from '@integrity/subgraph-kit';
import { Like } from 'typeorm';
import { CalendarDayEntity } from './calendar.entity.js';
import { countedCalendar, applyCalendarChange } from './deadline-recount.js';
import { CalendarYearEntity } from './calendar-year.entity.js';
import type { Calendar, RequestContext } from '@integrity/subgraph-kit';

/**
 * The county calendar as credit's own deadlines count it, read once per request (a few dozen rows a year):
 * the days of the years loaded as a whole only, as the kit's client gives other subgraphs — a year not loaded
 * is counted over weekends only everywhere, even if a day of it was set on its own.
 */
export const loadCalendar = (ctx: RequestContext): Promise<Calendar> =>
  ctx.loaders
    .get<string, Calendar>('calendar', async (keys) => {
      const [rows, years] = await Promise.all([
        ctx.dataSource.manager.find(CalendarDayEntity),
        ctx.dataSource.manager.find(CalendarYearEntity),
      ]);
      const c = countedCalendar(rows, years);
      return keys.map(() => c);
    })
    .load('all');

/** Who may read it is declared on `workingCalendar`. */
export async function listCalendar(ctx: RequestContext, year: number) {
  return ctx.dataSource.manager.find(CalendarDayEntity, {
    where: { date: Like(`${year}-%`) },
    order: { date: 'ASC' },
  });
}

/** A year's days and whether (when, by whom) its arrangement was loaded as a whole. */
export async function calendarYear(ctx: RequestContext, year: number) {
  const [days, loaded] = await Promise.all([
    listCalendar(ctx, year),
    ctx.dataSource.manager.findOneBy(CalendarYearEntity, { year }),
  ]);
  return { year, loaded: !!loaded, loadedAt: loaded?.loadedAt ?? null, loadedBy: loaded?.loadedBy ?? null, days };
}

/**
 * Administrators keep the calendar as data: one day corrected (or with NORMAL its exception removed). It does
 * not load its year: deadlines count a year only once its whole arrangement is loaded (`loadCalendarYear`).
 */
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
    // a corrected day in a loaded year moves the open deadlines counted over it, in every domain
    await applyCalendarChange(m, ctx, { from: date, to: date, cause: `calendar.set ${date}` });
    return { date, kind, name };
  });
}

/**
 * A year's arrangement replaced in one go: each day in the year and only once (refused on `days.N.date`
 * otherwise), the year's old days gone, the year marked loaded (when, by whom), audited as one change.
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
    const wasLoaded = await m.findOneBy(CalendarYearEntity, { year });
    await m.delete(CalendarDayEntity, { date: Like(`${year}-%`) });
    const after = days
      .map((d) => ({ date: d.date, kind: d.kind, name: d.name.trim() }))
      .sort((a, b) => a.date.localeCompare(b.date));
    if (after.length) await m.insert(CalendarDayEntity, after);
    const loaded = { year, loadedAt: new Date().toISOString(), loadedBy: requireCaller(ctx).username };
    await m.save(CalendarYearEntity, loaded);
    await recordAudit(m, ctx, {
      action: 'calendar.load',
      entityType: 'CalendarYear',
      entityId: String(year),
      before: { loaded: wasLoaded, days: before },
      after: { loaded, days: after },
    });
    // open deadlines counted over this year (weekends only while it was not loaded) count again, in every domain
    await applyCalendarChange(m, ctx, calendarYearChange(year, `calendar.load ${year}`));
    return after;
  });
}
