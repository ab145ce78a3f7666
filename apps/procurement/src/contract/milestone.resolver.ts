import { DecimalScalar, formatMoney, notFound, type RequestContext } from '@integrity/subgraph-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { contractById, contractView, milestoneLateInterest, paymentsOf } from './contract.service.js';
import { Contract, MilestonePayment, PaymentMilestone } from './contract.type.js';

@Resolver(() => PaymentMilestone)
export class MilestoneResolver {
  @FieldResolver(() => [MilestonePayment], { description: 'Every payment against it, oldest first (batched).' })
  async payments(@Root() m: PaymentMilestone, @Ctx() ctx: RequestContext) {
    return (await paymentsOf(ctx, m.id)).map((p) => ({ ...p, amount: formatMoney(p.amount) }));
  }

  @FieldResolver(() => Contract, {
    description: 'The contract it is owed under: the supplier, and through it the project (batched).',
  })
  async contract(@Root() m: PaymentMilestone & { contractId: string }, @Ctx() ctx: RequestContext) {
    const contract = await contractById(ctx, m.contractId);
    if (!contract) throw notFound('contract', m.contractId);
    return contractView(contract);
  }

  @FieldResolver(() => DecimalScalar, {
    description:
      'Late-payment interest owed to the supplier as of today, CNY (保障中小企业款项支付条例第十七条): each day from the day after the due date to the day paid (or today), on what was outstanding that day, at the contract’s agreed annual rate / 365, else, owed to an SME, 0.05% a day (a supplier that is not an SME gets only an agreed rate); rounded once to the fen. 0 while on time or with no due date yet (batched).',
  })
  async lateInterest(
    @Root() m: PaymentMilestone & { contractId: string },
    @Ctx() ctx: RequestContext,
  ): Promise<string> {
    return formatMoney(await milestoneLateInterest(ctx, m));
  }
}
