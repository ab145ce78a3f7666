import { formatMoney, type RequestContext } from '@integrity/subgraph-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { paymentsOf } from './contract.service.js';
import { MilestonePayment, PaymentMilestone } from './contract.type.js';

@Resolver(() => PaymentMilestone)
export class MilestoneResolver {
  @FieldResolver(() => [MilestonePayment], { description: 'Every payment against it, oldest first (batched).' })
  async payments(@Root() m: PaymentMilestone, @Ctx() ctx: RequestContext) {
    return (await paymentsOf(ctx, m.id)).map((p) => ({ ...p, amount: formatMoney(p.amount) }));
  }
}
