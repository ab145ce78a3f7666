import { actsCountyWide, type Caller } from '@integrity/auth';
import { directoryName, forbidden, requireWrite, validateRegionCode, type RequestContext } from '@integrity/subgraph-kit';

/** Debt data is written by DEBT officers of the department that acts county-wide for it (县财政局). */
export function requireDebtWrite(ctx: RequestContext): Caller {
  const caller = requireWrite(ctx, 'DEBT');
  if (!actsCountyWide(caller, 'DEBT')) throw forbidden('only DEBT officers of the county finance bureau record debt data');
  return caller;
}

export { validateRegionCode as checkRegionCode, validateYear as checkYear } from '@integrity/subgraph-kit';

/**
 * A region code that is well formed and registered in the directory (which owns regions); otherwise
 * BAD_USER_INPUT on `field`, so no limit, instrument or plan is kept for a region that does not exist.
 */
export async function checkRegisteredRegion(ctx: RequestContext, code: string, field = 'regionCode'): Promise<string> {
  const regionCode = validateRegionCode(code, field);
  await directoryName(ctx, 'region', regionCode, field);
  return regionCode;
}
