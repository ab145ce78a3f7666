import { recordAudit, requireCaller, today, updateVersioned, type RequestContext } from '@integrity/subgraph-kit';
import { In, type EntityManager } from 'typeorm';
import { ObjectionEntity, OPEN_OBJECTION_STATUSES } from './objection.entity.js';

/**
 * The sender withdrew the record an objection is about: the objection has what it asked for, so it ends UPHELD,
 * decided by the sending service that day, with the withdrawal as its note — no officer is left deciding an
 * objection to a record that no longer stands.
 */
export async function upholdOnWithdrawal(m: EntityManager, ctx: RequestContext, recordId: string, note: string) {
  const open = await m.findBy(ObjectionEntity, { recordId, status: In([...OPEN_OBJECTION_STATUSES]) });
  for (const before of open) {
    const after = await updateVersioned(m, ObjectionEntity, 'objection', { id: before.id }, before.version, {
      status: 'UPHELD',
      decidedOn: today(),
      decidedBy: `service:${requireCaller(ctx).id}`,
      note,
      acceptedOn: before.acceptedOn ?? today(),
    });
    await recordAudit(m, ctx, {
      action: 'objection.upheld',
      entityType: 'Objection',
      entityId: before.id,
      before,
      after,
    });
  }
}
