// Warning causes in supervision's own tables: orders gone overdue, and quarterly task reports not filed in time.
import { addDays } from '@integrity/subgraph-kit';
import type { DataSource } from 'typeorm';
import { PlanTaskReportEntity, PlanTaskUnitEntity } from '../ledger/plan-task.entity.js';
import { periodDays, periodOf, reportDueOn } from '../ledger/reporting-period.js';
import { WEEKENDS_ONLY } from '../ledger/task-report.service.js';
import { RectificationEntity } from '../rectification/rectification.entity.js';
import { WARNING_LINKS, type Signal } from './warning-kinds.js';

/** The quarter before the one `today` is in: the latest whose reports can be overdue. */
export const previousPeriod = (today: string): string => periodOf(addDays(periodDays(periodOf(today)).first, -1));

export async function ownSignals(dataSource: DataSource, today: string): Promise<Signal[]> {
  const signals: Signal[] = [];
  for (const r of await dataSource.getRepository(RectificationEntity).findBy({ status: 'OVERDUE' }))
    signals.push({
      kind: 'RECTIFICATION_OVERDUE',
      departmentId: r.departmentId,
      sourceKey: r.id,
      figure: r.deadline,
      threshold: r.deadline,
      since: r.overdueOn,
      source: 'supervision',
      link: WARNING_LINKS.RECTIFICATION_OVERDUE(r.departmentId),
    });
  const period = previousPeriod(today);
  const due = reportDueOn(period, WEEKENDS_ONLY);
  if (today > due) {
    const [units, reports] = await Promise.all([
      dataSource.getRepository(PlanTaskUnitEntity).find(),
      dataSource.getRepository(PlanTaskReportEntity).findBy({ period }),
    ]);
    const filed = new Set(reports.map((r) => `${r.taskId}|${r.departmentId}`));
    const missing = new Map<string, number>();
    for (const u of units)
      if (!filed.has(`${u.taskId}|${u.departmentId}`))
        missing.set(u.departmentId, (missing.get(u.departmentId) ?? 0) + 1);
    for (const [departmentId, count] of missing)
      signals.push({
        kind: 'TASK_REPORT_OVERDUE',
        departmentId,
        sourceKey: `${departmentId}/${period}`,
        figure: String(count),
        threshold: '0',
        since: addDays(due, 1),
        source: 'supervision',
        link: WARNING_LINKS.TASK_REPORT_OVERDUE(departmentId),
      });
  }
  return signals;
}
