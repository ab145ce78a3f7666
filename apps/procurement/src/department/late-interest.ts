import { lateInterest } from '@integrity/rules';
import { groupByKey, toBigInt, today, type RequestContext } from '@integrity/subgraph-kit';
import { In } from 'typeorm';
import { ContractEntity, MilestoneEntity } from '../contract/contract.entity.js';
import { MilestonePaymentEntity } from '../contract/milestone-payment.entity.js';

/**
 * Late-payment interest (条例第十七条) accrued on each requested department's supplier payments as of today, in fen:
 * two statements for any number of departments. Only milestones that are or were late are read: paid in full after
 * their due date, or unpaid past it; one with no due date yet bears none.
 */
export const lateInterestOf = (ctx: RequestContext, departmentId: string) =>
  ctx.loaders
    .get<string, bigint>('department.lateInterest', async (ids) => {
      const on = today();
      const late: { id: string; purchaserId: string; dueDate: string; amount: unknown; lateRateBp: unknown }[] =
        await ctx.dataSource.manager
          .createQueryBuilder(MilestoneEntity, 'm')
          .innerJoin(ContractEntity, 'c', 'c.id = m.contract_id')
          .select('m.id', 'id')
          .addSelect('m.purchaser_id', 'purchaserId')
          .addSelect('m.due_date', 'dueDate')
          .addSelect('m.amount', 'amount')
          .addSelect('c.late_rate_bp', 'lateRateBp')
          .where('m.purchaser_id IN (:...ids) AND m.due_date IS NOT NULL', { ids })
          .andWhere('(m.paid_on > m.due_date OR (m.paid_amount < m.amount AND m.due_date < :on))', { on })
          .getRawMany();
      const payments = late.length
        ? groupByKey(
            late.map((m) => m.id),
            await ctx.dataSource.manager.findBy(MilestonePaymentEntity, { milestoneId: In(late.map((m) => m.id)) }),
            (p) => p.milestoneId,
          )
        : [];
      const total = new Map<string, bigint>();
      late.forEach((m, i) => {
        const fen = lateInterest(
          { dueDate: m.dueDate, amount: toBigInt(m.amount) },
          payments[i]!,
          on,
          m.lateRateBp === null || m.lateRateBp === undefined ? null : Number(m.lateRateBp),
        );
        total.set(m.purchaserId, (total.get(m.purchaserId) ?? 0n) + fen);
      });
      return ids.map((id) => total.get(id) ?? 0n);
    })
    .load(departmentId);
