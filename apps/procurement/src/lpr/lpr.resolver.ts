import { Allow, allow, type RequestContext } from '@integrity/subgraph-kit';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { listLpr, recordLpr } from './lpr.service.js';
import { LoanPrimeRate, RecordLoanPrimeRateInput } from './lpr.type.js';

@Resolver()
export class LprResolver {
  @Query(() => [LoanPrimeRate], {
    description:
      'The one-year LPR publications an agreed late-payment rate is checked against, newest first. Any signed-in user.',
  })
  @Allow(allow.signedIn())
  loanPrimeRates(@Ctx() ctx: RequestContext) {
    return listLpr(ctx);
  }

  @Mutation(() => LoanPrimeRate, {
    description:
      'Record a month’s one-year LPR publication (every month’s, changed or not: a contract signed past the 19th of the month after the latest one cannot have an agreed rate checked, LPR_NOT_KNOWN). PROCUREMENT officers acting county-wide.',
  })
  @Allow(allow.countyWide('PROCUREMENT'))
  recordLoanPrimeRate(@Arg('input') input: RecordLoanPrimeRateInput, @Ctx() ctx: RequestContext) {
    return recordLpr(ctx, input);
  }
}
