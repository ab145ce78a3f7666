import { Allow, allow, type RequestContext } from '@integrity/subgraph-kit';
import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { CheckCreditAtInput, CreditCheckLogArgs } from './credit-check-log.input.js';
import { checkCreditAt, creditCheckLog } from './credit-check-log.service.js';
import { CreditCheckLogEntry, CreditCheckLogPage } from './credit-check-log.type.js';

@Resolver()
export class CreditCheckLogResolver {
  @Mutation(() => CreditCheckLogEntry, {
    description:
      'A money step (award, contract, investment agreement, commitment payment…) checks an enterprise: the step’s rule is applied and the check logged. Only the service that runs the step (its service credential); users get FORBIDDEN.',
  })
  @Allow(allow.services('procurement', 'investment'))
  checkCreditAt(@Arg('input') input: CheckCreditAtInput, @Ctx() ctx: RequestContext) {
    return checkCreditAt(ctx, input);
  }

  @Query(() => CreditCheckLogPage, {
    description:
      'Every logged credit check at a money step, newest first: who asked, about whom, when, the result and the records seen. CREDIT readers read every check; PROCUREMENT and INVESTMENT officers their own domain’s steps, every department’s when county-wide in it, else their own department’s.',
  })
  @Allow(allow.read('CREDIT'), allow.write('PROCUREMENT'), allow.write('INVESTMENT'))
  creditCheckLog(@Args() args: CreditCheckLogArgs, @Ctx() ctx: RequestContext) {
    return creditCheckLog(ctx, args);
  }
}
