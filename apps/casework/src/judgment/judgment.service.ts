import { randomUUID } from 'node:crypto';
import { seesEveryCase } from '@integrity/rules';
import {
  AppError,
  badInput,
  directoryName,
  enqueueOutbox,
  formatMoney,
  groupByKey,
  mustFind,
  paginate,
  parseMoney,
  recordAudit,
  requireCaller,
  requireOwner,
  today,
  transaction,
  updateVersioned,
  type RequestContext,
} from '@integrity/subgraph-kit';
import { In } from 'typeorm';
import { JudgmentEntity, JudgmentFulfilmentEntity } from './judgment.entity.js';
import type {
  JudgmentsArgs,
  MarkJudgmentDebtorListedInput,
  RecordJudgmentFulfilmentInput,
  RecordJudgmentInput,
} from './judgment.input.js';
import { curedRecordMessage, listedRecordMessage } from './judgment-listing.js';
import { isFulfilled, judgmentStatus } from './judgment-rules.js';
import { caseNumberOf } from './case-number.js';

const notAfterToday = (date: string, field: string) => {
  const now = today();
  if (date > now) throw badInput(field, 'DATE_IN_FUTURE', `${field} may not be after today`, { date: now });
};

export const judgmentView = (j: JudgmentEntity) => ({
  ...j,
  amount: formatMoney(j.amount),
  fulfilledAmount: formatMoney(j.fulfilledAmount),
  status: judgmentStatus(j, today()),
  department: { id: j.departmentId },
});

/** Fulfilments of many judgments in one statement. */
export const fulfilmentsOf = (ctx: RequestContext) =>
  ctx.loaders.get<string, JudgmentFulfilmentEntity[]>('judgment.fulfilments', async (ids) =>
    groupByKey(
      ids,
      await ctx.dataSource
        .getRepository(JudgmentFulfilmentEntity)
        .find({ where: { judgmentId: In([...ids]) }, order: { date: 'ASC', id: 'ASC' } }),
      (f) => f.judgmentId,
    ),
  );

/** Judgments the caller sees (everyone casework shows every case to; others their department's), earliest due first. */
export async function listJudgments(ctx: RequestContext, args: JudgmentsArgs) {
  const caller = requireCaller(ctx);
  const qb = ctx.dataSource.getRepository(JudgmentEntity).createQueryBuilder('j');
  const departmentId = seesEveryCase(caller) ? args.departmentId : caller.departmentId;
  if (!departmentId && !seesEveryCase(caller)) return { items: [], total: 0, page: args.page, pageSize: args.pageSize };
  if (departmentId) qb.andWhere('j.department_id = :departmentId', { departmentId });
  const now = today();
  if (args.status === 'FULFILLED') qb.andWhere('j.fulfilled_on IS NOT NULL');
  if (args.status === 'UNFULFILLED') qb.andWhere('j.fulfilled_on IS NULL AND j.due_on < :now', { now });
  if (args.status === 'PENDING') qb.andWhere('j.fulfilled_on IS NULL AND j.due_on >= :now', { now });
  return paginate(qb.orderBy('j.due_on', 'ASC').addOrderBy('j.id', 'ASC'), args, judgmentView);
}

/** Record a judgment against a department: its CASEWORK officers, or county-wide ones. */
export async function recordJudgment(ctx: RequestContext, input: RecordJudgmentInput) {
  const caller = requireOwner(ctx, 'CASEWORK', { departmentId: input.departmentId });
  notAfterToday(input.effectiveOn, 'input.effectiveOn');
  if (input.dueOn < input.effectiveOn)
    throw badInput('input.dueOn', 'DATE_TOO_EARLY', 'the due date is before the judgment took effect', {
      date: input.effectiveOn,
    });
  const caseNumber = caseNumberOf(input.caseNumber);
  await directoryName(ctx, 'department', input.departmentId, 'input.departmentId');
  if (await ctx.dataSource.getRepository(JudgmentEntity).existsBy({ caseNumber }))
    throw badInput('input.caseNumber', 'JUDGMENT_ALREADY_RECORDED', 'that case number is recorded', { caseNumber });
  const j: JudgmentEntity = {
    id: randomUUID(),
    caseNumber,
    court: input.court.trim(),
    departmentId: input.departmentId,
    obligation: input.obligation.trim(),
    amount: parseMoney(input.amount ?? '0', 'input.amount', { allowZero: true }),
    fulfilledAmount: 0n,
    effectiveOn: input.effectiveOn,
    dueOn: input.dueOn,
    fulfilledOn: null,
    listedOn: null,
    listingDocument: null,
    recordedBy: caller.username,
    version: 1,
  };
  await transaction(ctx, async (m) => {
    await m.insert(JudgmentEntity, j);
    await recordAudit(m, ctx, { action: 'judgment.record', entityType: 'Judgment', entityId: j.id, after: j });
  });
  return judgmentView(j);
}

/**
 * Record a fulfilment; the judgment is FULFILLED once the whole sum is paid (or the obligation performed), on the
 * latest fulfilment's date.
 */
