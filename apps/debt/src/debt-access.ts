import { actsCountyWide, type Caller } from '@integrity/auth';
import { badInput, forbidden, requireWrite, type RequestContext } from '@integrity/subgraph-kit';

/** Debt data is written by DEBT officers of the department that acts county-wide for it (县财政局). */
export function requireDebtWrite(ctx: RequestContext): Caller {
  const caller = requireWrite(ctx, 'DEBT');
  if (!actsCountyWide(caller, 'DEBT')) throw forbidden('only DEBT officers of the county finance bureau record debt data');
  return caller;
}

/** A division code: six digits for a county, nine or twelve for a town. */
export function checkRegionCode(code: string, field = 'regionCode'): string {
  if (!/^\d{6}(\d{3}){0,2}$/.test(code)) throw badInput(field, `${field} must be a 6-, 9- or 12-digit division code, got "${code}"`);
  return code;
}

export function checkYear(year: number, field = 'year'): number {
  if (!Number.isInteger(year) || year < 1990 || year > 2100) throw badInput(field, `${field} must be a year between 1990 and 2100`);
  return year;
}
