import { randomUUID } from 'node:crypto';
import { badInput, recordAudit, requireCaller, requireRole, today, type RequestContext } from '@integrity/subgraph-kit';
import { checkRegisteredRegion, checkYear } from '../debt-access.js';
import { AccountabilityFindingEntity, EmergencyPlanEntity } from './oversight.entity.js';
import type { RecordAccountabilityFindingInput, RecordEmergencyPlanInput } from './oversight.input.js';

export async function recordEmergencyPlan(ctx: RequestContext, input: RecordEmergencyPlanInput) {
  const caller = requireCaller(ctx);
  checkYear(input.year);
  await checkRegisteredRegion(ctx, input.regionCode);
  if (input.adoptedOn > today()) throw badInput('adoptedOn', 'DATE_IN_FUTURE', 'adoptedOn cannot be in the future');
  const plan: EmergencyPlanEntity = {
    id: randomUUID(),
    ...input,
    title: input.title.trim(),
    documentNumber: input.documentNumber.trim(),
    recordedBy: caller.username,
  };
  return ctx.dataSource.transaction(async (m) => {
    await m.insert(EmergencyPlanEntity, plan);
    await recordAudit(m, ctx, {
      action: 'debt.emergency-plan',
      entityType: 'EmergencyPlan',
      entityId: plan.id,
      after: plan,
    });
    return plan;
  });
}

/** Supervisors (县监察委) record accountability; nobody else does. */
export async function recordFinding(ctx: RequestContext, input: RecordAccountabilityFindingInput) {
  const caller = requireRole(ctx, 'SUPERVISOR');
  checkYear(input.year);
  await checkRegisteredRegion(ctx, input.regionCode);
  const finding: AccountabilityFindingEntity = {
    id: randomUUID(),
    ...input,
    finding: input.finding.trim(),
    responsible: input.responsible.trim(),
    recordedBy: caller.username,
    recordedOn: today(),
  };
  return ctx.dataSource.transaction(async (m) => {
    await m.insert(AccountabilityFindingEntity, finding);
    await recordAudit(m, ctx, {
      action: 'debt.accountability',
      entityType: 'AccountabilityFinding',
      entityId: finding.id,
      after: finding,
    });
    return finding;
  });
}
