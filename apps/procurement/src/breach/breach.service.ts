import { type PageArgs, type RequestContext, findPage } from '@integrity/subgraph-kit';
import { BreachEntity } from '../contract/contract.entity.js';

/** Breach records, newest first, optionally of one responsible department: one statement for the page, one for the count. */
export async function listBreaches(ctx: RequestContext, args: PageArgs & { departmentId?: string | null }) {
  return findPage(
    ctx.dataSource.manager,
    BreachEntity,
    { where: args.departmentId ? { departmentId: args.departmentId } : {}, order: { recordedOn: 'DESC', id: 'ASC' } },
    args,
  );
}
