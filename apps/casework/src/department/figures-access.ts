import { canRead, seesEveryCase } from '@integrity/rules';
import { forbidden, requireCaller, type RequestContext } from '@integrity/subgraph-kit';

/**
 * Casework's Department figures are read by whoever reads casework (leaders, supervisors, admins, CASEWORK
 * officers, other subgraphs' service credentials) and by SUPERVISION officers, who supervise the answers.
 */
export function requireFiguresRead(ctx: RequestContext): void {
  const caller = requireCaller(ctx);
  if (!canRead(caller, 'CASEWORK') && !seesEveryCase(caller))
    throw forbidden('only readers of casework data may read its figures');
}
