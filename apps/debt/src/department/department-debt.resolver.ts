import { today, type RequestContext } from '@integrity/subgraph-kit';
import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { regionData } from '../risk/region-data.js';
import { recordedRisk } from '../risk/year-risk.js';
import { RiskLevelEnum } from '../risk/risk.type.js';
import { Department } from './department.type.js';

@Resolver(() => Department)
export class DepartmentDebtResolver {
  @Directive('@requires(fields: "region { code }")')
  @FieldResolver(() => RiskLevelEnum, {
    nullable: true,
    description:
      'This year’s debt risk band of the department’s region (a town government: its town; a county department: the county); null when the region has neither debt nor resources recorded. DEBT readers; batched with the regions.',
  })
  async regionDebtRiskLevel(@Root() d: Department, @Ctx() ctx: RequestContext) {
    const code = d.region?.code;
    if (!code) return null;
    return recordedRisk(await regionData(ctx, code), Number(today().slice(0, 4)))?.level ?? null;
  }
}
