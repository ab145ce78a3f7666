import type { ReductionEntity, StockPlanEntity } from './stock.entity.js';
import { stockYear } from './stock-year.js';

/**
 * Whether a year's ARREARS plan was missed: less reduced by 31 December than planned (exactly the plan is met), or
 * no plan filed at all (a town without arrears files a nil plan: stock 0, nothing planned). Judged on an ended
 * year only, so mid-year progress is never a miss.
 */
export function arrearsPlanMissed(
  data: { stockPlans: StockPlanEntity[]; reductions: ReductionEntity[] },
  year: number,
): boolean {
  const { plan, reduced } = stockYear(data.stockPlans, data.reductions, year, 'ARREARS');
  return plan ? reduced < plan.plannedReduction : true;
}
