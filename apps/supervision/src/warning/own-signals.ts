// Warning causes in supervision's own tables: orders gone overdue, and quarterly task reports not filed in time.
import { addDays, type JobContext } from '@integrity/subgraph-kit';
import { overdueReports } from '../ledger/overdue-reports.js';
import { RectificationEntity } from '../rectification/rectification.entity.js';
import { WARNING_LINKS, type Signal } from './warning-kinds.js';

export async function ownSignals(job: JobContext, today: string): Promise<Signal[]> {
  const { dataSource } = job;
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
  const { period, due, missing } = await overdueReports(job, today);
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
  return signals;
}
