import { randomUUID } from 'node:crypto';
import {
  orderList,
  AppError,
  badInput,
  byKey,
  formatDecimal,
  formatMoney,
  groupByKey,
  isValidDate,
  parseDecimal,
  parseMoney,
  recordAudit,
  today,
  transaction,
  borrowingRefusal,
  BORROWING_RULES,
  DEBT_RATE,
  debtRateProblem,
  underDebtLimit,
  BOND_KINDS,
  updateVersioned,
  requireCaller,
  type RequestContext,
  paginate,
  mustFind,
  rowLock,
} from '@integrity/subgraph-kit';
import { DEBT_INSTRUMENT_SORT } from './instrument-sort.js';
import { In } from 'typeorm';
import { checkRegisteredRegion } from '../debt-access.js';
import { DebtLimitEntity } from '../limit/limit.entity.js';
import { InstrumentEntity, RepaymentEntity, ScheduledPaymentEntity } from './instrument.entity.js';
import type {
  AdjustRepaymentScheduleInput,
  DebtInstrumentsArgs,
  IssueDebtInput,
  RecordRepaymentInput,
} from './instrument.input.js';
import { limitBreach, type LimitBreach } from './limit-check.js';
import { generateSchedule } from './schedule.js';

export const instrumentView = (i: InstrumentEntity) => ({
  ...i,
  principal: formatMoney(i.principal),
  rate: formatDecimal(BigInt(i.rateUnits), DEBT_RATE.scale),
  region: { code: i.regionCode },
});

const loadInstrument = (ctx: RequestContext, id: string) =>
  ctx.loaders
    .get<string, InstrumentEntity | null>('instrument.byId', async (ids) =>
      byKey(ids, await ctx.dataSource.manager.findBy(InstrumentEntity, { id: In([...ids]) }), (i) => i.id),
    )
    .load(id);

export const scheduleOf = (ctx: RequestContext, id: string) =>
  ctx.loaders
    .get<string, ScheduledPaymentEntity[]>('instrument.schedule', async (ids) =>
      groupByKey(
        ids,
        await ctx.dataSource.manager.find(ScheduledPaymentEntity, {
          where: { instrumentId: In([...ids]) },
          order: { dueDate: 'ASC' },
        }),
        (s) => s.instrumentId,
      ),
    )
    .load(id);

export const repaymentsOf = (ctx: RequestContext, id: string) =>
  ctx.loaders
    .get<string, RepaymentEntity[]>('instrument.repayments', async (ids) =>
      groupByKey(
        ids,
        await ctx.dataSource.manager.find(RepaymentEntity, {
          where: { instrumentId: In([...ids]) },
          order: { paidOn: 'ASC' },
        }),
        (r) => r.instrumentId,
      ),
    )
    .load(id);

async function mustLoad(ctx: RequestContext, id: string) {
  return mustFind(loadInstrument(ctx, id), 'debt instrument', id);
}

export async function getInstrument(ctx: RequestContext, id: string) {
  const i = await loadInstrument(ctx, id);
  return i && instrumentView(i);
}

export async function listInstruments(ctx: RequestContext, args: DebtInstrumentsArgs) {
  const qb = ctx.dataSource.manager.createQueryBuilder(InstrumentEntity, 'i');
  if (args.regionCode) qb.andWhere('i.region_code = :r', { r: args.regionCode });
  if (args.kind) qb.andWhere('i.kind = :k', { k: args.kind });
  return paginate(orderList(qb, args, DEBT_INSTRUMENT_SORT, [['i.issued_on', 'DESC']]), args, instrumentView);
}

function scheduleRows(
  instrument: InstrumentEntity,
  payments: { dueDate: string; principal: bigint; interest: bigint }[],
): ScheduledPaymentEntity[] {
  return payments.map((p) => ({
    id: randomUUID(),
    instrumentId: instrument.id,
    regionCode: instrument.regionCode,
    ...p,
  }));
}

