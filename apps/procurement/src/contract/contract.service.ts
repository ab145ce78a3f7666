import { randomUUID } from 'node:crypto';
import { formatDecimal, lateInterestOwed } from '@integrity/rules';
import {
  AppError,
  badInput,
  byKey,
  directoryName,
  enqueueOutbox,
  formatMoney,
  groupByKey,
  notFound,
  paginate,
  parseMoney,
  recordAudit,
  requireCreditAt,
  requireOwner,
  today,
  transaction,
  updateVersioned,
  type PageArgs,
  type RequestContext,
} from '@integrity/subgraph-kit';
import { In } from 'typeorm';
import { bidsOf } from '../bid/bid.service.js';
import { forgetProject, moveProject, mustLoadProject } from '../project/project.service.js';
import { PppProjectEntity } from '../ppp/ppp.entity.js';
import { BreachEntity, ContractEntity, MilestoneEntity } from './contract.entity.js';
import type { RecordBreachInput, SignContractInput } from './contract.input.js';
import { milestoneStatus } from './milestone-status.js';
import { daysLate } from './milestone-lateness.js';
import { MilestonePaymentEntity } from './milestone-payment.entity.js';
import { breachMessage, overdueSourceId } from '../breach/breach-records.js';
import { reportPaidInFull } from '../breach/paid-cure.js';
import { checkAcceptancePeriod, checkLateRate, checkMilestoneTerms, milestoneOrder } from './sme-terms.js';
import { supplierSizeAtSigning } from './supplier-size.js';
import { lprPublications } from '../lpr/lpr.service.js';

export const contractView = (c: ContractEntity) => ({
  ...c,
  amount: formatMoney(c.amount),
  lateRatePercent: c.lateRateBp === null ? null : formatDecimal(BigInt(c.lateRateBp), 2),
  lprPercent: c.lprBp === null ? null : formatDecimal(BigInt(c.lprBp), 2),
});
export const milestoneView = (m: MilestoneEntity, onDate = today()) => ({
  ...m,
  amount: formatMoney(m.amount),
  paidAmount: formatMoney(m.paidAmount),
  status: milestoneStatus(m, onDate),
  daysLate: daysLate(m, onDate),
});

/** Contracts by id, for many milestones in one statement. */
export const contractById = (ctx: RequestContext, id: string) =>
  ctx.loaders
    .get<string, ContractEntity | null>('contract.byId', async (ids) =>
      byKey(ids, await ctx.dataSource.manager.findBy(ContractEntity, { id: In([...ids]) }), (c) => c.id),
    )
    .load(id);

/**
 * A milestone's late-payment interest in fen as of today (条例第十七条; to a non-SME only at an agreed rate), from
 * its view: the contract's agreed rate and the milestone's dated payments are loaded in batches (one statement each
 * for any number of milestones).
 */
export async function milestoneLateInterest(
  ctx: RequestContext,
  m: { id: string; contractId: string; dueDate: string | null; amount: string },
) {
  if (m.dueDate === null) return 0n;
  const [contract, payments] = await Promise.all([contractById(ctx, m.contractId), paymentsOf(ctx, m.id)]);
  return lateInterestOwed(
    contract?.supplierSize ?? 'UNKNOWN',
    { dueDate: m.dueDate, amount: parseMoney(m.amount, 'amount') },
    payments,
    today(),
    contract?.lateRateBp ?? null,
  );
}

export const contractOf = (ctx: RequestContext, projectId: string) =>
  ctx.loaders
    .get<string, ContractEntity | null>('contract.byProject', async (ids) =>
      byKey(ids, await ctx.dataSource.manager.findBy(ContractEntity, { projectId: In([...ids]) }), (c) => c.projectId),
    )
    .load(projectId);

export const milestonesOf = (ctx: RequestContext, contractId: string) =>
  ctx.loaders
    .get<string, MilestoneEntity[]>('milestone.byContract', async (ids) =>
      groupByKey(
        ids,
        await ctx.dataSource.manager.find(MilestoneEntity, {
          where: { contractId: In([...ids]) },
          order: { seq: 'ASC' },
        }),
        (m) => m.contractId,
      ),
    )
    .load(contractId);

/** The payments of milestones, oldest first, for many milestones in one statement. */
export const paymentsOf = (ctx: RequestContext, milestoneId: string) =>
  ctx.loaders
    .get<string, MilestonePaymentEntity[]>('milestone.payments', async (ids) =>
      groupByKey(
        ids,
        await ctx.dataSource.manager.find(MilestonePaymentEntity, {
          where: { milestoneId: In([...ids]) },
          order: { paidOn: 'ASC', recordedAt: 'ASC' },
        }),
        (p) => p.milestoneId,
      ),
    )
    .load(milestoneId);

