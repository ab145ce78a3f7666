// A region's debt risk of one year, as Region.debtRisk answers it and Department.regionDebtRiskLevel reads it.
import { formatMoney, today } from '@integrity/subgraph-kit';
import type { RegionData } from './region-data.js';
import { indicators, yearFigures } from './risk.js';
import type { DebtRisk } from './risk.type.js';

export function risk(data: RegionData, year: number): DebtRisk {
  const f = yearFigures(data, year, today());
  const i = indicators(f);
  return {
    year,
    debtBalance: formatMoney(f.balance),
    fiscalResources: f.resources === null ? null : formatMoney(f.resources),
    debtLimit: data.limits.has(year) ? formatMoney(data.limits.get(year)!) : null,
    ...i,
    overdueAmount: formatMoney(f.overdue),
    missingEmergencyPlan: i.level === 'RED' && !data.plans.some((p) => p.year === year),
  };
}

/** The year's risk, or null when the region has neither debt nor resources recorded. */
export const recordedRisk = (data: RegionData, year: number): DebtRisk | null =>
  !data.instruments.length && !data.resources.size ? null : risk(data, year);
