import { formatMoney, groupByKey, type RequestContext } from '@integrity/subgraph-kit';
import { In } from 'typeorm';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PppPaymentEntity } from './ppp-payment.entity.js';
import { loadPpp, pppView } from './ppp.service.js';
import { PppObligation, PppPayment, PppProject } from './ppp.type.js';

/** The payments of obligations, oldest first, for many obligations in one statement. */
const paymentsOf = (ctx: RequestContext, obligationId: string) =>
  ctx.loaders
    .get<string, PppPaymentEntity[]>('ppp.payments', async (ids) =>
      groupByKey(
        ids,
        await ctx.dataSource.manager.find(PppPaymentEntity, {
          where: { obligationId: In([...ids]) },
          order: { paidOn: 'ASC', recordedAt: 'ASC' },
        }),
        (p) => p.obligationId,
      ),
    )
    .load(obligationId);

@Resolver(() => PppObligation)
export class PppObligationResolver {
  @FieldResolver(() => [PppPayment], { description: 'Every payment of it, oldest first, each with its date.' })
  async payments(@Root() o: PppObligation, @Ctx() ctx: RequestContext) {
    return (await paymentsOf(ctx, o.id)).map((p) => ({ ...p, amount: formatMoney(p.amount) }));
  }

  @FieldResolver(() => PppProject, { description: 'The project the obligation belongs to.' })
  async project(@Root() o: PppObligation, @Ctx() ctx: RequestContext) {
    return pppView((await loadPpp(ctx, o.projectId))!);
  }
}
