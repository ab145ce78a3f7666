// Task reports not filed in time: for the quarter before today's, once its reporting days are over, every
// (duty, responsible department) without a report (the warning's: what is still to do) or whose report came
// after its due day (with the missing ones, the score's: filing late does not undo the lateness).
import { addDays, calendarsFor, today, type JobContext, type RequestContext } from '@integrity/subgraph-kit';
import { In } from 'typeorm';
import { PlanTaskReportEntity, PlanTaskUnitEntity } from './plan-task.entity.js';
import { filedOn, periodDays, periodOf, reportDueOn, reportDueYears } from './reporting-period.js';

/** The quarter before the one `today` is in: the latest whose reports can be overdue. */
export const previousPeriod = (today: string): string => periodOf(addDays(periodDays(periodOf(today)).first, -1));

export interface OverdueReports {
  period: string;
  /** The last day a report was due (on the county's calendar). */
  due: string;
  /** Missing reports per department (departments with none are absent). */
  missing: Map<string, number>;
  /** Reports first filed after the due day, per department (departments with none are absent). */
  late: Map<string, number>;
}

/**
 * Overdue reports on `today`, of the given departments (all when omitted): two statements, and the calendar
 * years of the due day (once per request in a request, once per sweep in the warning job).
 */
export async function overdueReports(
  ctx: JobContext & Partial<Pick<RequestContext, 'loaders'>>,
  today: string,
  departmentIds?: readonly string[],
): Promise<OverdueReports> {
  const { dataSource } = ctx;
  const period = previousPeriod(today);
  const { date: due } = reportDueOn(period, await calendarsFor(ctx, reportDueYears(period)));
  const missing = new Map<string, number>();
  const late = new Map<string, number>();
  if (today <= due || departmentIds?.length === 0) return { period, due, missing, late };
  const only = departmentIds ? { departmentId: In([...departmentIds]) } : {};
  const [units, reports] = await Promise.all([
    dataSource.getRepository(PlanTaskUnitEntity).findBy(only),
    dataSource.getRepository(PlanTaskReportEntity).findBy({ period, ...only }),
  ]);
  const filed = new Map(reports.map((r) => [`${r.taskId}|${r.departmentId}`, filedOn(r)]));
  const add = (counts: Map<string, number>, departmentId: string) =>
    counts.set(departmentId, (counts.get(departmentId) ?? 0) + 1);
  for (const u of units) {
    const on = filed.get(`${u.taskId}|${u.departmentId}`);
    if (on === undefined) add(missing, u.departmentId);
    else if (on > due) add(late, u.departmentId);
  }
  return { period, due, missing, late };
}

/**
 * Reports not filed in time per department today, missing or late, for every department of the request in one
 * load (the score's figure).
 */
export const overdueReportCounts = (ctx: RequestContext) =>
  ctx.loaders.get<string, number>('department.overdueTaskReports', async (ids) => {
    const { missing, late } = await overdueReports(ctx, today(), ids);
    return ids.map((id) => (missing.get(id) ?? 0) + (late.get(id) ?? 0));
  });
