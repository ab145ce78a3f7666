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
import { forgetProject, mustLoadProject } from '../project/project.service.js';
import { ContractEntity } from './contract.entity.js';
import type { RecordRedeliveryInput } from './contract.input.js';
import { contractOf, contractView } from './contract.service.js';
import { acceptancesOf, recountDueDates, redeliveriesOf } from './payment-clock.js';
import { RedeliveryEntity } from './redelivery.entity.js';

/**
 * Record a delivery again after a failed acceptance (整改后重新交付): only when the latest acceptance failed and
 * nothing was delivered again since (INVALID_STATE), dated after that acceptance (at the earliest the next day:
 * on one day a delivery comes before the acceptance that inspects it) and not after today. The agreed acceptance
 * period runs again from it, so due dates are counted again from every fact.
 */
export async function recordRedelivery(ctx: RequestContext, projectId: string, input: RecordRedeliveryInput) {
  const project = await mustLoadProject(ctx, projectId);
  requireOwner(ctx, 'PROCUREMENT', { departmentId: project.purchaserId });
  const contract = await contractOf(ctx, projectId);
  const [attempts, redeliveries] = contract
    ? await Promise.all([acceptancesOf(ctx, contract.id), redeliveriesOf(ctx, contract.id)])
    : [[], []];
  const failed = attempts.at(-1);
  if (!contract || project.status !== 'IN_PERFORMANCE' || failed?.result !== 'FAILED')
    throw new AppError(
      'INVALID_TRANSITION',
      'INVALID_STATE',
      `a re-delivery follows a failed acceptance of a project IN_PERFORMANCE; project ${projectId} is ${project.status}`,
      { from: project.status, allowed: [] },
    );
  // one delivered the day the failed acceptance inspected it came before it
  if ((redeliveries.at(-1)?.redeliveredOn ?? '') > failed.acceptedOn)
    throw badInput(
      'input.redeliveredOn',
      'ALREADY_REGISTERED',
      `a re-delivery on ${redeliveries.at(-1)!.redeliveredOn} follows the failed acceptance already`,
    );
  if (!isValidDate(input.redeliveredOn) || input.redeliveredOn > today())
    throw badInput('input.redeliveredOn', 'DATE_IN_FUTURE', 'redeliveredOn cannot be in the future');
  if (input.redeliveredOn <= failed.acceptedOn)
    throw badInput('input.redeliveredOn', 'DATE_TOO_EARLY', 'a re-delivery comes after the failed acceptance', {
      date: failed.acceptedOn,
    });
  const redelivery: RedeliveryEntity = {
    id: randomUUID(),
    contractId: contract.id,
    redeliveredOn: input.redeliveredOn,
    note: input.note?.trim() || null,
    recordedBy: ctx.caller!.username,
    recordedAt: new Date().toISOString(),
  };
  const result = await transaction(ctx, async (m) => {
    // the version guards against a concurrent acceptance or re-delivery of the same contract
    const after = await updateVersioned(m, ContractEntity, 'contract', { id: contract.id }, contract.version, {});
    await m.insert(RedeliveryEntity, redelivery);
    const { moved, withdrawn } = await recountDueDates(
      m,
      after,
      { attempts, redeliveries: [...redeliveries, redelivery] },
      `${redelivery.redeliveredOn} 整改后重新交付`,
    );
    await recordAudit(m, ctx, {
      action: 'contract.redeliver',
      entityType: 'Contract',
      entityId: contract.id,
      before: contract,
      after: { ...after, redelivery, moved, withdrawn },
    });
    return contractView(after);
  });
  forgetProject(ctx, projectId);
  return result;
}
