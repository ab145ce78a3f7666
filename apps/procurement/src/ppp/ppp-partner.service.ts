import {
  AppError,
  badInput,
  directoryName,
  isValidDate,
  pppBeganBeforeNewMechanism,
  PPP_MECHANISM_LINE,
  recordAudit,
  requireCreditAt,
  requireOwner,
  today,
  updateVersioned,
  validateUscc,
  type RequestContext,
} from '@integrity/subgraph-kit';
import { PppProjectEntity } from './ppp.entity.js';
import { mustLoadPpp, pppView } from './ppp.service.js';

/**
 * Select the social capital partner (社会资本方) of a PPP project in its procurement phase: the enterprise must be
 * registered, and credit checks it at PPP_PARTNER (an active serious dishonesty record refuses it, 二.4 and 三.3);
 * credit unreachable refuses too. A partner may be changed while the project is still in procurement.
 */
export async function selectPppPartner(ctx: RequestContext, projectId: string, partnerUscc: string) {
  const before = await mustLoadPpp(ctx, projectId);
  requireOwner(ctx, 'PROCUREMENT', { departmentId: before.departmentId });
  const uscc = validateUscc(partnerUscc, 'partnerUscc');
  if (before.phase !== 'PROCUREMENT')
    throw new AppError(
      'BAD_USER_INPUT',
      'INVALID_STATE',
      `a partner is selected in the PROCUREMENT phase; this project is in ${before.phase}`,
      { field: 'projectId', params: { from: before.phase } },
    );
  // a project recorded as begun under the earlier rules completed its partner procurement before the line: one
  // choosing its partner now is a project of the 2023 mechanism (国办函〔2023〕115号), whatever was declared
  if (before.mechanism === 'PRE_2023')
    throw badInput(
      'projectId',
      'PPP_PRE_2023_NOT_ESTABLISHED',
      `${before.name} is recorded as PRE_2023: its partner procurement was completed before ${PPP_MECHANISM_LINE.completedBefore}, so no partner is selected now`,
      { before: PPP_MECHANISM_LINE.completedBefore },
    );
  const partnerName = await directoryName(ctx, 'enterprise', uscc, 'partnerUscc');
  await requireCreditAt(ctx, {
    step: 'PPP_PARTNER',
    uscc,
    reference: projectId,
    departmentId: before.departmentId,
    field: 'partnerUscc',
  });
  return ctx.dataSource.transaction(async (m) => {
    const after = await updateVersioned(m, PppProjectEntity, 'PPP project', { id: projectId }, before.version, {
      partnerUscc: uscc,
      partnerName,
      partnerSelectedOn: today(),
    });
    await recordAudit(m, ctx, { action: 'ppp.partner', entityType: 'PppProject', entityId: projectId, before, after });
    return pppView(after);
  });
}

/**
 * Record the day a PRE_2023 project's partner procurement was completed, for a project recorded before the date
 * was asked for (or to correct it): before 2023-02-01 (国办函〔2023〕115号), not in the future. Until it is recorded
 * the project takes on no obligation. A project that completed it later is of the 2023 mechanism: refused.
 */
export async function recordProcurementCompletion(ctx: RequestContext, projectId: string, completedOn: string) {
  const before = await mustLoadPpp(ctx, projectId);
  requireOwner(ctx, 'PROCUREMENT', { departmentId: before.departmentId });
  if (before.mechanism !== 'PRE_2023')
    throw new AppError(
      'BAD_USER_INPUT',
      'INVALID_STATE',
      `${before.name} is a project of the 2023 mechanism: the date is recorded for PRE_2023 projects`,
      { field: 'projectId', params: { from: before.mechanism } },
    );
  if (!isValidDate(completedOn) || completedOn > today())
    throw badInput('completedOn', 'DATE_IN_FUTURE', 'completedOn cannot be in the future');
  if (!pppBeganBeforeNewMechanism(completedOn))
    throw badInput(
      'completedOn',
      'PPP_PRE_2023_NOT_ESTABLISHED',
      `a PRE_2023 project completed its partner procurement before ${PPP_MECHANISM_LINE.completedBefore}; ${completedOn} given (${PPP_MECHANISM_LINE.source})`,
      { before: PPP_MECHANISM_LINE.completedBefore },
    );
  return ctx.dataSource.transaction(async (m) => {
    const after = await updateVersioned(m, PppProjectEntity, 'PPP project', { id: projectId }, before.version, {
      procurementCompletedOn: completedOn,
    });
    await recordAudit(m, ctx, {
      action: 'ppp.procurement-date',
      entityType: 'PppProject',
      entityId: projectId,
      before,
      after,
    });
    return pppView(after);
  });
}
