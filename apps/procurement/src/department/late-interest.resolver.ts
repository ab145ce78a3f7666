import { Allow, allow, DecimalScalar, formatMoney, type RequestContext } from '@integrity/subgraph-kit';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { lateInterestTotal } from './late-interest.js';

@Resolver()
export class LateInterestResolver {
  @Query(() => DecimalScalar, {
    description:
      'Late-payment interest accrued as of today on supplier payments, CNY (保障中小企业款项支付条例第十七条): of one purchaser, or of every purchaser in the county when none is named. The sum of the milestones’ lateInterest; PROCUREMENT readers.',
  })
  @Allow(allow.read('PROCUREMENT'))
  async lateInterestTotal(
    @Arg('purchaserId', () => ID, { nullable: true }) purchaserId: string | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return formatMoney(await lateInterestTotal(ctx, purchaserId ?? null));
  }
}
