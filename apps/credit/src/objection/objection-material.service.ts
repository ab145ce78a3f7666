import {
  addWorkingDays,
  AppError,
  recordAudit,
  requiredText,
  today,
  updateVersioned,
  workingDaysBetween,
} from '@integrity/subgraph-kit';
import type { RequestContext } from '@integrity/subgraph-kit';
import { loadCalendar } from '../calendar/calendar.service.js';
import { mustLoadRecord } from '../record/record.service.js';
import { ObjectionEntity } from './objection.entity.js';
import { mustLoadObjection, objectionView, requireObjector } from './objection.service.js';

/** 补正: the credit office asks for more material; the clock stops from the next working day. */
export async function requestObjectionMaterial(ctx: RequestContext, id: string, request: string) {
  const before = await mustLoadObjection(ctx, id);
  const asked = requiredText(request, 'request');
  if (before.status !== 'FILED' && before.status !== 'ACCEPTED')
    throw new AppError('INVALID_TRANSITION', 'INVALID_STATE', `objection ${id} is ${before.status}`, {
      from: before.status,
      allowed: ['FILED', 'ACCEPTED'],
    });
  return ctx.dataSource.transaction(async (m) => {
    const after = await updateVersioned(m, ObjectionEntity, 'objection', { id }, before.version, {
      status: 'MATERIAL_REQUESTED',
      materialRequest: asked,
      materialRequestedOn: today(),
      material: null,
      materialSuppliedOn: null,
    });
    await recordAudit(m, ctx, {
      action: 'objection.request-material',
      entityType: 'Objection',
      entityId: id,
      before,
      after,
    });
    return objectionView(after);
  });
}

/**
 * The objector supplies the material: the clock runs again where it stopped — each open deadline moves by
 * the working days it stood still (after the request, up to and including today).
 */
export async function supplyObjectionMaterial(ctx: RequestContext, id: string, material: string) {
  const before = await mustLoadObjection(ctx, id);
  requireObjector(ctx, await mustLoadRecord(ctx, before.recordId));
  const supplied = requiredText(material, 'material');
  if (before.status !== 'MATERIAL_REQUESTED')
    throw new AppError('INVALID_TRANSITION', 'INVALID_STATE', `objection ${id} is not waiting for material`, {
      from: before.status,
      allowed: ['MATERIAL_REQUESTED'],
    });
  const calendar = await loadCalendar(ctx);
  const suppliedOn = today();
  const paused = workingDaysBetween(before.materialRequestedOn!, suppliedOn, calendar);
  const accepted = before.acceptedOn !== null;
  return ctx.dataSource.transaction(async (m) => {
    const after = await updateVersioned(m, ObjectionEntity, 'objection', { id }, before.version, {
      status: accepted ? 'ACCEPTED' : 'FILED',
      material: supplied,
      materialSuppliedOn: suppliedOn,
      pausedWorkingDays: before.pausedWorkingDays + paused,
      acceptDeadline: accepted ? before.acceptDeadline : addWorkingDays(before.acceptDeadline, paused, calendar),
      decisionDeadline: addWorkingDays(before.decisionDeadline, paused, calendar),
    });
    await recordAudit(m, ctx, {
      action: 'objection.supply-material',
      entityType: 'Objection',
      entityId: id,
      before,
      after,
    });
    return objectionView(after);
  });
}
