import { Allow, allow, type RequestContext, TextLength } from '@integrity/subgraph-kit';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Department } from '../department/department.type.js';
import type { PolicyEntity } from './policy.entity.js';
import { CreateIncentivePolicyInput, IncentivePoliciesArgs, UpdateIncentivePolicyInput } from './policy.input.js';
import { createPolicy, getPolicy, listPolicies, reviewPolicy, submitPolicy, updatePolicy } from './policy.service.js';
import { IncentivePolicy, IncentivePolicyPage } from './policy.type.js';

@ArgsType()
class ReviewPolicyArgs {
  @Field(() => ID) id: string;
  @Field({ description: 'true approves, false rejects.' }) approved: boolean;
  @Field({ description: 'The reviewer’s reasons (required).' })
  @TextLength(2, 1000)
  note: string;
}

@Resolver(() => IncentivePolicy)
export class PolicyResolver {
  @Query(() => IncentivePolicy, { nullable: true, description: 'One incentive policy. INVESTMENT readers.' })
  @Allow(allow.read('INVESTMENT'))
  incentivePolicy(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return getPolicy(ctx, id);
  }

  @Query(() => IncentivePolicyPage, { description: 'Incentive policies, newest first. INVESTMENT readers.' })
  @Allow(allow.read('INVESTMENT'))
  incentivePolicies(@Args() args: IncentivePoliciesArgs, @Ctx() ctx: RequestContext) {
    return listPolicies(ctx, args);
  }

  @Mutation(() => IncentivePolicy, {
    description: 'Draft a policy in your department (INVESTMENT officers). Starts as DRAFT.',
  })
  @Allow(allow.write('INVESTMENT'))
  createIncentivePolicy(@Arg('input') input: CreateIncentivePolicyInput, @Ctx() ctx: RequestContext) {
    return createPolicy(ctx, input);
  }

  @Mutation(() => IncentivePolicy, {
    description: 'Edit a policy. Under review: INVALID_TRANSITION. Approved and text changed: back to UNDER_REVIEW.',
  })
  @Allow(allow.write('INVESTMENT'))
  updateIncentivePolicy(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: UpdateIncentivePolicyInput,
    @Ctx() ctx: RequestContext,
  ) {
    return updatePolicy(ctx, id, input);
  }

  @Mutation(() => IncentivePolicy, { description: 'Submit a DRAFT or REJECTED policy for review.' })
  @Allow(allow.write('INVESTMENT'))
  submitPolicyForReview(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return submitPolicy(ctx, id);
  }

  @Mutation(() => IncentivePolicy, {
    description:
      'Approve or reject a policy UNDER_REVIEW, with a note. County-wide INVESTMENT officers other than the drafter and whoever last changed its text or legal basis (FORBIDDEN NOT_YOUR_OWN).',
  })
  @Allow(allow.countyWide('INVESTMENT'))
  reviewPolicy(@Args() { id, approved, note }: ReviewPolicyArgs, @Ctx() ctx: RequestContext) {
    return reviewPolicy(ctx, id, approved, note);
  }

  @FieldResolver(() => Department)
  department(@Root() policy: PolicyEntity): Department {
    return { id: policy.departmentId };
  }
}
