import { today, type RequestContext } from '@integrity/subgraph-kit';
import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { regionData } from '../risk/region-data.js';
import { indicators, yearFigures } from '../risk/risk.js';
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
    const data = await regionData(ctx, code);
    if (!data.instruments.length && !data.resources.size) return null;
    const on = today();
    return indicators(yearFigures(data, Number(on.slice(0, 4)), on)).level;
  }
}
