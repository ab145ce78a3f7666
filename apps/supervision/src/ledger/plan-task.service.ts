import { groupByKey, paginate, type RequestContext } from '@integrity/subgraph-kit';
import { In } from 'typeorm';
import { PlanTaskEntity, PlanTaskUnitEntity } from './plan-task.entity.js';
import type { PlanTasksArgs } from './plan-task.type.js';

/** The plan's tasks in its order; every signed-in user reads the ledger (declared on `planTasks`). */
export async function listPlanTasks(ctx: RequestContext, args: PlanTasksArgs) {
  const qb = ctx.dataSource.getRepository(PlanTaskEntity).createQueryBuilder('t');
  if (args.departmentId) {
    qb.andWhere('t.id IN (SELECT u.task_id FROM plan_task_unit u WHERE u.department_id = :departmentId)', {
      departmentId: args.departmentId,
    });
  }
  return paginate(qb.orderBy('t.sort_key'), args);
}

/** The departments of many tasks in one statement. */
export const unitsOfTask = (ctx: RequestContext, taskId: string) =>
  ctx.loaders
    .get<string, PlanTaskUnitEntity[]>('planTask.units', async (ids) =>
      groupByKey(
        ids,
        await ctx.dataSource.getRepository(PlanTaskUnitEntity).findBy({ taskId: In([...ids]) }),
        (u) => u.taskId,
      ),
    )
    .load(taskId);
