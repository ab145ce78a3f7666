import { randomUUID } from 'node:crypto';
import { overseesEveryDepartment } from '@integrity/rules';
import {
  badInput,
  conflict,
  forbidden,
  notFound,
  recordAudit,
  requireCaller,
  today,
  type RequestContext,
  calendarsFor,
} from '@integrity/subgraph-kit';
import { In } from 'typeorm';
import { PlanTaskEntity, PlanTaskReportEntity } from './plan-task.entity.js';
import { unitsOfTask } from './plan-task.service.js';
import { filedOn, isPeriod, periodDays, reportDueOn, reportDueYears, reportState } from './reporting-period.js';
import type { ReportTaskProgressInput } from './task-report.type.js';

// Due days count on the county's calendar (credit's) of the years involved, read once per year per request
// however many lines a ledger page has; a year not loaded is counted over weekends only and says so.

const seesEveryReport = (ctx: RequestContext) => overseesEveryDepartment(ctx.caller ?? null);

/** Reports of many (task, quarter) pairs in one statement. */
const reportsOf = (ctx: RequestContext, taskId: string, period: string) =>
  ctx.loaders
    .get<string, PlanTaskReportEntity[]>('planTask.reports', async (keys) => {
      const pairs = keys.map((k) => k.split('|') as [string, string]);
      const rows = await ctx.dataSource.getRepository(PlanTaskReportEntity).findBy({
        taskId: In([...new Set(pairs.map((p) => p[0]))]),
        period: In([...new Set(pairs.map((p) => p[1]))]),
      });
      return keys.map((k) => rows.filter((r) => `${r.taskId}|${r.period}` === k));
    })
    .load(`${taskId}|${period}`);

/**
 * Each responsible department's line for the task and quarter. Leaders, supervisors, admins and SUPERVISION
 * officers see every line; a lead department sees its co-operators' lines; a co-operating department its own;
 * anyone else none (an empty list, so the ledger still loads).
 */
export async function reportLines(ctx: RequestContext, task: PlanTaskEntity, period: string) {
  const caller = requireCaller(ctx);
  if (!isPeriod(period)) throw badInput('period', 'INVALID_PERIOD', 'a quarter such as 2026Q4');
  const [units, reports, calendars] = await Promise.all([
    unitsOfTask(ctx, task.id),
    reportsOf(ctx, task.id, period),
    calendarsFor(ctx, reportDueYears(period)),
  ]);
  const due = reportDueOn(period, calendars);
  const own = units.find((u) => u.departmentId === caller.departmentId);
  const visible = seesEveryReport(ctx) || own?.role === 'LEAD' ? units : own ? [own] : [];
  const now = today();
  return visible.map((u) => {
    const report = reports.find((r) => r.departmentId === u.departmentId) ?? null;
    return {
      department: { id: u.departmentId },
      role: u.role,
      period,
      dueOn: due.date,
      state: reportState(period, report ? filedOn(report) : null, now, due.date),
      calendarMissing: due.calendarMissing,
      report: report && { ...report, department: { id: report.departmentId } },
    };
  });
}

/** A responsible department files (or replaces) its report for a quarter that has started. */
export async function reportTaskProgress(ctx: RequestContext, taskId: string, input: ReportTaskProgressInput) {
  const caller = requireCaller(ctx);
  const task = await ctx.dataSource.getRepository(PlanTaskEntity).findOneBy({ id: taskId });
  if (!task) throw notFound('plan task', taskId);
  const unit = (await unitsOfTask(ctx, taskId)).find((u) => u.departmentId === caller.departmentId);
  if (!unit) throw forbidden('only the departments the plan names for this task report on it', 'NOT_RESPONSIBLE');
  const now = today();
  if (periodDays(input.period).first > now)
    throw badInput('input.period', 'PERIOD_NOT_STARTED', `the quarter ${input.period} has not started`, {
      period: input.period,
    });
  return ctx.dataSource.transaction(async (m) => {
    const repo = m.getRepository(PlanTaskReportEntity);
    const before = await repo.findOneBy({ taskId, departmentId: unit.departmentId, period: input.period });
    const after: PlanTaskReportEntity = {
      id: before?.id ?? randomUUID(),
      taskId,
      departmentId: unit.departmentId,
      period: input.period,
      status: input.status,
      progress: input.progress.trim(),
      evidence: input.evidence?.trim() || null,
      reportedBy: caller.username,
      reportedOn: now,
      // filed again (a correction): still judged on the day it was first filed
      firstReportedOn: before ? filedOn(before) : now,
      version: (before?.version ?? 0) + 1,
    };
    if (before) {
      // two filings at once: the second finds the version moved and is told so, not silently overwritten
      const { affected } = await repo.update({ id: before.id, version: before.version }, after);
      if (affected !== 1) throw conflict('task report', before.id);
    } else await repo.insert(after);
    await recordAudit(m, ctx, {
      action: 'plan-task.report',
      entityType: 'TaskReport',
      entityId: after.id,
      before,
      after,
    });
    return { ...after, department: { id: after.departmentId } };
  });
}