export async function recordJudgmentFulfilment(ctx: RequestContext, id: string, input: RecordJudgmentFulfilmentInput) {
  const before = await mustFind(ctx.dataSource.getRepository(JudgmentEntity).findOneBy({ id }), 'judgment', id);
  const caller = requireOwner(ctx, 'CASEWORK', { departmentId: before.departmentId });
  if (before.fulfilledOn)
    throw new AppError('BAD_USER_INPUT', 'INVALID_STATE', 'the judgment is fulfilled', {
      field: 'id',
      params: { from: 'FULFILLED' },
    });
  notAfterToday(input.date, 'input.date');
  if (input.date < before.effectiveOn)
    throw badInput('input.date', 'DATE_TOO_EARLY', 'before the judgment took effect', { date: before.effectiveOn });
  const amount = parseMoney(input.amount ?? '0', 'input.amount', { allowZero: true });
  const outstanding = before.amount - before.fulfilledAmount;
  if (amount > outstanding)
    throw badInput('input.amount', 'EXCEEDS_OUTSTANDING', 'more than is outstanding', {
      outstanding: formatMoney(outstanding),
    });
  const fulfilment: JudgmentFulfilmentEntity = {
    id: randomUUID(),
    judgmentId: id,
    date: input.date,
    amount,
    evidence: input.evidence.trim(),
    recordedBy: caller.username,
  };
  const fulfilledAmount = before.fulfilledAmount + amount;
  // fulfilled on the day of the latest payment, not of the one entered last (payments may be entered late); an
  // entry of no amount (evidence alone) dates only a judgment of no sum (an obligation performed)
  const latest = await ctx.dataSource
    .getRepository(JudgmentFulfilmentEntity)
    .createQueryBuilder('f')
    .select('MAX(f.date)', 'date')
    .where('f.judgment_id = :id AND f.amount > 0', { id })
    .getRawOne<{ date: string | null }>();
  const own = amount > 0n || before.amount === 0n ? input.date : null;
  const fulfilledOn =
    [latest?.date ?? null, own]
      .filter((d): d is string => !!d)
      .sort()
      .at(-1) ?? input.date;
  const after = await transaction(ctx, async (m) => {
    const saved = await updateVersioned(m, JudgmentEntity, 'judgment', { id }, before.version, {
      fulfilledAmount,
      fulfilledOn: isFulfilled(before.amount, fulfilledAmount, 1) ? fulfilledOn : null,
    });
    await m.insert(JudgmentFulfilmentEntity, fulfilment);
    // a listed judgment now fulfilled: credit learns it in the same commit, and the record becomes repairable
    if (saved.fulfilledOn && saved.listedOn) await enqueueOutbox(m, curedRecordMessage(saved));
    await recordAudit(m, ctx, {
      action: 'judgment.fulfil',
      entityType: 'Judgment',
      entityId: id,
      before,
      after: { ...saved, fulfilment },
    });
    return saved;
  });
  return judgmentView(after);
}

/**
 * The court has listed the obligor as a dishonest judgment debtor: recorded once, and in the same transaction
 * the department's SERIOUS JUDICIAL_JUDGMENT record goes into the outbox for credit (keyed by the judgment, so
 * it is made exactly once however often it is delivered). County-wide CASEWORK officers.
 */
export async function markJudgmentDebtorListed(ctx: RequestContext, id: string, input: MarkJudgmentDebtorListedInput) {
  const before = await mustFind(ctx.dataSource.getRepository(JudgmentEntity).findOneBy({ id }), 'judgment', id);
  if (before.listedOn) throw badInput('id', 'JUDGMENT_ALREADY_LISTED', 'the listing is recorded already');
  notAfterToday(input.listedOn, 'input.listedOn');
  if (input.listedOn < before.effectiveOn)
    throw badInput('input.listedOn', 'DATE_TOO_EARLY', 'before the judgment took effect', { date: before.effectiveOn });
  // a court lists a debtor who has not performed: a listing recorded after fulfilment dates from before it
  if (before.fulfilledOn && input.listedOn > before.fulfilledOn)
    throw badInput('input.listedOn', 'DATE_TOO_LATE', 'after the judgment was fulfilled', { date: before.fulfilledOn });
  const after = await transaction(ctx, async (m) => {
    const saved = await updateVersioned(m, JudgmentEntity, 'judgment', { id }, before.version, {
      listedOn: input.listedOn,
      listingDocument: input.document.trim(),
    });
    await enqueueOutbox(
      m,
      listedRecordMessage({ ...saved, listedOn: input.listedOn, listingDocument: input.document.trim() }),
    );
    // listed, then fulfilled, recorded in that order only now: the record is cured from the start (credit answers
    // NOT_FOUND to a cure sent before its record has arrived, and the outbox sends it again)
    if (saved.fulfilledOn) await enqueueOutbox(m, curedRecordMessage(saved));
    await recordAudit(m, ctx, {
      action: 'judgment.listed',
      entityType: 'Judgment',
      entityId: id,
      before,
      after: saved,
    });
    return saved;
  });
  return judgmentView(after);
}
