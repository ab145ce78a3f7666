import { recordAudit, requireCaller, today, updateVersioned, type RequestContext } from '@integrity/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { RepairEntity } from './repair.entity.js';

/**
 * The sender withdrew the record a repair application is pending on: there is nothing left to repair, and no
 * officer should be warned of a decision falling overdue or approve a repair that would turn the withdrawn record
 * REPAIRED. The application ends TERMINATED, by the sending service that day, with the withdrawal as its note.
 */
export async function terminateRepairOnWithdrawal(
  m: EntityManager,
  ctx: RequestContext,
  recordId: string,
  note: string,
) {
  const pending = await m.findBy(RepairEntity, { recordId, status: 'PENDING' });
  for (const before of pending) {
    const after = await updateVersioned(m, RepairEntity, 'repair application', { id: before.id }, before.version, {
      status: 'TERMINATED',
      decidedBy: `service:${requireCaller(ctx).id}`,
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
