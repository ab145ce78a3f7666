import { OPEN_CASE_STATUSES } from '@integrity/rules';
import { byKey, groupByKey, today, type RequestContext } from '@integrity/subgraph-kit';
import { In } from 'typeorm';
import { CaseEntity, CoHandlerEntity } from './case.entity.js';

/** Open after its deadline (from the day after it). */
export const isOverdue = (c: Pick<CaseEntity, 'status' | 'deadline'>, now = today()): boolean =>
  OPEN_CASE_STATUSES.includes(c.status) && !!c.deadline && c.deadline < now;

/** The case as GraphQL shows it; co-handlers come through their own loader. */
export const caseView = (c: CaseEntity) => ({
  ...c,
  calendarMissing: !!c.calendarMissing,
  overdue: isOverdue(c),
  department: c.departmentId ? { id: c.departmentId } : null,
  concernedDepartment: c.concernedDepartmentId ? { id: c.concernedDepartmentId } : null,
});
export type CaseView = ReturnType<typeof caseView>;

/** Co-handlers of many cases in one statement (a page of cases). */
export const coHandlersOf = (ctx: RequestContext) =>
  ctx.loaders.get<string, { id: string }[]>('case.coHandlers', async (ids) =>
    groupByKey(
      ids,
      await ctx.dataSource.getRepository(CoHandlerEntity).find({
        where: { caseId: In([...ids]) },
        order: { departmentId: 'ASC' },
      }),
      (r) => r.caseId,
    ).map((rows) => rows.map((r) => ({ id: r.departmentId }))),
  );

/** Cases by id, many in one statement. */
export const casesById = (ctx: RequestContext) =>
  ctx.loaders.get<string, CaseEntity | null>('case.byId', async (ids) =>
    byKey(ids, await ctx.dataSource.getRepository(CaseEntity).findBy({ id: In([...ids]) }), (c) => c.id),
  );
