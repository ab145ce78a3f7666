import { lateInterestOwed, type EnterpriseSize } from '@integrity/rules';
import { groupByKey, toBigInt, today, type RequestContext } from '@integrity/subgraph-kit';
import { In } from 'typeorm';
import { ContractEntity, MilestoneEntity } from '../contract/contract.entity.js';
import { MilestonePaymentEntity } from '../contract/milestone-payment.entity.js';

/**
 * Late-payment interest (条例第十七条) accrued as of today, in fen, per purchaser: of the departments asked for, or
 * of every department when `ids` is null. Two statements however many. Only milestones that are or were late are
 * read: paid in full after their due date, or unpaid past it; one with no due date yet bears none.
 */
export async function lateInterestByPurchaser(
  ctx: RequestContext,
  ids: readonly string[] | null,
): Promise<Map<string, bigint>> {
  const on = today();
  const qb = ctx.dataSource.manager
    .createQueryBuilder(MilestoneEntity, 'm')
    .innerJoin(ContractEntity, 'c', 'c.id = m.contract_id')
    .select('m.id', 'id')
    .addSelect('m.purchaser_id', 'purchaserId')
    .addSelect('m.due_date', 'dueDate')
    .addSelect('m.amount', 'amount')
    .addSelect('c.late_rate_bp', 'lateRateBp')
    .addSelect('c.supplier_size', 'supplierSize')
    .where('m.due_date IS NOT NULL')
    .andWhere('(m.paid_on > m.due_date OR (m.paid_amount < m.amount AND m.due_date < :on))', { on });
  if (ids) qb.andWhere('m.purchaser_id IN (:...ids)', { ids });
  const late: {
    id: string;
    purchaserId: string;
    dueDate: string;
    amount: unknown;
    lateRateBp: unknown;
    supplierSize: EnterpriseSize;
  }[] = await qb.getRawMany();
  const payments = late.length
    ? groupByKey(
        late.map((m) => m.id),
        await ctx.dataSource.manager.findBy(MilestonePaymentEntity, { milestoneId: In(late.map((m) => m.id)) }),
        (p) => p.milestoneId,
      )
    : [];
  const total = new Map<string, bigint>();
  late.forEach((m, i) => {
    const fen = lateInterestOwed(
      m.supplierSize,
      { dueDate: m.dueDate, amount: toBigInt(m.amount) },
      payments[i]!,
      on,
      m.lateRateBp === null || m.lateRateBp === undefined ? null : Number(m.lateRateBp),
    );
    total.set(m.purchaserId, (total.get(m.purchaserId) ?? 0n) + fen);
  });
  return total;
}

/** One department's late interest in fen, batched with every other department asked for in the same request. */
export const lateInterestOf = (ctx: RequestContext, departmentId: string) =>
  ctx.loaders
    .get<string, bigint>('department.lateInterest', async (ids) => {
      const total = await lateInterestByPurchaser(ctx, ids);
      return ids.map((id) => total.get(id) ?? 0n);
    })
    .load(departmentId);

/** Late interest in fen of one purchaser, or of the whole county when none is named. */
export async function lateInterestTotal(ctx: RequestContext, purchaserId: string | null): Promise<bigint> {
  const total = await lateInterestByPurchaser(ctx, purchaserId ? [purchaserId] : null);
  return [...total.values()].reduce((s, v) => s + v, 0n);
}
