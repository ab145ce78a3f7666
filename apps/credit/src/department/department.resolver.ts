import { requireRead, today, type RequestContext, Allow, allow } from '@integrity/subgraph-kit';
import { Ctx, Directive, FieldResolver, Float, Int, Query, Resolver, Root } from 'type-graphql';
import { overdueObjectionsAnsweredBy } from '../objection/objection-answerable.js';
import { CoverageSummary } from '../civil-servant/civil-servant.type.js';
import { recordsOfSubject } from '../record/record.service.js';
import { eligibility } from '../rules/eligibility.js';
import { Eligibility } from '../rules/eligibility.type.js';
import {
  activeDishonestyCount,
  activeProcurementBreachCount,
  activeSeriousCount,
  coverage,
  fileCount,
  servantCount,
} from './department-figures.js';
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

  @FieldResolver(() => Int, {
    description:
      'Of the active dishonesty records counting against the department, those procurement recorded as its breaches (采购人违约失信, 饶府〔2018〕35号 三.3): a breach counts while its record is in its period and not repaired or removed on objection. The integrity score deducts for these.',
  })
  activeProcurementBreachRecordCount(@Root() d: Department, @Ctx() ctx: RequestContext) {
    return activeProcurementBreachCount(ctx, d.id);
  }

  @FieldResolver(() => Int, {
    description:
      'Objections open past their acceptance or decision deadline that this department answers for. An accepted one is the accepting officer’s department’s alone (the decision is theirs). One not yet accepted counts against every department acting county-wide in CREDIT (any of them may accept it) except the one its record is about, which may not handle it; so does one accepted before the acceptor’s department was kept. 0 for every other department.',
  })
  @Directive('@requires(fields: "countyWideDomains")')
  async overdueObjectionCount(@Root() d: Department, @Ctx() ctx: RequestContext) {
    requireRead(ctx, 'CREDIT');
    return overdueObjectionsAnsweredBy(ctx, d);
  }

  @FieldResolver(() => Eligibility, {
    description:
      "Credit's part of whether the department may be put forward for honours: its own credit records only, with reasons. CREDIT readers. The whole judgement, across every domain (overdue payments, breaches, broken commitments, the evaluation grade), is supervision's `integrityHonorEligibility`: read that one to decide.",
  })
  async honorEligibility(@Root() d: Department, @Ctx() ctx: RequestContext) {
    // the bars name records the public list withholds (unpublished, under objection): CREDIT readers only
    requireRead(ctx, 'CREDIT');
    return eligibility(await recordsOfSubject(ctx, 'DEPARTMENT', d.id), today());
  }
}

@Resolver()
export class CoverageResolver {
  @Query(() => CoverageSummary, { description: 'County-wide credit-file coverage. CREDIT readers.' })
  @Allow(allow.read('CREDIT'))
  creditCoverage(@Ctx() ctx: RequestContext) {
    return coverage(ctx);
  }
}
