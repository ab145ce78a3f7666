// Warning causes in supervision's own tables: orders gone overdue, and quarterly task reports not filed in time.
import { addDays, AppError, type JobContext } from '@integrity/subgraph-kit';
import { overdueReports } from '../ledger/overdue-reports.js';
import { RectificationEntity } from '../rectification/rectification.entity.js';
import { WARNING_LINKS, WARNING_SOURCES, type Signal, type SourcedKind } from './warning-kinds.js';

/**
 * Causes in supervision's own tables, and the kinds this sweep could not judge: the task reports' due day is
 * counted on credit's calendar, so while credit does not answer TASK_REPORT_OVERDUE stays as it is.
 */
export async function ownSignals(
  job: JobContext,
  today: string,
): Promise<{ signals: Signal[]; unknownKinds: SourcedKind[] }> {
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
      source: WARNING_SOURCES.RECTIFICATION_OVERDUE,
      link: WARNING_LINKS.RECTIFICATION_OVERDUE(r.departmentId),
    });
  const reports = await overdueReports(job, today).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'DEPENDENCY_UNAVAILABLE') return null;
    throw error;
  });
  if (!reports) return { signals, unknownKinds: ['TASK_REPORT_OVERDUE'] };
  const { period, due, missing } = reports;
  for (const [departmentId, count] of missing)
    signals.push({
      kind: 'TASK_REPORT_OVERDUE',
      departmentId,
      sourceKey: `${departmentId}/${period}`,
      figure: String(count),
      threshold: '0',
      since: addDays(due, 1),
      source: WARNING_SOURCES.TASK_REPORT_OVERDUE,
      link: WARNING_LINKS.TASK_REPORT_OVERDUE(departmentId),
    });
  return { signals, unknownKinds: [] };
}
