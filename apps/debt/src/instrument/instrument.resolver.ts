import { formatMoney, parseDecimal, today, type RequestContext, Allow, allow } from '@integrity/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { yearFigures } from '../risk/risk.js';
import {
  AdjustRepaymentScheduleInput,
  DebtInstrumentsArgs,
  IssueDebtInput,
  RecordRepaymentInput,
} from './instrument.input.js';
import {
  adjustSchedule,
  getInstrument,
  issueDebt,
  listInstruments,
  recordRepayment,
  repaymentsOf,
  scheduleOf,
} from './instrument.service.js';
import { DebtInstrument, DebtInstrumentPage, Repayment, ScheduledPayment } from './instrument.type.js';

const money = <T extends { principal: bigint; interest: bigint }>(row: T) => ({
  ...row,
  principal: formatMoney(row.principal),
  interest: formatMoney(row.interest),
});

@Resolver(() => DebtInstrument)
export class InstrumentResolver {
  @Query(() => DebtInstrument, { nullable: true, description: 'One debt instrument. DEBT readers.' })
  @Allow(allow.read('DEBT'))
  debtInstrument(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return getInstrument(ctx, id);
  }

  @Query(() => DebtInstrumentPage, { description: 'Debt instruments, newest issue first. DEBT readers.' })
  @Allow(allow.read('DEBT'))
  debtInstruments(@Args() args: DebtInstrumentsArgs, @Ctx() ctx: RequestContext) {
    return listInstruments(ctx, args);
  }

  @Mutation(() => DebtInstrument, {
    description:
      'Record debt the county takes on: a bond the province issued and on-lent to it, or loan stock from before 2015. A town is refused (TOWN_MAY_NOT_BORROW, 预算法 art. 35), a loan or other instrument from 2015 on too (DIRECT_BORROWING_NOT_ALLOWED); from 2015 on, beyond the approved limit of its year, or of any later year up to today for an issue recorded on a past date, is DEBT_LIMIT_EXCEEDED with the year and the figures (stock from before limits began needs none). The schedule is generated.',
  })
  @Allow(allow.countyWide('DEBT'))
  issueDebt(@Arg('input') input: IssueDebtInput, @Ctx() ctx: RequestContext) {
    return issueDebt(ctx, input);
  }

  @Mutation(() => DebtInstrument, { description: 'Record a repayment against an instrument.' })
  @Allow(allow.countyWide('DEBT'))
  recordRepayment(
    @Arg('instrumentId', () => ID) instrumentId: string,
    @Arg('input') input: RecordRepaymentInput,
    @Ctx() ctx: RequestContext,
  ) {
    return recordRepayment(ctx, instrumentId, input);
  }

  @Mutation(() => DebtInstrument, {
    description: 'Replace an instrument’s schedule (e.g. after renegotiation); the old one stays in the audit trail.',
  })
  @Allow(allow.countyWide('DEBT'))
  adjustRepaymentSchedule(
    @Arg('instrumentId', () => ID) instrumentId: string,
    @Arg('input') input: AdjustRepaymentScheduleInput,
    @Ctx() ctx: RequestContext,
  ) {
    return adjustSchedule(ctx, instrumentId, input);
  }

  @FieldResolver(() => [ScheduledPayment])
  async schedule(@Root() i: DebtInstrument, @Ctx() ctx: RequestContext) {
    return (await scheduleOf(ctx, i.id)).map(money);
  }

  @FieldResolver(() => [Repayment])
  async repayments(@Root() i: DebtInstrument, @Ctx() ctx: RequestContext) {
    return (await repaymentsOf(ctx, i.id)).map(money);
  }

  @FieldResolver()
  async outstandingPrincipal(
    @Root() i: DebtInstrument & { principal: string },
    @Ctx() ctx: RequestContext,
  ): Promise<string> {
    const repaid = (await repaymentsOf(ctx, i.id)).reduce((s, r) => s + r.principal, 0n);
    return formatMoney(parseDecimal(i.principal, 2, 'principal') - repaid);
  }

  @FieldResolver()
  async overdueAmount(@Root() i: DebtInstrument, @Ctx() ctx: RequestContext): Promise<string> {
    const [schedule, repayments] = await Promise.all([scheduleOf(ctx, i.id), repaymentsOf(ctx, i.id)]);
    const now = today();
    const f = yearFigures(
      { instruments: [], schedule, repayments, resources: new Map() },
      Number(now.slice(0, 4)),
      now,
    );
    return formatMoney(f.overdue);
  }
}
