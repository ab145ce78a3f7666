import type { RequestContext } from '@integrity/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { noteRecordChange } from '../exchange/record-changes.js';
import { terminatePendingRepairs } from '../repair/repair-termination.js';
import type { CreditRecordEntity } from './record.entity.js';

/**
 * What follows a record's revocation, whoever revokes it (an objection upheld without a correction, the source
 * department's withdrawal): the exchange feed notes it, and a repair application pending on it ends TERMINATED.
 */
export async function followRevocation(
  m: EntityManager,
  ctx: RequestContext,
  revoked: CreditRecordEntity,
  decidedBy: string,
  note: string,
) {
  await noteRecordChange(m, revoked, 'REVOKED');
  await terminatePendingRepairs(m, ctx, revoked.id, decidedBy, note);
}
