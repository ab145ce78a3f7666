import {
  AppError,
  directoryName,
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
  const partnerName = await directoryName(ctx, 'enterprise', uscc, 'partnerUscc');
  await requireCreditAt(ctx, { step: 'PPP_PARTNER', uscc, reference: projectId, field: 'partnerUscc' });
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
