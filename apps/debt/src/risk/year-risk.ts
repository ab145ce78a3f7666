// A region's debt risk of one year, as Region.debtRisk answers it and Department.regionDebtRiskLevel reads it: the
// figures of the core tables here; those needing other tables (limit, arrears, incidents, plans) are resolved on
// DebtRisk only when asked (debt-risk.resolver.ts).
import { formatMoney, isRatedRegion, today } from '@integrity/subgraph-kit';
import type { RegionData } from './region-data.js';
import { indicators, yearFigures } from './risk.js';
import type { DebtRisk } from './risk.type.js';

export function risk(data: RegionData, year: number): DebtRisk {
  const f = yearFigures(data, year, today());
  const rated = isRatedRegion(data.code);
  return {
    year,
    rated,
    debtBalance: formatMoney(f.balance),
    fiscalResources: f.resources === null ? null : formatMoney(f.resources),
    ...indicators(f, rated),
    overdueAmount: formatMoney(f.overdue),
    regionCode: data.code,
    overdueInstruments: f.overdueInstruments,
  };
}

/** The year's risk, or null when the region has no debt, resources or stock recorded. */
export const recordedRisk = (data: RegionData, year: number): DebtRisk | null =>
  !data.instruments.length && !data.resources.size && !data.stockPlans.length ? null : risk(data, year);
