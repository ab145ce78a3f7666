// Demo: the quarter before the seed day reported on time by every responsible department but two (县审计局 and
// 饶洋镇), so the ledger, the overdue-report warning and the score's deduction show a county as it is in practice.
import { randomUUID } from 'node:crypto';
import { demoDepartments } from '@integrity/demo-data';
import { addDays, today } from '@integrity/subgraph-kit';
import type { DataSource } from 'typeorm';
import { previousPeriod } from '../ledger/overdue-reports.js';
import { PlanTaskReportEntity, PlanTaskUnitEntity } from '../ledger/plan-task.entity.js';
import { periodDays } from '../ledger/reporting-period.js';

/** The departments of the demo county that have not reported. */
export const DEMO_LATE_REPORTERS = ['县审计局', '饶洋镇人民政府'];

export async function seedTaskReports(dataSource: DataSource, on = today()): Promise<void> {
  const reports = dataSource.getRepository(PlanTaskReportEntity);
  if ((await reports.count()) > 0) return;
  const late = new Set(demoDepartments.filter((d) => DEMO_LATE_REPORTERS.includes(d.shortName)).map((d) => d.id));
  const period = previousPeriod(on);
  // the third day after the quarter: within the working days allowed, whatever the weekday
  const reportedOn = addDays(periodDays(period).last, 3);
  const rows = (await dataSource.getRepository(PlanTaskUnitEntity).find())
    .filter((u) => !late.has(u.departmentId))
    .map((u) => ({
      id: randomUUID(),
      taskId: u.taskId,
      departmentId: u.departmentId,
      period,
      status: 'ON_TRACK' as const,
      progress: '已按方案部署推进，相关制度和台账已建立，按季度报送进展。',
      evidence: null,
      reportedBy: 'system',
      reportedOn,
      firstReportedOn: reportedOn,
      version: 1,
    }));
  for (let i = 0; i < rows.length; i += 200) await reports.insert(rows.slice(i, i + 200));
}
