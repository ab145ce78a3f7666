import { Allow, allow, type RequestContext } from '@integrity/subgraph-kit';
import { Ctx, Query, Resolver } from 'type-graphql';
import { deadlineRules } from './deadline-rule.service.js';
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
}
