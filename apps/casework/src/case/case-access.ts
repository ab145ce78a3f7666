import { seesEveryCase } from '@integrity/rules';
import { requireCaller, type RequestContext } from '@integrity/subgraph-kit';
import type { SelectQueryBuilder } from 'typeorm';
import type { CaseEntity } from './case.entity.js';

/**
 * Limit a query of cases to what the caller sees: everything for those the shared rule names (seesEveryCase),
 * else the cases their department leads or co-handles. Returns false when the caller sees none at all.
 */
export function limitToVisible(ctx: RequestContext, qb: SelectQueryBuilder<CaseEntity>, alias = 'c'): boolean {
  const caller = requireCaller(ctx);
  if (seesEveryCase(caller)) return true;
  if (!caller.departmentId) return false;
  qb.andWhere(
    `(${alias}.department_id = :own OR EXISTS (SELECT 1 FROM casework_co_handler h WHERE h.case_id = ${alias}.id AND h.department_id = :own))`,
    { own: caller.departmentId },
  );
  return true;
}

/** Whether the caller sees this case (co-handlers given). */
export function seesCase(ctx: RequestContext, c: CaseEntity, coHandlerIds: readonly string[]): boolean {
  const caller = requireCaller(ctx);
  if (seesEveryCase(caller)) return true;
  return (
    !!caller.departmentId && (c.departmentId === caller.departmentId || coHandlerIds.includes(caller.departmentId))
  );
}
