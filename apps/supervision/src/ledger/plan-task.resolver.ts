import { Allow, allow, type RequestContext } from '@integrity/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Department } from '../department/department.type.js';
import type { PlanTaskEntity } from './plan-task.entity.js';
import { listPlanTasks, unitsOfTask } from './plan-task.service.js';
import { PlanTask, PlanTaskPage, PlanTasksArgs } from './plan-task.type.js';
import { reportLines, reportTaskProgress } from './task-report.service.js';
import { unitsWithoutDepartment } from './responsible-departments.js';
import { ReportTaskProgressInput, TaskReport, TaskReportLine } from './task-report.type.js';

@Resolver(() => PlanTask)
export class PlanTaskResolver {
  @Query(() => PlanTaskPage, {
    description: 'The county plan’s task ledger (任务台账), in the plan’s order. Any signed-in user.',
  })
  @Allow(allow.signedIn())
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

  @FieldResolver(() => [TaskReportLine], {
    description:
      'Each responsible department’s report line for a quarter: leaders, supervisors, administrators and county-wide SUPERVISION officers see all, a lead department its co-operators too, a co-operating department its own.',
  })
  reportLines(
    @Root() t: PlanTaskEntity,
    @Arg('period', { description: 'The quarter, e.g. "2026Q4".' }) period: string,
    @Ctx() ctx: RequestContext,
  ) {
    return reportLines(ctx, t, period);
  }

  @Mutation(() => TaskReport, {
    description:
      'File (or replace) your department’s progress report on a task for a quarter that has started. Officers of a department the plan names for the task.',
  })
  @Allow(allow.roles('OFFICER'))
  reportTaskProgress(
    @Arg('taskId', () => ID) taskId: string,
    @Arg('input') input: ReportTaskProgressInput,
    @Ctx() ctx: RequestContext,
  ) {
    return reportTaskProgress(ctx, taskId, input);
  }

  @FieldResolver(() => [String])
  unresolvedNames(@Root() t: PlanTaskEntity): string[] {
    return unresolvedOf(t);
  }

  @FieldResolver(() => [String])
  otherLeadUnits(@Root() t: PlanTaskEntity): string[] {
    return unitsWithoutDepartment(t.responsible, unresolvedOf(t)).lead;
  }

  @FieldResolver(() => [String])
  otherCooperatingUnits(@Root() t: PlanTaskEntity): string[] {
    return unitsWithoutDepartment(t.responsible, unresolvedOf(t)).cooperating;
  }
}

const unresolvedOf = (t: PlanTaskEntity): string[] => (t.unresolvedNames ? t.unresolvedNames.split('、') : []);
