// A region's debt risk of one year, as Region.debtRisk answers it and Department.regionDebtRiskLevel reads it: the
// balance, ratio and band from yearly totals here; the figures needing the schedule and payments (service, overdue)
// and other tables (limit, arrears, incidents, plans) are resolved on DebtRisk only when asked (debt-risk.resolver.ts).
import { formatMoney, isRatedRegion } from '@integrity/subgraph-kit';
import type { RegionHead } from './region-data.js';
import { balanceAt, balanceIndicators } from './risk.js';
import type { DebtRisk } from './risk.type.js';

export function risk(head: RegionHead, year: number): DebtRisk {
  const balance = balanceAt(head, year);
  const resources = head.resources.get(year) ?? null;
  const rated = isRatedRegion(head.code);
  return {
    year,
    rated,
    debtBalance: formatMoney(balance),
    fiscalResources: resources === null ? null : formatMoney(resources),
    ...balanceIndicators(balance, resources, rated),
    regionCode: head.code,
  };
}

/** The year's risk, or null when the region has no debt, resources or stock recorded. */
export const recordedRisk = (head: RegionHead, year: number): DebtRisk | null =>
  head.recorded ? risk(head, year) : null;
