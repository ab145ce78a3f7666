import { formatMoney, needsEmergencyPlan, type RequestContext } from '@integrity/subgraph-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { regionIncidents, regionLimits, regionPlans, regionReductions, regionData } from './region-data.js';
import { DebtRisk } from './risk.type.js';
import { stockYear } from '../stock/stock-year.js';

/**
 * The figures of DebtRisk that need tables beyond the core ones, loaded only when a query asks for them, each
 * table once for every region and year of the query.
 */
@Resolver(() => DebtRisk)
export class DebtRiskResolver {
  @FieldResolver()
  async debtLimit(@Root() r: DebtRisk, @Ctx() ctx: RequestContext) {
    const limits = await regionLimits(ctx, r.regionCode);
    return limits.has(r.year) ? formatMoney(limits.get(r.year)!) : null;
  }

  @FieldResolver()
  async arrears(@Root() r: DebtRisk, @Ctx() ctx: RequestContext) {
    const [data, reductions] = await Promise.all([regionData(ctx, r.regionCode), regionReductions(ctx, r.regionCode)]);
    const { plan, reduced } = stockYear(data.stockPlans, reductions, r.year, 'ARREARS');
    return plan ? formatMoney(plan.stockAtStart - reduced) : null;
  }

  @FieldResolver()
  async defaultsWithoutIncident(@Root() r: DebtRisk, @Ctx() ctx: RequestContext) {
    // loaded whatever the figures, so a query's statements do not depend on its data
    const incidents = await regionIncidents(ctx, r.regionCode);
    const open = new Set(incidents.filter((n) => !n.resolvedOn && n.instrumentId).map((n) => n.instrumentId));
    return r.overdueInstruments.filter((id) => !open.has(id)).length;
  }

  // a plan is a standing document: one adopted by the year's end covers the year
  @FieldResolver()
  async missingEmergencyPlan(@Root() r: DebtRisk, @Ctx() ctx: RequestContext) {
    const plans = await regionPlans(ctx, r.regionCode);
    if (!needsEmergencyPlan(r.regionCode)) return false;
    return !plans.some((p) => p.adoptedOn <= `${r.year}-12-31`);
  }
}
