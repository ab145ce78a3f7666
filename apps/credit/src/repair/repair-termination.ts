import { recordAudit, today, updateVersioned, type RequestContext } from '@integrity/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { RepairEntity } from './repair.entity.js';

/**
 * The record a repair application is pending on was revoked (withdrawn by its source department, or an objection
 * upheld without a correction): there is nothing left to repair, and no officer should be warned of a decision
 * falling overdue or approve a repair that would turn the revoked record REPAIRED. The application ends
 * TERMINATED that day, decided by whoever revoked the record, with the revocation as its note.
 */
export async function terminatePendingRepairs(
  m: EntityManager,
  ctx: RequestContext,
  recordId: string,
  decidedBy: string,
  note: string,
) {
  const pending = await m.findBy(RepairEntity, { recordId, status: 'PENDING' });
  for (const before of pending) {
    const after = await updateVersioned(m, RepairEntity, 'repair application', { id: before.id }, before.version, {
      status: 'TERMINATED',
      decidedBy,
      decidedOn: today(),
      note,
    });
    await recordAudit(m, ctx, {
      action: 'repair.terminate',
      entityType: 'RepairApplication',
      entityId: before.id,
      before,
      after,
    });
  }
}
