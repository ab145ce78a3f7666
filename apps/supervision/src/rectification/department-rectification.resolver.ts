import { requireCaller, type RequestContext } from '@integrity/subgraph-kit';
import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { Department } from '../department/department.type.js';
import { overdueRectificationCounts } from './overdue-count.loader.js';

@Resolver(() => Department)
export class DepartmentRectificationResolver {
  @FieldResolver(() => Int, {
    description: 'Rectification orders of this department now OVERDUE (三.8). Any signed-in user; batched.',
  })
  overdueRectificationCount(@Root() d: Department, @Ctx() ctx: RequestContext): Promise<number> {
    requireCaller(ctx);
    return overdueRectificationCounts(ctx).load(d.id);
  }
}
