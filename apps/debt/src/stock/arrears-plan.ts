import type { ReductionEntity, StockPlanEntity } from './stock.entity.js';

/**
 * Whether a year's ARREARS plan was missed: less reduced by 31 December than planned (exactly the plan is met).
 * null without a plan for the year. Judged on a closed year only, so mid-year progress is never a miss.
 */
export function arrearsPlanMissed(
  data: { stockPlans: StockPlanEntity[]; reductions: ReductionEntity[] },
  year: number,
): boolean | null {
  const plan = data.stockPlans.find((p) => p.year === year && p.kind === 'ARREARS');
  if (!plan) return null;
  const reduced = data.reductions
    .filter((r) => r.year === year && r.kind === 'ARREARS' && r.reducedOn <= `${year}-12-31`)
    .reduce((s, r) => s + r.amount, 0n);
  return reduced < plan.plannedReduction;
}
