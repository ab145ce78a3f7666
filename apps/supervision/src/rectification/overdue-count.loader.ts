import type { RequestContext } from '@integrity/subgraph-kit';
import { RectificationEntity } from './rectification.entity.js';

/** Orders now OVERDUE per department, every department of the request in one statement (field and score share it). */
export const overdueRectificationCounts = (ctx: RequestContext) =>
  ctx.loaders.get<string, number>('department.overdueRectifications', async (ids) => {
    const rows: { id: string; n: string | number }[] = await ctx.dataSource
      .getRepository(RectificationEntity)
      .createQueryBuilder('r')
      .select('r.department_id', 'id')
      .addSelect('COUNT(*)', 'n')
      .where('r.department_id IN (:...ids)', { ids: [...ids] })
      .andWhere("r.status = 'OVERDUE'")
      .groupBy('r.department_id')
      .getRawMany();
    const counts = new Map(rows.map((r) => [r.id, Number(r.n)]));
    return ids.map((id) => counts.get(id) ?? 0);
  });
