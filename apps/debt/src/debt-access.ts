import { directoryName, validateRegionCode, type RequestContext } from '@integrity/subgraph-kit';

// Who writes debt data is declared on each operation (DEBT officers acting county-wide: 县财政局).
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
