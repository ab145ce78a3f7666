import { readFileSync } from 'node:fs';
import type { DataSource } from 'typeorm';
import { PLAN_FILE } from './plan-file.js';
import { PlanTaskEntity, PlanTaskUnitEntity } from './plan-task.entity.js';
import { parsePlan } from './plan-text.js';
import { resolveUnits, type DirectoryDepartment } from './responsible-departments.js';

export const PLAN_CODE = '饶府〔2018〕35号';

/**
 * Loads the plan's tasks with their departments, once (a ledger already loaded is left alone). Returns the
 * names no department matched, per task, so the caller reports them: nothing is dropped silently.
 */
export async function loadPlanLedger(
  dataSource: DataSource,
  departments: DirectoryDepartment[],
): Promise<{ tasks: number; unresolved: Record<string, string[]> }> {
  if ((await dataSource.getRepository(PlanTaskEntity).count()) > 0) return { tasks: 0, unresolved: {} };
  const tasks = parsePlan(readFileSync(PLAN_FILE, 'utf8'));
  const unresolved: Record<string, string[]> = {};
  await dataSource.transaction(async (m) => {
    for (const [i, task] of tasks.entries()) {
      const id = `${task.section}.${task.seq}`;
      const resolved = resolveUnits(task, departments);
      if (resolved.unresolved.length) unresolved[id] = resolved.unresolved;
      await m.insert(PlanTaskEntity, {
        id,
        planCode: PLAN_CODE,
        section: task.section,
        seq: task.seq,
        sortKey: i + 1,
        dutyTitle: task.dutyTitle.slice(0, 200),
        text: task.text,
        responsible: task.responsible.slice(0, 500),
        unresolvedNames: resolved.unresolved.join('、'),
      });
      if (resolved.units.length)
        await m.insert(
          PlanTaskUnitEntity,
          resolved.units.map((u) => ({ taskId: id, ...u })),
        );
    }
  });
  return { tasks: tasks.length, unresolved };
}
