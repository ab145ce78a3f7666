import type { RequestContext } from '@integrity/subgraph-kit';
import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Department } from '../department/department.type.js';
import type { PlanTaskEntity } from './plan-task.entity.js';
import { listPlanTasks, unitsOfTask } from './plan-task.service.js';
import { PlanTask, PlanTaskPage, PlanTasksArgs } from './plan-task.type.js';

@Resolver(() => PlanTask)
export class PlanTaskResolver {
  @Query(() => PlanTaskPage, { description: 'The county plan’s task ledger (任务台账), in the plan’s order. Any signed-in user.' })
  planTasks(@Args() args: PlanTasksArgs, @Ctx() ctx: RequestContext) {
    return listPlanTasks(ctx, args);
  }

  @FieldResolver(() => [Department])
  async leadDepartments(@Root() t: PlanTaskEntity, @Ctx() ctx: RequestContext): Promise<Department[]> {
    return (await unitsOfTask(ctx, t.id)).filter((u) => u.role === 'LEAD').map((u) => ({ id: u.departmentId }));
  }

  @FieldResolver(() => [Department])
  async cooperatingDepartments(@Root() t: PlanTaskEntity, @Ctx() ctx: RequestContext): Promise<Department[]> {
    return (await unitsOfTask(ctx, t.id)).filter((u) => u.role === 'COOPERATING').map((u) => ({ id: u.departmentId }));
  }

  @FieldResolver(() => [String])
  unresolvedNames(@Root() t: PlanTaskEntity): string[] {
    return t.unresolvedNames ? t.unresolvedNames.split('、') : [];
  }
}
