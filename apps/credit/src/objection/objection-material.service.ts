import {
  addWorkingDays,
  AppError,
  groupByKey,
  recordAudit,
  requiredText,
  today,
  updateVersioned,
  workingDaysBetween,
} from '@integrity/subgraph-kit';
import type { RequestContext } from '@integrity/subgraph-kit';
import { In } from 'typeorm';
import { loadCalendar } from '../calendar/calendar.service.js';
import { mustLoadRecord } from '../record/record.service.js';
import { ObjectionMaterialEntity } from './objection-material.entity.js';
import { ObjectionEntity } from './objection.entity.js';
import { mustLoadObjection, objectionView, requireImpartial, requireObjector } from './objection.service.js';

/** Every 补正 round of an objection, oldest first: one statement for all the objections of a list. */
export const materialRoundsOf = (ctx: RequestContext, objectionId: string) =>
  ctx.loaders
    .get<string, ObjectionMaterialEntity[]>('objection.materialRounds', async (ids) =>
      groupByKey(
        ids,
        await ctx.dataSource.manager.find(ObjectionMaterialEntity, {
          where: { objectionId: In([...ids]) },
          order: { objectionId: 'ASC', round: 'ASC' },
        }),
        (r) => r.objectionId,
      ),
    )
    .load(objectionId);

/** 补正: the credit office asks for more material; the clock stops from the next working day. */
export async function requestObjectionMaterial(ctx: RequestContext, id: string, request: string) {
  const before = await mustLoadObjection(ctx, id);
  await requireImpartial(ctx, before);
  const asked = requiredText(request, 'request');
  if (before.status !== 'FILED' && before.status !== 'ACCEPTED')
    throw new AppError('INVALID_TRANSITION', 'INVALID_STATE', `objection ${id} is ${before.status}`, {
      from: before.status,
      allowed: ['FILED', 'ACCEPTED'],
    });
  return ctx.dataSource.transaction(async (m) => {
    // the versioned update lets one of two concurrent requests through, so the round numbers cannot collide
    const after = await updateVersioned(m, ObjectionEntity, 'objection', { id }, before.version, {
      status: 'MATERIAL_REQUESTED',
    });
    const round: ObjectionMaterialEntity = {
      objectionId: id,
      round: (await m.countBy(ObjectionMaterialEntity, { objectionId: id })) + 1,
      request: asked,
      requestedOn: today(),
      requestedBy: ctx.caller!.username,
      material: null,
      suppliedOn: null,
      suppliedBy: null,
      pausedWorkingDays: null,
    };
    await m.insert(ObjectionMaterialEntity, round);
    await recordAudit(m, ctx, {
      action: 'objection.request-material',
      entityType: 'Objection',
      entityId: id,
      before,
      after: { ...after, materialRound: round },
    });
    return objectionView(after);
  });
}

/**
 * The objector supplies the material: the clock runs again where it stopped — each open deadline moves by
 * the working days it stood still in this round (after the request, up to and including today), on top of
 * what earlier rounds moved it by.
 */
export async function supplyObjectionMaterial(ctx: RequestContext, id: string, material: string) {
  const before = await mustLoadObjection(ctx, id);
  requireObjector(ctx, await mustLoadRecord(ctx, before.recordId));
  const supplied = requiredText(material, 'material');
  // the round waiting for material: the last one, while nothing has been supplied in it
  const open = await ctx.dataSource.manager.findOne(ObjectionMaterialEntity, {
    where: { objectionId: id },
    order: { round: 'DESC' },
  });
  if (before.status !== 'MATERIAL_REQUESTED' || !open || open.suppliedOn !== null)
    throw new AppError('INVALID_TRANSITION', 'INVALID_STATE', `objection ${id} is not waiting for material`, {
      from: before.status,
      allowed: ['MATERIAL_REQUESTED'],
    });
  const calendar = await loadCalendar(ctx);
  const suppliedOn = today();
  const paused = workingDaysBetween(open.requestedOn, suppliedOn, calendar);
  const accepted = before.acceptedOn !== null;
  return ctx.dataSource.transaction(async (m) => {
    const after = await updateVersioned(m, ObjectionEntity, 'objection', { id }, before.version, {
      status: accepted ? 'ACCEPTED' : 'FILED',
      pausedWorkingDays: before.pausedWorkingDays + paused,
      acceptDeadline: accepted ? before.acceptDeadline : addWorkingDays(before.acceptDeadline, paused, calendar),
      decisionDeadline: addWorkingDays(before.decisionDeadline, paused, calendar),
    });
    const answered = {
      material: supplied,
      suppliedOn,
      suppliedBy: ctx.caller!.username,
      pausedWorkingDays: paused,
    };
    await m.update(ObjectionMaterialEntity, { objectionId: id, round: open.round }, answered);
    await recordAudit(m, ctx, {
      action: 'objection.supply-material',
      entityType: 'Objection',
      entityId: id,
      before,
      after: { ...after, materialRound: { ...open, ...answered } },
    });
    return objectionView(after);
  });
}
