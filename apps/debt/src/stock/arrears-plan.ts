import type { ReductionEntity, StockPlanEntity } from './stock.entity.js';
import { stockYear } from './stock-year.js';

/**
 * Whether a year's ARREARS plan was missed: less reduced by 31 December than planned (exactly the plan is met).
 * null without a plan for the year. Judged on a closed year only, so mid-year progress is never a miss.
 */
export function arrearsPlanMissed(
  data: { stockPlans: StockPlanEntity[]; reductions: ReductionEntity[] },
  year: number,
): boolean | null {
  const { plan, reduced } = stockYear(data.stockPlans, data.reductions, year, 'ARREARS');
  return plan ? reduced < plan.plannedReduction : null;
}