const limitExceeded = (
  regionCode: string,
  principal: bigint,
  issuedOn: string,
  { year, limit, balance }: LimitBreach,
) =>
  new AppError(
    'DEBT_LIMIT_EXCEEDED',
    'DEBT_LIMIT_EXCEEDED',
    limit === null
      ? `region ${regionCode} has no approved debt limit for ${year}: no debt may be issued`
      : `issuing ${formatMoney(principal)} on ${issuedOn} would bring the debt balance of ${regionCode} in ${year} to ${formatMoney(balance + principal)}, above its approved ${year} limit of ${formatMoney(limit)} (balance ${formatMoney(balance)}, room ${formatMoney(limit > balance ? limit - balance : 0n)})`,
    {
      limit: limit === null ? null : formatMoney(limit),
      balance: formatMoney(balance),
      principal: formatMoney(principal),
      year,
    },
  );

export async function issueDebt(ctx: RequestContext, input: IssueDebtInput) {
  const regionCode = await checkRegisteredRegion(ctx, input.regionCode);
  const principal = parseMoney(input.principal, 'principal');
  const rateUnits = parseDecimal(input.rate, DEBT_RATE.scale, 'rate');
  const rateProblem = debtRateProblem(input.rate);
  if (rateProblem)
    throw badInput(
      'rate',
      rateProblem.reason,
      `rate is an annual percentage above 0 and at most ${DEBT_RATE.maxPercent}, e.g. "3.25"`,
      rateProblem.params,
    );
  if (input.issuedOn > today()) throw badInput('issuedOn', 'DATE_IN_FUTURE', 'issuedOn cannot be in the future');
  if (input.maturesOn <= input.issuedOn)
    throw badInput('maturesOn', 'DATE_NOT_AFTER', 'maturesOn must be after issuedOn', { date: input.issuedOn });
  const refusal = borrowingRefusal(regionCode, input.kind, input.issuedOn);
  if (refusal)
    throw badInput(
      refusal === 'TOWN_MAY_NOT_BORROW' ? 'regionCode' : 'kind',
      refusal,
      refusal === 'TOWN_MAY_NOT_BORROW'
        ? 'towns do not borrow: bonds are issued by the province and on-lent to the county (Budget Law art. 35)'
        : `from ${BORROWING_RULES.directBorrowingEndsOn} the county borrows only through on-lent bonds; loans and other instruments are recorded only as earlier stock`,
    );
  const isBond = (BOND_KINDS as readonly string[]).includes(input.kind);
  const bondPurpose = isBond ? (input.bondPurpose ?? 'NEW') : null;
  const onLendingDocument = isBond ? input.onLendingDocument?.trim() || null : null;
  // the kit's transaction: a deadlock or a changed row met by the locking read is tried again
  return transaction(ctx, async (m) => {
    // every limit row of the region, locked in year order (MySQL): issues in one region take turns, whatever their
    // dates, so two cannot both fit under the same room, nor an issue dated last year under this year's
    const limits = await m.find(DebtLimitEntity, { where: { regionCode }, order: { year: 'ASC' }, ...rowLock(m) });
    // stock from before limits began (2015) is recorded as found
    if (underDebtLimit(input.issuedOn)) {
      const breach = limitBreach({
        issuedOn: input.issuedOn,
        principal,
        until: today(),
        issued: await m.find(InstrumentEntity, { where: { regionCode }, select: { principal: true, issuedOn: true } }),
        repaid: await m.find(RepaymentEntity, { where: { regionCode }, select: { principal: true, paidOn: true } }),
        limits: new Map(limits.map((l) => [l.year, l.amount])),
      });
      if (breach) throw limitExceeded(regionCode, principal, input.issuedOn, breach);
    }
    const instrument: InstrumentEntity = {
      id: randomUUID(),
      regionCode,
      kind: input.kind,
      principal,
      rateUnits: Number(rateUnits),
      issuedOn: input.issuedOn,
      maturesOn: input.maturesOn,
      project: input.project.trim(),
      bondPurpose,
      onLendingDocument,
      createdAt: new Date().toISOString(),
      version: 1,
    };
    await m.insert(InstrumentEntity, instrument);
    const schedule = scheduleRows(instrument, generateSchedule(instrument));
    await m.insert(ScheduledPaymentEntity, schedule);
    await recordAudit(m, ctx, {
      action: 'debt.issue',
      entityType: 'DebtInstrument',
      entityId: instrument.id,
      after: { ...instrument, schedule },
    });
    return instrumentView(instrument);
  });
}

