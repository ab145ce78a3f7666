import { pageOf, requireRead, skipTake, type PageArgs, type RequestContext } from '@integrity/subgraph-kit';
import { BreachEntity } from '../contract/contract.entity.js';

/** Breach records, newest first, optionally of one responsible department: one statement for the page, one for the count. */
export async function listBreaches(ctx: RequestContext, args: PageArgs & { departmentId?: string | null }) {
  requireRead(ctx, 'PROCUREMENT');
  const { skip, take } = skipTake(args);
  const [items, total] = await ctx.dataSource.manager.findAndCount(BreachEntity, {
    where: args.departmentId ? { departmentId: args.departmentId } : {},
    order: { recordedOn: 'DESC', id: 'ASC' },
    skip,
    take,
  });
  return pageOf(items, total, args);
}
