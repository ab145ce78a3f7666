import { randomUUID } from 'node:crypto';
import {
  AppError,
  badInput,
  isValidDate,
  recordAudit,
  requireOwner,
  today,
  updateVersioned,
  type RequestContext,
  transaction,
} from '@integrity/subgraph-kit';
import { forgetProject, moveProject, mustLoadProject } from '../project/project.service.js';
import { AcceptanceAttemptEntity } from './acceptance.entity.js';
import { ContractEntity } from './contract.entity.js';
import { acceptancesOf, recountDueDates, redeliveriesOf } from './payment-clock.js';
import type { RecordAcceptanceInput } from './contract.input.js';
import { contractOf, contractView } from './contract.service.js';

export const acceptanceView = (a: AcceptanceAttemptEntity) => ({ ...a, passed: a.result === 'PASSED' });

/**
 * Record an acceptance (履约验收), passed or failed, kept beside every earlier one. Dated not before signing, a
 * recorded delivery, the last re-delivery or the last acceptance (DATE_TOO_EARLY). Passed: the project is ACCEPTED
 * and, with no delivery recorded, the delivery is taken to have happened that day.
 */
export async function recordAcceptance(ctx: RequestContext, projectId: string, input: RecordAcceptanceInput) {
  const project = await mustLoadProject(ctx, projectId);
  requireOwner(ctx, 'PROCUREMENT', { departmentId: project.purchaserId });
  if (project.status !== 'IN_PERFORMANCE')
    throw new AppError(
      'INVALID_TRANSITION',
      'INVALID_STATE',
      `acceptance is recorded for a project IN_PERFORMANCE; project ${projectId} is ${project.status}`,
      { from: project.status, allowed: [] },
    );
  if (!isValidDate(input.acceptedOn) || input.acceptedOn > today())
    throw badInput('acceptedOn', 'DATE_IN_FUTURE', 'acceptedOn cannot be in the future');
  const contract = (await contractOf(ctx, projectId))!;
  const [earlier, redeliveries] = await Promise.all([
    acceptancesOf(ctx, contract.id),
    redeliveriesOf(ctx, contract.id),
  ]);
  // acceptance inspects what was delivered, and follows the one before it
  const bounds = [
    { date: contract.signedOn, what: 'signing' },
    { date: contract.deliveredOn ?? '', what: 'delivery' },
    { date: redeliveries.at(-1)?.redeliveredOn ?? '', what: 'the last re-delivery' },
    { date: earlier.at(-1)?.acceptedOn ?? '', what: 'the last acceptance' },
  ].sort((a, b) => a.date.localeCompare(b.date));
  const earliest = bounds.at(-1)!;
  if (input.acceptedOn < earliest.date)
    throw badInput('acceptedOn', 'DATE_TOO_EARLY', `acceptance cannot precede ${earliest.what}`, {
      date: earliest.date,
    });
  const attempt: AcceptanceAttemptEntity = {
    id: randomUUID(),
    contractId: contract.id,
    acceptedOn: input.acceptedOn,
    result: input.passed ? 'PASSED' : 'FAILED',
    note: input.note?.trim() || null,
    recordedBy: ctx.caller!.username,
    recordedAt: new Date().toISOString(),
  };
  const result = await transaction(ctx, async (m) => {
    const after = await updateVersioned(m, ContractEntity, 'contract', { id: contract.id }, contract.version, {
      acceptedOn: attempt.acceptedOn,
      acceptanceResult: attempt.result,
      acceptanceNote: attempt.note,
      // a passed acceptance with no delivery recorded means delivery happened by then
      ...(input.passed && !contract.deliveredOn ? { deliveredOn: input.acceptedOn } : {}),
    });
    await m.insert(AcceptanceAttemptEntity, attempt);
    const { moved, withdrawn } = await recountDueDates(
      m,
      after,
      { attempts: [...earlier, attempt], redeliveries },
      `${attempt.acceptedOn} 验收${input.passed ? '合格' : '不合格'}（${today()} 登记）`,
    );
    if (input.passed) await moveProject(m, ctx, project, 'ACCEPTED');
    await recordAudit(m, ctx, {
      action: input.passed ? 'contract.accept' : 'contract.accept-failed',
      entityType: 'Contract',
      entityId: contract.id,
      before: contract,
      after: { ...after, attempt, moved, withdrawn },
    });
    return contractView(after);
  });
  forgetProject(ctx, projectId);
  return result;
}

/**
 * Record delivery (交付), once: DELIVERY milestones fall due from it, and with an agreed acceptance period so do
 * ACCEPTANCE milestones from the period's end unless acceptance passes sooner or fails within it. A failed
 * acceptance already recorded inspected a delivery, so the delivery is dated on or before it (DATE_TOO_LATE).
 */
export async function recordDelivery(ctx: RequestContext, projectId: string, deliveredOn: string) {
  const project = await mustLoadProject(ctx, projectId);
  requireOwner(ctx, 'PROCUREMENT', { departmentId: project.purchaserId });
  const contract = await contractOf(ctx, projectId);
  if (!contract || !['CONTRACTED', 'IN_PERFORMANCE', 'ACCEPTED'].includes(project.status))
    throw new AppError(
      'INVALID_TRANSITION',
      'INVALID_STATE',
      `delivery is recorded for a contracted project; project ${projectId} is ${project.status}`,
      { from: project.status, allowed: [] },
    );
  if (contract.deliveredOn)
    throw badInput('deliveredOn', 'ALREADY_REGISTERED', `delivery was recorded on ${contract.deliveredOn}`);
  if (!isValidDate(deliveredOn) || deliveredOn > today())
    throw badInput('deliveredOn', 'DATE_IN_FUTURE', 'deliveredOn cannot be in the future');
  if (deliveredOn < contract.signedOn)
    throw badInput('deliveredOn', 'DATE_TOO_EARLY', 'delivery cannot precede signing', { date: contract.signedOn });
  const attempts = await acceptancesOf(ctx, contract.id);
  const firstAcceptance = attempts[0]?.acceptedOn;
  if (firstAcceptance !== undefined && deliveredOn > firstAcceptance)
    throw badInput('deliveredOn', 'DATE_TOO_LATE', `an acceptance on ${firstAcceptance} inspected the delivery`, {
      date: firstAcceptance,
    });
  const result = await transaction(ctx, async (m) => {
    const after = await updateVersioned(m, ContractEntity, 'contract', { id: contract.id }, contract.version, {
      deliveredOn,
    });
    const { moved, withdrawn } = await recountDueDates(
      m,
      after,
      { attempts, redeliveries: await redeliveriesOf(ctx, contract.id) },
      `${deliveredOn} 交付（补登记）`,
    );
    await recordAudit(m, ctx, {
      action: 'contract.deliver',
      entityType: 'Contract',
      entityId: contract.id,
      before: contract,
      after: { ...after, moved, withdrawn },
    });
    return contractView(after);
  });
  forgetProject(ctx, projectId);
  return result;
}