export async function recordRepayment(ctx: RequestContext, instrumentId: string, input: RecordRepaymentInput) {
  const caller = requireCaller(ctx);
  const before = await mustLoad(ctx, instrumentId);
  const principal = parseMoney(input.principal, 'principal', { allowZero: true });
  const interest = parseMoney(input.interest, 'interest', { allowZero: true });
  if (principal + interest === 0n)
    throw badInput('principal', 'NOTHING_PAID', 'a repayment must pay some principal or interest');
  if (input.paidOn > today()) throw badInput('paidOn', 'DATE_IN_FUTURE', 'paidOn cannot be in the future');
  if (input.paidOn < before.issuedOn)
    throw badInput('paidOn', 'DATE_TOO_EARLY', `paidOn cannot be before the issue date ${before.issuedOn}`, {
      date: before.issuedOn,
    });
  return transaction(ctx, async (m) => {
    // the version bump first: it locks the instrument, so concurrent repayments queue here (a loser sees a
    // stale version: CONFLICT) instead of each inserting a child row and then deadlocking on the parent
    const after = await updateVersioned(
      m,
      InstrumentEntity,
      'debt instrument',
      { id: instrumentId },
      before.version,
      {},
    );
    const repaid = (await m.find(RepaymentEntity, { where: { instrumentId } })).reduce((s, r) => s + r.principal, 0n);
    if (repaid + principal > before.principal) {
      throw badInput(
        'principal',
        'EXCEEDS_OUTSTANDING',
        `principal ${formatMoney(principal)} exceeds what is outstanding (${formatMoney(before.principal - repaid)})`,
        {
          outstanding: formatMoney(before.principal - repaid),
        },
      );
    }
    const repayment: RepaymentEntity = {
      id: randomUUID(),
      instrumentId,
      regionCode: before.regionCode,
      paidOn: input.paidOn,
      principal,
      interest,
      recordedBy: caller.username,
      recordedAt: new Date().toISOString(),
    };
    await m.insert(RepaymentEntity, repayment);
    await recordAudit(m, ctx, {
      action: 'debt.repay',
      entityType: 'DebtInstrument',
      entityId: instrumentId,
      after: repayment,
    });
    return instrumentView(after);
  });
}

export async function adjustSchedule(ctx: RequestContext, instrumentId: string, input: AdjustRepaymentScheduleInput) {
  const before = await mustLoad(ctx, instrumentId);
  const payments = input.payments.map((p, i) => {
    if (!isValidDate(p.dueDate) || p.dueDate <= before.issuedOn)
      throw badInput(
        `payments.${i}.dueDate`,
        'DATE_NOT_AFTER',
        `dueDate must be a date after the issue date ${before.issuedOn}`,
        { date: before.issuedOn },
      );
    return {
      dueDate: p.dueDate,
      principal: parseMoney(p.principal, `payments.${i}.principal`, { allowZero: true }),
      interest: parseMoney(p.interest, `payments.${i}.interest`, { allowZero: true }),
    };
  });
  const total = payments.reduce((s, p) => s + p.principal, 0n);
  if (total !== before.principal)
    throw badInput(
      'payments',
      'SUM_MISMATCH',
      `the schedule’s principal adds up to ${formatMoney(total)}, not the instrument’s ${formatMoney(before.principal)}`,
      {
        total: formatMoney(total),
        expected: formatMoney(before.principal),
      },
    );
  return ctx.dataSource.transaction(async (m) => {
    const old = await m.find(ScheduledPaymentEntity, { where: { instrumentId }, order: { dueDate: 'ASC', id: 'ASC' } });
    const after = await updateVersioned(
      m,
      InstrumentEntity,
      'debt instrument',
      { id: instrumentId },
      input.version,
      {},
    );
    await m.delete(ScheduledPaymentEntity, { instrumentId });
    const rows = scheduleRows(
      before,
      payments.sort((a, b) => a.dueDate.localeCompare(b.dueDate)),
    );
    await m.insert(ScheduledPaymentEntity, rows);
    // the replaced schedule stays in the audit trail, entry by entry in date order: the row ids (new ones every
    // time) and the instrument's own id and region would only make every entry read as changed
    const entries = (list: ScheduledPaymentEntity[]) =>
      list.map(({ dueDate, principal, interest }) => ({ dueDate, principal, interest }));
    await recordAudit(m, ctx, {
      action: 'debt.schedule-adjust',
      entityType: 'DebtInstrument',
      entityId: instrumentId,
      before: entries(old),
      after: entries(rows),
    });
    return instrumentView(after);
  });
}
