import {
  badInput,
  carriedOpeningFits,
  expectedOpeningStock,
  formatMoney,
  recordAudit,
  updateVersioned,
  type RequestContext,
} from '@integrity/subgraph-kit';
import { MoreThan, MoreThanOrEqual, type EntityManager } from 'typeorm';
import { ReductionEntity, StockPlanEntity } from './stock.entity.js';

const reducedIn = (rows: readonly ReductionEntity[], year: number) =>
  rows.filter((r) => r.year === year).reduce((s, r) => s + r.amount, 0n);

/**
 * After a year's opening stock or reductions changed (inside the caller's transaction), carry the stock into the
 * later years already recorded: each consecutive next year opens with the year before's opening less its
 * reductions. Stops at the first year that already opens so, or at a gap (an unrecorded year carries nothing). A
 * later year whose planned reduction or recorded reductions would exceed its new opening refuses the whole change
 * (CARRY_OVER_EXCEEDS_NEXT_YEAR on `field`), so nothing is half-written. Each year moved is versioned and audited
 * (`debt.stock-carry-over`) with the change that caused it.
 */
export async function carryOver(
  m: EntityManager,
  ctx: RequestContext,
  changed: StockPlanEntity,
  field: string,
  cause: Record<string, unknown>,
): Promise<void> {
  const { regionCode, kind } = changed;
  // one statement each for the later plans and for the reductions of the changed year and after
  const later = await m.find(StockPlanEntity, {
    where: { regionCode, kind, year: MoreThan(changed.year) },
    order: { year: 'ASC' },
  });
  if (!later.length) return;
  const reductions = await m.find(ReductionEntity, {
    where: { regionCode, kind, year: MoreThanOrEqual(changed.year) },
  });
  let previous = {
    year: changed.year,
    stockAtStart: changed.stockAtStart,
    reduced: reducedIn(reductions, changed.year),
  };
  for (const next of later) {
    if (next.year !== previous.year + 1) return;
    const opening = expectedOpeningStock(previous)!;
    if (opening === next.stockAtStart) return;
    const reduced = reducedIn(reductions, next.year);
    if (!carriedOpeningFits(opening, { plannedReduction: next.plannedReduction, reduced }))
      throw badInput(
        field,
        'CARRY_OVER_EXCEEDS_NEXT_YEAR',
        `carried over, the opening stock of ${next.year} would be ${formatMoney(opening)}, below its planned or recorded reduction`,
        {
          year: next.year,
          opening: formatMoney(opening),
          plannedReduction: formatMoney(next.plannedReduction),
          reduced: formatMoney(reduced),
        },
      );
    const key = { regionCode, year: next.year, kind };
    const after = await updateVersioned(m, StockPlanEntity, 'debt stock plan', key, next.version, {
      stockAtStart: opening,
      updatedAt: new Date().toISOString(),
    });
    await recordAudit(m, ctx, {
      action: 'debt.stock-carry-over',
      entityType: 'DebtStockPlan',
      entityId: `${regionCode}/${next.year}/${kind}`,
      before: next,
      after: { ...after, cause },
    });
    previous = { year: next.year, stockAtStart: opening, reduced };
  }
}
