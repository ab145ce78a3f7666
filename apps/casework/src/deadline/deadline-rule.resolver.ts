import { Allow, allow, type RequestContext } from '@integrity/subgraph-kit';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { PublishDeadlineRuleInput } from './deadline-rule.input.js';
import { deadlineRules, publishDeadlineRule } from './deadline-rule.service.js';
import { DeadlineRule } from './deadline-rule.type.js';

@Resolver(() => DeadlineRule)
export class DeadlineRuleResolver {
  @Query(() => [DeadlineRule], {
    description: 'Every version of the casework deadline rules, with their sources. Any signed-in user.',
  })
  @Allow(allow.signedIn())
  caseDeadlineRules(@Ctx() ctx: RequestContext) {
    return deadlineRules(ctx);
  }

  @Mutation(() => DeadlineRule, {
    description:
      'Publish a new version of a deadline rule (a changed regulation or county decision), in force for cases received from its first day. County-wide CASEWORK officers.',
  })
  @Allow(allow.countyWide('CASEWORK'))
  publishCaseDeadlineRule(@Arg('input') input: PublishDeadlineRuleInput, @Ctx() ctx: RequestContext) {
    return publishDeadlineRule(ctx, input);
  }
}
