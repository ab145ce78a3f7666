import {
  Allow,
  allow,
  CREDIT_RECORD_TOPIC,
  PROCUREMENT_BREACH_SOURCE_PREFIX,
  DecimalScalar,
  formatMoney,
  toBigInt,
  type RequestContext,
} from '@integrity/subgraph-kit';
import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { SelectQueryBuilder } from 'typeorm';
import { BreachEntity, MilestoneEntity } from '../contract/contract.entity.js';
import { overdueCondition } from '../contract/contract.service.js';
import { Department } from './department.type.js';
import { lateInterestOf } from './late-interest.js';

interface Overdue {
  count: number;
  amount: bigint;
}

/** Overdue supplier payments of every department in the request: one grouped statement. */
const overdueOf = (ctx: RequestContext, departmentId: string) => {
  return ctx.loaders
    .get<string, Overdue>('department.overduePayments', async (ids) => {
      const rows: { departmentId: string; n: unknown; amount: unknown }[] = await ctx.dataSource.manager
        .createQueryBuilder(MilestoneEntity, 'm')
        .select('m.purchaser_id', 'departmentId')
        .addSelect('COUNT(*)', 'n')
        .addSelect('SUM(m.amount - m.paid_amount)', 'amount')
        .where(...overdueCondition())
        .andWhere('m.purchaser_id IN (:...ids)', { ids })
        .groupBy('m.purchaser_id')
        .getRawMany();
      const map = new Map(
        rows.map((r) => [String(r.departmentId), { count: Number(r.n), amount: toBigInt(r.amount) }]),
      );
      return ids.map((id) => map.get(id) ?? { count: 0, amount: 0n });
    })
    .load(departmentId);
};

/**
 * Breaches per department of every department in the request, in one grouped statement; `narrow` limits which
 * breaches count (a join or a condition on `b`).
 */
const breachCounts = (
  ctx: RequestContext,
  key: string,
  narrow: (qb: SelectQueryBuilder<BreachEntity>) => SelectQueryBuilder<BreachEntity> = (qb) => qb,
) =>
  ctx.loaders.get<string, number>(key, async (ids) => {
    const rows: { departmentId: string; n: unknown }[] = await narrow(
      ctx.dataSource.manager.createQueryBuilder(BreachEntity, 'b'),
    )
      .select('b.department_id', 'departmentId')
      .addSelect('COUNT(*)', 'n')
      .andWhere('b.department_id IN (:...ids)', { ids })
      .groupBy('b.department_id')
      .getRawMany();
    const map = new Map(rows.map((r) => [String(r.departmentId), Number(r.n)]));
    return ids.map((id) => map.get(id) ?? 0);
  });

const breachesOf = (ctx: RequestContext, departmentId: string) =>
  breachCounts(ctx, 'department.breaches').load(departmentId);

@Resolver(() => Department)
export class DepartmentProcurementResolver {
  @Allow(allow.read('PROCUREMENT'))
  @FieldResolver(() => Int, {
    description: 'Supplier payments this department owes past their due date (拖欠账款): a government breach.',
  })
  async overduePaymentCount(@Root() d: Department, @Ctx() ctx: RequestContext) {
    return (await overdueOf(ctx, d.id)).count;
  }

  @Allow(allow.read('PROCUREMENT'))
  @FieldResolver(() => DecimalScalar, { description: 'The unpaid amount of those payments, CNY.' })
  async overduePaymentAmount(@Root() d: Department, @Ctx() ctx: RequestContext) {
    return formatMoney((await overdueOf(ctx, d.id)).amount);
  }

  @Allow(allow.read('PROCUREMENT'))
  @FieldResolver(() => DecimalScalar, {
    description:
      'Late-payment interest accrued as of today on this department’s supplier payments, CNY (保障中小企业款项支付条例第十七条): the sum of its milestones’ lateInterest (batched).',
  })
  async lateInterest(@Root() d: Department, @Ctx() ctx: RequestContext) {
    return formatMoney(await lateInterestOf(ctx, d.id));
  }

  @Allow(allow.read('PROCUREMENT'))
  @FieldResolver(() => Int, { description: 'Breach records (违约失信) naming this department as responsible.' })
  breachCount(@Root() d: Department, @Ctx() ctx: RequestContext) {
    return breachesOf(ctx, d.id);
  }

  @Allow(allow.read('PROCUREMENT'))
  @FieldResolver(() => Int, {
    description:
      'Breach records naming this department that credit has not yet recorded (the message to credit not yet delivered). Each breach becomes a department dishonesty record in credit; until it is there it bars honours by itself, after that credit’s record decides (its period, an upheld objection, a repair).',
  })
  breachAwaitingCreditCount(@Root() d: Department, @Ctx() ctx: RequestContext) {
    return breachesAwaitingCreditOf(ctx, d.id);
  }
}

/**
 * Breaches of every department in the request that credit has not yet recorded: their outbox message to credit is
 * not yet delivered (credit down, or the message failing). One grouped statement. Once credit holds the record, its
 * period, objection and repair decide whether it still counts.
 */
const breachesAwaitingCreditOf = (ctx: RequestContext, departmentId: string) =>
  breachCounts(ctx, 'department.breachesAwaitingCredit', (qb) =>
    qb.innerJoin(
      'outbox_message',
      'o',
      'o.topic = :topic AND o.dedupe_key = CONCAT(:prefix, b.id) AND o.delivered_at IS NULL',
      { topic: CREDIT_RECORD_TOPIC, prefix: PROCUREMENT_BREACH_SOURCE_PREFIX },
    ),
  ).load(departmentId);

export const departmentReference = {
  Department: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
};
