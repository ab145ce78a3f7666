import { requireCaller, type RequestContext } from '@integrity/subgraph-kit';
import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { Department } from '../department/department.type.js';
import { RectificationEntity } from './rectification.entity.js';

@Resolver(() => Department)
export class DepartmentRectificationResolver {
  @FieldResolver(() => Int, {
    description: 'Rectification orders of this department now OVERDUE (三.8). Any signed-in user; batched.',
  })
  async overdueRectificationCount(@Root() d: Department, @Ctx() ctx: RequestContext): Promise<number> {
    requireCaller(ctx);
    return ctx.loaders
      .get<string, number>('department.overdueRectifications', async (ids) => {
        const rows: { id: string; n: string | number }[] = await ctx.dataSource
          .getRepository(RectificationEntity)
          .createQueryBuilder('r')
          .select('r.department_id', 'id')
          .addSelect('COUNT(*)', 'n')
          .where('r.department_id IN (:...ids)', { ids: [...ids] })
          .andWhere("r.status = 'OVERDUE'")
          .groupBy('r.department_id')
          .getRawMany();
        return ids.map((id) => Number(rows.find((r) => r.id === id)?.n ?? 0));
      })
      .load(d.id);
  }
}