export async function signContract(ctx: RequestContext, projectId: string, input: SignContractInput) {
  const project = await mustLoadProject(ctx, projectId);
  requireOwner(ctx, 'PROCUREMENT', { departmentId: project.purchaserId });
  if (project.status !== 'AWARDED')
    throw new AppError(
      'INVALID_TRANSITION',
      'INVALID_STATE',
      `a contract is signed for an AWARDED project; project ${projectId} is ${project.status}`,
      { from: project.status, allowed: [] },
    );
  const amount = parseMoney(input.amount, 'amount');
  if (amount > project.budget)
    throw badInput(
      'amount',
      'BUDGET_EXCEEDED',
      `contract amount ${input.amount} exceeds the budget ${formatMoney(project.budget)}`,
      { budget: formatMoney(project.budget) },
    );
  if (input.signedOn > today()) throw badInput('signedOn', 'DATE_IN_FUTURE', 'signedOn cannot be in the future');
  // UNKNOWN says "not declared": the size on record decides then, as when nothing is sent
  const declared = input.supplierSize === 'UNKNOWN' ? undefined : input.supplierSize;
  const milestones = checkMilestoneTerms(input.milestones, input.signedOn, declared ?? 'UNKNOWN');
  const total = milestones.reduce((s, m) => s + m.amount, 0n);
  if (total !== amount)
    throw badInput(
      'milestones',
      'SUM_MISMATCH',
      `the milestones add up to ${formatMoney(total)}, not the contract amount ${formatMoney(amount)}`,
      { total: formatMoney(total), expected: formatMoney(amount) },
    );
  // the LPR publications are read only when a rate was agreed (one statement)
  const publications = input.lateRatePercent ? await lprPublications(ctx.dataSource.manager) : [];
  const rate = checkLateRate(input.lateRatePercent, input.signedOn, publications);
  const bid = (await bidsOf(ctx, projectId)).find((b) => b.id === project.awardedBidId)!;
  const supplierSize = await supplierSizeAtSigning(ctx, bid.supplierUscc, declared);
  // undeclared, the size on record may make the supplier an SME: its terms are checked again against it
  if (!declared) checkMilestoneTerms(input.milestones, input.signedOn, supplierSize);
  const acceptancePeriodDays = checkAcceptancePeriod(milestones, supplierSize, input.acceptancePeriodDays);
  // the supplier may have been recorded since the award
  await requireCreditAt(ctx, {
    step: 'CONTRACT',
    uscc: bid.supplierUscc,
    reference: projectId,
    departmentId: project.purchaserId,
    field: 'projectId',
  });
  const contract: ContractEntity = {
    id: randomUUID(),
    projectId,
    purchaserId: project.purchaserId,
    supplierUscc: bid.supplierUscc,
    supplierName: bid.supplierName,
    amount,
    signedOn: input.signedOn,
    acceptedOn: null,
    acceptanceResult: null,
    acceptanceNote: null,
    supplierSize,
    lateRateBp: rate.lateRateBp,
    lprBp: rate.lprBp,
    deliveredOn: null,
    acceptancePeriodDays,
    version: 1,
  };
  const rows: MilestoneEntity[] = milestones.sort(milestoneOrder).map((m, i) => ({
    id: randomUUID(),
    contractId: contract.id,
    purchaserId: project.purchaserId,
    seq: i + 1,
    dueDate: m.dueDate,
    agreedDueDate: m.dueDate,
    dueBasis: m.dueBasis,
    termDays: m.termDays,
    amount: m.amount,
    paidAmount: 0n,
    paidOn: null,
    recordWithdrawals: 0,
    version: 1,
  }));
  const result = await ctx.dataSource.transaction(async (m) => {
    await m.insert(ContractEntity, contract);
    await m.insert(MilestoneEntity, rows);
    await moveProject(m, ctx, project, 'CONTRACTED');
    await recordAudit(m, ctx, {
      action: 'contract.sign',
      entityType: 'Contract',
      entityId: contract.id,
      after: { ...contract, milestones: rows },
    });
    return contractView(contract);
  });
  forgetProject(ctx, projectId);
  return result;
}

