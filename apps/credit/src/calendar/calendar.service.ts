import { badInput, isValidDate, recordAudit, requireRole } from '@integrity/subgraph-kit';
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
