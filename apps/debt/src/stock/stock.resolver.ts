import { Allow, allow, type RequestContext } from '@integrity/subgraph-kit';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { RecordDebtReductionInput, SetDebtStockPlanInput } from './stock.input.js';
import { recordReduction, setStockPlan } from './stock.service.js';
import { DebtReduction, DebtStockPlan } from './stock.type.js';

@Resolver()
export class StockResolver {
  @Mutation(() => DebtStockPlan, {
    description:
      'Set a region’s stock at 1 January (hidden debt or arrears) and the year’s planned reduction, up to 31 December of that year (then YEAR_CLOSED). From 1 January of its year the plan may be raised but not lowered (PLAN_LOWERED); the opening stock must equal last year’s opening stock less last year’s reductions when last year is recorded (OPENING_STOCK_MISMATCH). A changed opening carries into the later years already recorded, in the same change: each next year’s opening becomes the year before’s opening less its reductions (audited as debt.stock-carry-over); if a later year’s planned or recorded reduction would then exceed its opening, nothing is changed (CARRY_OVER_EXCEEDS_NEXT_YEAR on stockAtStart). A town without arrears files a nil plan (0, 0): a town with no plan for a year has missed it. DEBT officers of the finance bureau.',
  })
  @Allow(allow.countyWide('DEBT'))
  setDebtStockPlan(@Arg('input') input: SetDebtStockPlanInput, @Ctx() ctx: RequestContext) {
    return setStockPlan(ctx, input);
  }

  @Mutation(() => DebtReduction, {
    description:
      'Record a reduction of the stock under the year’s plan, up to 31 January of the next year (then YEAR_CLOSED): NO_STOCK_PLAN without one, REDUCTION_EXCEEDS_STOCK above the stock left. A reduction recorded after the next year’s plan exists (a late one in January) lowers the next year’s opening stock by the same amount, and the years after it, in the same change (audited as debt.stock-carry-over); if a later year’s planned or recorded reduction would then exceed its opening, the reduction is refused (CARRY_OVER_EXCEEDS_NEXT_YEAR on amount). DEBT officers of the finance bureau.',
  })
  @Allow(allow.countyWide('DEBT'))
  recordDebtReduction(@Arg('input') input: RecordDebtReductionInput, @Ctx() ctx: RequestContext) {
    return recordReduction(ctx, input);
  }
}
