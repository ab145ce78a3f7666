import { isRatedRegion, today, type DebtStockKind, type RequestContext } from '@integrity/subgraph-kit';
import { Max, Min } from 'class-validator';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import {
  regionData,
  regionFindings,
  regionHead,
  regionIncidents,
  regionPlans,
  regionReductions,
} from '../risk/region-data.js';
import { recordedRisk, risk } from '../risk/year-risk.js';
import { yearFigures } from '../risk/risk.js';
import { incidentView } from '../incident/incident.service.js';
import { DebtIncident } from '../incident/incident.type.js';
import { AccountabilityFinding, DebtRisk, EmergencyPlan } from '../risk/risk.type.js';
import { clearance } from '../stock/stock.service.js';
import { DebtClearance, DebtStockKindEnum } from '../stock/stock.type.js';
import { Region } from './region.type.js';

@ArgsType()
class HistoryArgs {
  @Field(() => Int, { description: 'First year.' }) @Min(1990) @Max(2100) fromYear: number;
  @Field(() => Int, { description: 'Last year (at most 30 years after the first).' })
  @Min(1990)
  @Max(2100)
  toYear: number;
}

/** Debt figures on Region; every region of one query shares one load (a statement per table). */
@Resolver(() => Region)
export class RegionDebtResolver {
  @FieldResolver(() => DebtRisk, {
    nullable: true,
    description:
      'Debt risk of the year: balance, ratios and band (a town: its arrears, not rated). Null when the region has no debt, resources or stock recorded. DEBT readers.',
  })
  async debtRisk(@Root() r: Region, @Arg('year', () => Int) year: number, @Ctx() ctx: RequestContext) {
    return recordedRisk(await regionHead(ctx, r.code), year);
  }

  @FieldResolver(() => [DebtRisk], {
    description: 'Debt risk per year, oldest first, for charts (the 100% warning line is the console’s to draw).',
  })
  async debtHistory(@Root() r: Region, @Args() { fromYear, toYear }: HistoryArgs, @Ctx() ctx: RequestContext) {
    const head = await regionHead(ctx, r.code);
    const last = Math.min(toYear, fromYear + 30);
    const years = Array.from({ length: Math.max(0, last - fromYear + 1) }, (_, k) => fromYear + k);
    return years.map((y) => risk(head, y));
  }

  @FieldResolver(() => DebtClearance, {
    description:
      'Stock-debt resolution (存量债务化解) of the year: the stock at 1 January against the year’s plan and what was reduced. The kind defaults to HIDDEN_DEBT for the county and ARREARS for a town.',
  })
  async debtClearance(
    @Root() r: Region,
    @Arg('year', () => Int) year: number,
    @Arg('kind', () => DebtStockKindEnum, { nullable: true }) kind: DebtStockKind | null,
    @Ctx() ctx: RequestContext,
  ) {
    const [data, reductions] = await Promise.all([regionData(ctx, r.code), regionReductions(ctx, r.code)]);
    const f = yearFigures(data, year, today());
    const stock = kind ?? (isRatedRegion(r.code) ? 'HIDDEN_DEBT' : 'ARREARS');
    return clearance(data.stockPlans, reductions, year, stock, {
      dueInYear: f.serviceDue,
      repaidInYear: f.repaidInYear,
    });
  }

  @FieldResolver(() => [DebtIncident], { description: 'Debt risk incidents of the region, newest first.' })
  async debtIncidents(@Root() r: Region, @Ctx() ctx: RequestContext) {
    return (await regionIncidents(ctx, r.code)).map(incidentView);
  }

  @FieldResolver(() => [EmergencyPlan], {
    description: 'Emergency-response plans recorded for the region, newest first.',
  })
  async emergencyPlans(@Root() r: Region, @Ctx() ctx: RequestContext) {
    return regionPlans(ctx, r.code);
  }

  @FieldResolver(() => [AccountabilityFinding], {
    description: 'Accountability findings on the region’s debt, newest first.',
  })
  async accountabilityFindings(@Root() r: Region, @Ctx() ctx: RequestContext) {
    return regionFindings(ctx, r.code);
  }
}