export async function recordPayment(ctx: RequestContext, milestoneId: string, paidOn: string, amountText: string) {
  const before = await ctx.dataSource.manager.findOneBy(MilestoneEntity, { id: milestoneId });
  if (!before) throw notFound('payment milestone', milestoneId);
  requireOwner(ctx, 'PROCUREMENT', { departmentId: before.purchaserId });
  const amount = parseMoney(amountText, 'amount');
  if (paidOn > today()) throw badInput('paidOn', 'DATE_IN_FUTURE', 'paidOn cannot be in the future');
  // a payment dated before the contract would make a late milestone look paid on time
  const contract = await contractById(ctx, before.contractId);
  if (contract && paidOn < contract.signedOn)
    throw badInput('paidOn', 'DATE_TOO_EARLY', 'a payment cannot precede the contract', { date: contract.signedOn });
  const outstanding = before.amount - before.paidAmount;
  if (amount > outstanding)
    throw badInput(
      'amount',
      'EXCEEDS_OUTSTANDING',
      `amount ${amountText} exceeds what is outstanding (${formatMoney(outstanding)})`,
      { outstanding: formatMoney(outstanding) },
    );
  const payment: MilestonePaymentEntity = {
    id: randomUUID(),
    milestoneId,
    paidOn,
    amount,
    recordedBy: ctx.caller!.username,
    recordedAt: new Date().toISOString(),
  };
  return transaction(ctx, async (m) => {
    // each payment kept with its date; the milestone's paidOn is the latest, so a milestone paid in full says
    // when the last of it was paid (and how late) whatever order payments are entered in
    await m.insert(MilestonePaymentEntity, payment);
    const after = await updateVersioned(m, MilestoneEntity, 'payment milestone', { id: milestoneId }, before.version, {
      paidAmount: before.paidAmount + amount,
      paidOn: before.paidOn && before.paidOn > paidOn ? before.paidOn : paidOn,
    });
    if (after.paidAmount >= after.amount)
      await reportPaidInFull(m, {
        sourceId: overdueSourceId(after),
        paidInFullOn: after.paidOn!,
        cured: '拖欠的合同款项已全部付清',
        withdrawn: (recordedOn) =>
          `款项已于 ${after.paidOn} 全部付清，早于逾期未付记录的认定日 ${recordedOn}，该记录不成立`,
      });
    await recordAudit(m, ctx, {
      action: 'milestone.pay',
      entityType: 'PaymentMilestone',
      entityId: milestoneId,
      before,
      after: { ...after, payment },
    });
    return milestoneView(after);
  });
}

export async function recordBreach(ctx: RequestContext, input: RecordBreachInput) {
  requireOwner(ctx, 'PROCUREMENT', { departmentId: input.departmentId });
  // a body of the directory: credit refuses a record on any other, and the outbox would retry it for ever
  await directoryName(ctx, 'department', input.departmentId, 'departmentId');
  // a procurement project or a PPP project (三.3, 三.4): whichever holds the id
  if (input.projectId && !(await ctx.dataSource.manager.existsBy(PppProjectEntity, { id: input.projectId })))
    await mustLoadProject(ctx, input.projectId);
  const breach: BreachEntity = {
    id: randomUUID(),
    projectId: input.projectId ?? null,
    departmentId: input.departmentId,
    description: input.description.trim(),
    documentNumber: input.documentNumber?.trim() || null,
    recordedOn: today(),
    recordedBy: ctx.caller!.username,
  };
  return ctx.dataSource.transaction(async (m) => {
    await m.insert(BreachEntity, breach);
    // the same breach becomes the department's record in credit, exactly once (二.3, 三.3)
    await enqueueOutbox(m, breachMessage(breach));
    await recordAudit(m, ctx, {
      action: 'breach.record',
      entityType: 'BreachRecord',
      entityId: breach.id,
      after: breach,
    });
    return breach;
  });
}

/**
 * What makes a milestone (alias `m`) an overdue payment: past its due date and not paid in full. The dashboard's
 * count per purchaser, the list and its pages all read this one condition.
 */
export const overdueCondition = () => ['m.paid_amount < m.amount AND m.due_date < :today', { today: today() }] as const;

const overdueMilestones = (ctx: RequestContext, purchaserId?: string | null) => {
  const qb = ctx.dataSource.manager.createQueryBuilder(MilestoneEntity, 'm').where(...overdueCondition());
  if (purchaserId) qb.andWhere('m.purchaser_id = :p', { p: purchaserId });
  return qb.orderBy('m.due_date', 'ASC').addOrderBy('m.id');
};

/** Overdue milestones across the county (or of one purchaser), oldest due first, at most 500. */
export async function listOverdueMilestones(ctx: RequestContext, purchaserId?: string | null) {
  return (await overdueMilestones(ctx, purchaserId).take(500).getMany()).map((m) => milestoneView(m));
}

/** A page of the overdue payments, oldest due first, and how many there are: one statement each. */
export async function pageOverdueMilestones(ctx: RequestContext, args: PageArgs & { purchaserId?: string | null }) {
  return paginate(overdueMilestones(ctx, args.purchaserId), args, (m) => milestoneView(m));
}
