import { formatMoney, needsEmergencyPlan, today, type RequestContext } from '@integrity/subgraph-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import {
  regionIncidents,
  regionLimits,
  regionPlans,
  regionReductions,
  regionStockPlans,
  regionYearFigures,
} from './region-data.js';
import { figuresDay, incidentOpenOn, serviceIndicators } from './risk.js';
import { DebtRisk } from './risk.type.js';
import { stockYear } from '../stock/stock-year.js';

/**
 * The figures of DebtRisk beyond the balance and band, loaded only when a query asks for them, each table once for
 * every region and year of the query: the schedule and payments (service and overdue), and the other tables.
 */
@Resolver(() => DebtRisk)
export class DebtRiskResolver {
  @FieldResolver()
  async debtServiceRatio(@Root() r: DebtRisk, @Ctx() ctx: RequestContext) {
    return serviceIndicators(await regionYearFigures(ctx, r.regionCode, r.year), r.rated).debtServiceRatio;
  }

  @FieldResolver()
  async overdueRatio(@Root() r: DebtRisk, @Ctx() ctx: RequestContext) {
    return serviceIndicators(await regionYearFigures(ctx, r.regionCode, r.year), r.rated).overdueRatio;
  }

  @FieldResolver()
  async overdueAmount(@Root() r: DebtRisk, @Ctx() ctx: RequestContext) {
    return formatMoney((await regionYearFigures(ctx, r.regionCode, r.year)).overdue);
  }

  @FieldResolver()
  async debtLimit(@Root() r: DebtRisk, @Ctx() ctx: RequestContext) {
    const limits = await regionLimits(ctx, r.regionCode);
    return limits.has(r.year) ? formatMoney(limits.get(r.year)!) : null;
  }

  @FieldResolver()
  async arrears(@Root() r: DebtRisk, @Ctx() ctx: RequestContext) {
    const [plans, reductions] = await Promise.all([
      regionStockPlans(ctx, r.regionCode),
      regionReductions(ctx, r.regionCode),
    ]);
    const { plan, reduced } = stockYear(plans, reductions, r.year, 'ARREARS');
    return plan ? formatMoney(plan.stockAtStart - reduced) : null;
  }

  @FieldResolver()
  async defaultsWithoutIncident(@Root() r: DebtRisk, @Ctx() ctx: RequestContext) {
    // loaded whatever the figures, so a query's statements do not depend on its data
    const [incidents, figures] = await Promise.all([
      regionIncidents(ctx, r.regionCode),
      regionYearFigures(ctx, r.regionCode, r.year),
    ]);
    // as of the day the year's figures are taken: a past year against the incidents open at its end
    const day = figuresDay(r.year, today());
    const open = new Set(incidents.filter((n) => n.instrumentId && incidentOpenOn(n, day)).map((n) => n.instrumentId));
    return figures.overdueInstruments.filter((id) => !open.has(id)).length;
  }

  // a plan is a standing document: one adopted by the year's end covers the year
  @FieldResolver()
  async missingEmergencyPlan(@Root() r: DebtRisk, @Ctx() ctx: RequestContext) {
    const plans = await regionPlans(ctx, r.regionCode);
    if (!needsEmergencyPlan(r.regionCode)) return false;
    return !plans.some((p) => p.adoptedOn <= `${r.year}-12-31`);
  }
}
