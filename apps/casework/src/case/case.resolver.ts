import { Allow, allow, type RequestContext } from '@integrity/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Department } from '../department/department.type.js';
import { AssignCaseInput, CasesArgs, CloseCaseInput, RegisterCaseInput, ReplyCaseInput } from './case.input.js';
import { getCase, listCases, registerCase } from './case.service.js';
import { coHandlersOf, type CaseView } from './case-view.js';
import { workingDaysLeft } from './working-days-left.js';
import { assignCase, closeCase, extendCase, replyCase, triageCase } from './case-workflow.service.js';
import { Case, CasePage } from './case.type.js';

/** 县信访局 and 县政务服务数据管理局 (政务服务中心, 12345): CASEWORK officers acting county-wide. */
const COUNTY_CASEWORK = allow.countyWide('CASEWORK');

@Resolver(() => Case)
export class CaseResolver {
  @Query(() => CasePage, {
    description:
      'Cases, earliest deadline first. Leaders, supervisors, county-wide SUPERVISION and CASEWORK officers see all; anyone else the cases their department leads or co-handles.',
  })
  @Allow(allow.signedIn())
  cases(@Args() args: CasesArgs, @Ctx() ctx: RequestContext) {
    return listCases(ctx, args);
  }

  @Query(() => Case, { nullable: true, description: 'One case (null when missing or not yours to see).' })
  @Allow(allow.signedIn())
  case(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return getCase(ctx, id);
  }

  @Mutation(() => Case, {
    description:
      'Register a case received through any channel, with its source number and the day received. County-wide CASEWORK officers.',
  })
  @Allow(COUNTY_CASEWORK)
  registerCase(@Arg('input') input: RegisterCaseInput, @Ctx() ctx: RequestContext) {
    return registerCase(ctx, input);
  }

  @Mutation(() => Case, {
    description: 'Accept a RECEIVED case, or refuse it as out of scope with a reason. County-wide CASEWORK officers.',
  })
  @Allow(COUNTY_CASEWORK)
  triageCase(
    @Arg('id', () => ID) id: string,
    @Arg('accepted') accepted: boolean,
    @Arg('reason', () => String, { nullable: true, description: 'Required when refusing (at most 1,000 characters).' })
    reason: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return triageCase(ctx, id, accepted, reason);
  }

  @Mutation(() => Case, {
    description: 'Assign (交办) an accepted case to a lead department with co-handlers. County-wide CASEWORK officers.',
  })
  @Allow(COUNTY_CASEWORK)
  assignCase(@Arg('id', () => ID) id: string, @Arg('input') input: AssignCaseInput, @Ctx() ctx: RequestContext) {
    return assignCase(ctx, id, input);
  }

  @Mutation(() => Case, {
    description:
      'Reply to an assigned case: CASEWORK officers of the lead department, or acting county-wide. NPC/CPPCC replies carry outcome A, B or C.',
  })
  @Allow(allow.write('CASEWORK'))
  replyCase(@Arg('id', () => ID) id: string, @Arg('input') input: ReplyCaseInput, @Ctx() ctx: RequestContext) {
    return replyCase(ctx, id, input);
  }

  @Mutation(() => Case, {
    description: 'Close a replied case (NPC/CPPCC: with the delegate’s satisfaction). County-wide CASEWORK officers.',
  })
  @Allow(COUNTY_CASEWORK)
  closeCase(
    @Arg('id', () => ID) id: string,
    @Arg('input', { defaultValue: {} }) input: CloseCaseInput,
    @Ctx() ctx: RequestContext,
  ) {
    return closeCase(ctx, id, input);
  }

  @Mutation(() => Case, {
    description:
      'Approve the one extension of the reply period the case’s rule allows, with a reason. County-wide CASEWORK officers.',
  })
  @Allow(COUNTY_CASEWORK)
  extendCase(@Arg('id', () => ID) id: string, @Arg('reason') reason: string, @Ctx() ctx: RequestContext) {
    return extendCase(ctx, id, reason);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'Working days from today to the deadline on the county calendar (0: due today; negative: that many working days overdue); null when the case is not open or has no deadline. A year without a loaded calendar counts weekends only.',
  })
  workingDaysLeft(@Root() c: CaseView, @Ctx() ctx: RequestContext) {
    return workingDaysLeft(ctx, c);
  }

  @FieldResolver(() => [Department], { description: 'Co-handling departments (协办单位); batched.' })
  coHandlers(@Root() c: CaseView, @Ctx() ctx: RequestContext) {
    return coHandlersOf(ctx).load(c.id);
  }
}
