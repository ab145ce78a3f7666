import { overseesEveryDepartment } from '@integrity/rules';
import { requireCaller, type RequestContext } from '@integrity/subgraph-kit';

/**
 * Leaders, supervisors, admins and county-wide SUPERVISION officers see every order and inspection; anyone else
 * only their own department's.
 */
export const seesEveryRectification = (ctx: RequestContext): boolean => overseesEveryDepartment(requireCaller(ctx));
