import { today, type RequestContext } from '@integrity/subgraph-kit';
import { Ctx, FieldResolver, Float, Int, Query, Resolver, Root } from 'type-graphql';
import { CoverageSummary } from '../civil-servant/civil-servant.type.js';
import { recordsOfSubject } from '../record/record.service.js';
import { eligibility } from '../rules/eligibility.js';
import { Eligibility } from '../rules/eligibility.type.js';
import { activeDishonestyCount, activeSeriousCount, coverage, fileCount, servantCount } from './department-figures.js';
import { Department } from './department.type.js';

/** Credit figures on Department; each costs one grouped statement for all departments of a query. */
@Resolver(() => Department)
export class DepartmentCreditResolver {
  @FieldResolver(() => Int, { description: 'Civil servants registered in the department.' })
  civilServantCount(@Root() d: Department, @Ctx() ctx: RequestContext) {
    return servantCount(ctx, d.id);
  }

  @FieldResolver(() => Float, {
    description: 'Civil servants with a credit file ÷ civil servants (0 when it has none); target 1.0.',
  })
  async creditFileCoverage(@Root() d: Department, @Ctx() ctx: RequestContext) {
    const [total, files] = await Promise.all([servantCount(ctx, d.id), fileCount(ctx, d.id)]);
    return total ? Math.round((files / total) * 1e6) / 1e6 : 0;
  }

  @FieldResolver(() => Int, {
    description: 'Active dishonesty records counting against the department (its own and its civil servants’).',
  })
  activeDishonestyRecordCount(@Root() d: Department, @Ctx() ctx: RequestContext) {
    return activeDishonestyCount(ctx, d.id);
  }

  @FieldResolver(() => Int, {
    description: 'Of the active dishonesty records counting against the department, the SERIOUS ones.',
  })
  activeSeriousRecordCount(@Root() d: Department, @Ctx() ctx: RequestContext) {
    return activeSeriousCount(ctx, d.id);
  }

  @FieldResolver(() => Eligibility, {
    description: 'Whether the department may be put forward for honours, with reasons.',
  })
  async honorEligibility(@Root() d: Department, @Ctx() ctx: RequestContext) {
    return eligibility(await recordsOfSubject(ctx, 'DEPARTMENT', d.id), today());
  }
}

@Resolver()
export class CoverageResolver {
  @Query(() => CoverageSummary, { description: 'County-wide credit-file coverage. CREDIT readers.' })
  creditCoverage(@Ctx() ctx: RequestContext) {
    return coverage(ctx);
  }
}
