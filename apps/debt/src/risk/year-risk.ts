// A region's debt risk of one year, as Region.debtRisk answers it and Department.regionDebtRiskLevel reads it.
import { formatMoney, isRatedRegion, needsEmergencyPlan, today } from '@integrity/subgraph-kit';
import type { RegionData } from './region-data.js';
import { indicators, yearFigures } from './risk.js';
import type { DebtRisk } from './risk.type.js';

/** Arrears left at the end of the year's reductions, from the year's ARREARS plan; null without one. */
function arrearsLeft(data: RegionData, year: number): string | null {
  const plan = data.stockPlans.find((p) => p.year === year && p.kind === 'ARREARS');
  if (!plan) return null;
  const reduced = data.reductions
    .filter((r) => r.year === year && r.kind === 'ARREARS')
    .reduce((s, r) => s + r.amount, 0n);
  return formatMoney(plan.stockAtStart - reduced);
}

export function risk(data: RegionData, year: number): DebtRisk {
  const f = yearFigures(data, year, today());
  const rated = isRatedRegion(data.code);
  const i = indicators(f, rated);
  const open = new Set(data.incidents.filter((n) => !n.resolvedOn && n.instrumentId).map((n) => n.instrumentId));
  return {
    year,
    rated,
    debtBalance: formatMoney(f.balance),
    fiscalResources: f.resources === null ? null : formatMoney(f.resources),
    debtLimit: data.limits.has(year) ? formatMoney(data.limits.get(year)!) : null,
    ...i,
    overdueAmount: formatMoney(f.overdue),
    arrears: arrearsLeft(data, year),
    defaultsWithoutIncident: f.overdueInstruments.filter((id) => !open.has(id)).length,
    // a plan is a standing document: one adopted by the year's end covers the year
    missingEmergencyPlan: needsEmergencyPlan(data.code) && !data.plans.some((p) => p.adoptedOn <= `${year}-12-31`),
  };
}

/** The year's risk, or null when the region has no debt, resources or stock recorded. */
export const recordedRisk = (data: RegionData, year: number): DebtRisk | null =>
  !data.instruments.length && !data.resources.size && !data.stockPlans.length ? null : risk(data, year);
