import { actsCountyWide, type Caller } from '@integrity/auth';
import { forbidden, requireWrite, type RequestContext } from '@integrity/subgraph-kit';

/** Debt data is written by DEBT officers of the department that acts county-wide for it (县财政局). */
export function requireDebtWrite(ctx: RequestContext): Caller {
  const caller = requireWrite(ctx, 'DEBT');
  if (!actsCountyWide(caller, 'DEBT')) throw forbidden('only DEBT officers of the county finance bureau record debt data');
  return caller;
}

export { validateRegionCode as checkRegionCode, validateYear as checkYear } from '@integrity/subgraph-kit';
