import { isRatedRegion, today, type RequestContext } from '@integrity/subgraph-kit';
import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { regionHead, regionReductions, regionStockPlans } from '../risk/region-data.js';
import { recordedRisk } from '../risk/year-risk.js';
import { RiskLevelEnum } from '../risk/risk.type.js';
import { arrearsPlanMissed } from '../stock/arrears-plan.js';
import { Department } from './department.type.js';

@Resolver(() => Department)
export class DepartmentDebtResolver {
  @Directive('@requires(fields: "region { code }")')
  @FieldResolver(() => RiskLevelEnum, {
    nullable: true,
    description:
      'This year’s debt risk band of the department’s region (a county department: the county); null for a town (towns do not borrow and are not rated) and when nothing is recorded. DEBT readers; batched with the regions.',
  })
  async regionDebtRiskLevel(@Root() d: Department, @Ctx() ctx: RequestContext) {
    const code = d.region?.code;
    if (!code) return null;
    return recordedRisk(await regionHead(ctx, code), Number(today().slice(0, 4)))?.level ?? null;
  }

  @Directive('@requires(fields: "region { code }")')
  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      'For a town: whether last year’s arrears plan (拖欠款项化解计划) was missed, i.e. less was reduced by 31 December than planned, or no plan was filed for it (a town without arrears files a nil plan); null for the county. Supervision’s score reads it. DEBT readers; batched with the regions.',
  })
  async regionArrearsPlanMissed(@Root() d: Department, @Ctx() ctx: RequestContext) {
    const code = d.region?.code;
    if (!code) return null;
    // loaded for every department alike, so the statements do not depend on which departments a page holds
    const [stockPlans, reductions] = await Promise.all([regionStockPlans(ctx, code), regionReductions(ctx, code)]);
    if (isRatedRegion(code)) return null;
    return arrearsPlanMissed({ stockPlans, reductions }, Number(today().slice(0, 4)) - 1);
  }
}
