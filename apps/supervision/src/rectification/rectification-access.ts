import { hasRole } from '@integrity/rules';
import { requireCaller, type RequestContext } from '@integrity/subgraph-kit';

/**
 * Leaders, supervisors, admins and SUPERVISION officers see every order and inspection; anyone else only
 * their own department's.
 */
export const seesEveryRectification = (ctx: RequestContext): boolean => {
  const caller = requireCaller(ctx);
  return hasRole(caller, 'LEADER', 'SUPERVISOR', 'ADMIN') || caller.domains.includes('SUPERVISION');
};
