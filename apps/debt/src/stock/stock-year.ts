import type { DebtStockKind } from '@integrity/subgraph-kit';
import type { ReductionEntity, StockPlanEntity } from './stock.entity.js';

/**
 * One stock in one year: its plan (if recorded), its reductions by date and their sum. What the clearance, a
 * town's arrears and the missed-plan deduction all read. Reductions always fall in their year (DATE_OUTSIDE_YEAR).
 */
export function stockYear(
  plans: readonly StockPlanEntity[],
  reductions: readonly ReductionEntity[],
  year: number,
  kind: DebtStockKind,
) {
  const plan = plans.find((p) => p.year === year && p.kind === kind) ?? null;
  const rows = reductions
    .filter((r) => r.year === year && r.kind === kind)
    .sort((a, b) => a.reducedOn.localeCompare(b.reducedOn));
  return { plan, rows, reduced: rows.reduce((s, r) => s + r.amount, 0n) };
}
