import { randomUUID } from 'node:crypto';
import {
  acceptanceClockStart,
  acceptancePeriodEnd,
  formatDecimal,
  isSme,
  lateInterestOwed,
  smeLatestDue,
} from '@integrity/rules';
import {
  addDays,
  AppError,
  badInput,
  byKey,
  enqueueOutbox,
  formatMoney,
  groupByKey,
  isValidDate,
  notFound,
  parseMoney,
  recordAudit,
  requireCreditAt,
  requireOwner,
  today,
  updateVersioned,
  type RequestContext,
} from '@integrity/subgraph-kit';
import { In, MoreThan, type EntityManager } from 'typeorm';
import { bidsOf } from '../bid/bid.service.js';
import { forgetProject, moveProject, mustLoadProject } from '../project/project.service.js';
import { PppProjectEntity } from '../ppp/ppp.entity.js';
import { BreachEntity, ContractEntity, MilestoneEntity } from './contract.entity.js';
import type { RecordAcceptanceInput, RecordBreachInput, SignContractInput } from './contract.input.js';
import { milestoneStatus } from './milestone-status.js';
import { daysLate } from './milestone-lateness.js';
import { MilestonePaymentEntity } from './milestone-payment.entity.js';
import { breachMessage } from '../breach/breach-records.js';
import { reportPaidIfRecorded } from '../breach/paid-cure.js';
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
  const milestones = checkMilestoneTerms(input.milestones, input.signedOn, input.supplierSize ?? 'UNKNOWN');
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
  const supplierSize = await supplierSizeAtSigning(ctx, bid.supplierUscc, input.supplierSize);
  // undeclared, the size on record may make the supplier an SME: its terms are checked again against it
  if (!input.supplierSize) checkMilestoneTerms(input.milestones, input.signedOn, supplierSize);
  const acceptancePeriodDays = checkAcceptancePeriod(milestones, supplierSize, input.acceptancePeriodDays);
  // the supplier may have been recorded since the award
  await requireCreditAt(ctx, { step: 'CONTRACT', uscc: bid.supplierUscc, reference: projectId, field: 'projectId' });
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
    dueBasis: m.dueBasis,
    termDays: m.termDays,
    amount: m.amount,
    paidAmount: 0n,
    paidOn: null,
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
  return ctx.dataSource.transaction(async (m) => {
    // each payment kept with its date; the milestone's paidOn is the latest, so a milestone paid in full says
    // when the last of it was paid (and how late) whatever order payments are entered in
    await m.insert(MilestonePaymentEntity, payment);
    const after = await updateVersioned(m, MilestoneEntity, 'payment milestone', { id: milestoneId }, before.version, {
      paidAmount: before.paidAmount + amount,
      paidOn: before.paidOn && before.paidOn > paidOn ? before.paidOn : paidOn,
    });
    if (after.paidAmount >= after.amount)
      await reportPaidIfRecorded(m, `milestone-${milestoneId}`, after.paidOn!, '拖欠的合同款项已全部付清');
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

export async function recordAcceptance(ctx: RequestContext, projectId: string, input: RecordAcceptanceInput) {
  const project = await mustLoadProject(ctx, projectId);
  requireOwner(ctx, 'PROCUREMENT', { departmentId: project.purchaserId });
  if (project.status !== 'IN_PERFORMANCE')
    throw new AppError(
      'INVALID_TRANSITION',
      'INVALID_STATE',
      `acceptance is recorded for a project IN_PERFORMANCE; project ${projectId} is ${project.status}`,
      { from: project.status, allowed: [] },
    );
  if (!isValidDate(input.acceptedOn) || input.acceptedOn > today())
    throw badInput('acceptedOn', 'DATE_IN_FUTURE', 'acceptedOn cannot be in the future');
  const contract = (await contractOf(ctx, projectId))!;
  // acceptance inspects what was delivered: not before signing, not before a recorded delivery
  const earliest = [contract.signedOn, contract.deliveredOn ?? ''].sort().at(-1)!;
  if (input.acceptedOn < earliest)
    throw badInput(
      'acceptedOn',
      'DATE_TOO_EARLY',
      `acceptance cannot precede ${earliest === contract.signedOn ? 'signing' : 'delivery'}`,
      { date: earliest },
    );
  // a passed acceptance with no delivery recorded means delivery happened by then: it starts DELIVERY terms too,
  // else those milestones would never fall due
  const deliveredAtAcceptance = input.passed && !contract.deliveredOn;
  const result = await ctx.dataSource.transaction(async (m) => {
    const after = await updateVersioned(m, ContractEntity, 'contract', { id: contract.id }, contract.version, {
      acceptedOn: input.acceptedOn,
      acceptanceResult: input.passed ? 'PASSED' : 'FAILED',
      acceptanceNote: input.note?.trim() ?? null,
      ...(deliveredAtAcceptance ? { deliveredOn: input.acceptedOn } : {}),
    });
    const capped = [];
    if (input.passed) {
      if (deliveredAtAcceptance) capped.push(...(await startTerms(m, contract, 'DELIVERY', input.acceptedOn)));
      // passed acceptance starts the term of milestones conditioned on it (条例第十条), but a purchaser that let the
      // agreed period run out started it at the period's end: accepting later does not push it later
      capped.push(...(await startTerms(m, contract, 'ACCEPTANCE', passedClockStart(contract, input.acceptedOn))));
      await moveProject(m, ctx, project, 'ACCEPTED');
    } else if (failedWithinPeriod(contract, input.acceptedOn)) {
      // acceptance done in time and failed is no delay by the purchaser: the term waits for a passed acceptance
      await m.update(
        MilestoneEntity,
        { contractId: contract.id, dueBasis: 'ACCEPTANCE' },
        {
          dueDate: null,
          version: () => 'version + 1',
        },
      );
    }
    await recordAudit(m, ctx, {
      action: input.passed ? 'contract.accept' : 'contract.accept-failed',
      entityType: 'Contract',
      entityId: contract.id,
      before: contract,
      after: { ...after, capped },
    });
    return contractView(after);
  });
  forgetProject(ctx, projectId);
  return result;
}

/** A failed acceptance recorded within the agreed period after a recorded delivery (the purchaser did not delay). */
const failedWithinPeriod = (c: ContractEntity, on: string): boolean =>
  c.deliveredOn !== null &&
  c.acceptancePeriodDays !== null &&
  on <= acceptancePeriodEnd(c.deliveredOn, c.acceptancePeriodDays);

/**
 * When a passed acceptance on `acceptedOn` starts the ACCEPTANCE terms: that day, or the end of the agreed period
 * after delivery when the purchaser let it run out (条例第十条), unless an acceptance within the period failed.
 */
const passedClockStart = (c: ContractEntity, acceptedOn: string): string =>
  c.acceptanceResult === 'FAILED' && failedWithinPeriod(c, c.acceptedOn!)
    ? acceptedOn
    : acceptanceClockStart({
        deliveredOn: c.deliveredOn,
        acceptancePeriodDays: c.acceptancePeriodDays,
        passedOn: acceptedOn,
      })!;

/**
 * Give each milestone of a contract waiting on `basis` its due date: the event's date plus its term. One statement
 * per distinct term (a contract has a handful). A milestone that already has a date keeps it, except that nothing
 * owed to an SME stays due later than 60 days after the clock starts (条例第九条): at delivery, or at passed
 * acceptance where the contract conditions payment on it. Returns the fixed dates so brought forward.
 */
async function startTerms(
  m: EntityManager,
  contract: ContractEntity,
  basis: 'DELIVERY' | 'ACCEPTANCE',
  on: string,
): Promise<{ milestoneId: string; agreed: string; due: string }[]> {
  const contractId = contract.id;
  // one read of the contract's milestones (a handful) answers every question below
  const milestones = await m.findBy(MilestoneEntity, { contractId });
  // an ACCEPTANCE milestone already due from the end of the acceptance period comes forward to an earlier start
  const waiting = milestones.filter(
    (w) =>
      w.dueBasis === basis &&
      (w.dueDate === null || (basis === 'ACCEPTANCE' && w.dueDate > addDays(on, w.termDays ?? 0))),
  );
  for (const termDays of new Set(waiting.map((w) => w.termDays ?? 0)))
    await m.update(
      MilestoneEntity,
      { id: In(waiting.filter((w) => (w.termDays ?? 0) === termDays).map((w) => w.id)) },
      { dueDate: addDays(on, termDays), version: () => 'version + 1' },
    );
  if (!isSme(contract.supplierSize)) return [];
  if (basis === 'DELIVERY' && milestones.some((w) => w.dueBasis === 'ACCEPTANCE')) return [];
  const latest = smeLatestDue(on);
  const later = milestones.filter((w) => w.dueBasis === 'FIXED_DATE' && w.dueDate !== null && w.dueDate > latest);
  if (later.length === 0) return [];
  await m.update(
    MilestoneEntity,
    { contractId, dueBasis: 'FIXED_DATE', dueDate: MoreThan(latest) },
    { dueDate: latest, version: () => 'version + 1' },
  );
  return later.map((l) => ({ milestoneId: l.id, agreed: l.dueDate!, due: latest }));
}

/** Record delivery (交付) of a contract's goods, works or services: starts its DELIVERY milestones' terms. */
export async function recordDelivery(ctx: RequestContext, projectId: string, deliveredOn: string) {
  const project = await mustLoadProject(ctx, projectId);
  requireOwner(ctx, 'PROCUREMENT', { departmentId: project.purchaserId });
  const contract = await contractOf(ctx, projectId);
  if (!contract || !['CONTRACTED', 'IN_PERFORMANCE', 'ACCEPTED'].includes(project.status))
    throw new AppError(
      'INVALID_TRANSITION',
      'INVALID_STATE',
      `delivery is recorded for a contracted project; project ${projectId} is ${project.status}`,
      { from: project.status, allowed: [] },
    );
  if (contract.deliveredOn)
    throw badInput('deliveredOn', 'ALREADY_REGISTERED', `delivery was recorded on ${contract.deliveredOn}`);
  if (!isValidDate(deliveredOn) || deliveredOn > today())
    throw badInput('deliveredOn', 'DATE_IN_FUTURE', 'deliveredOn cannot be in the future');
  if (deliveredOn < contract.signedOn)
    throw badInput('deliveredOn', 'DATE_TOO_EARLY', 'delivery cannot precede signing', { date: contract.signedOn });
  const result = await ctx.dataSource.transaction(async (m) => {
    const after = await updateVersioned(m, ContractEntity, 'contract', { id: contract.id }, contract.version, {
      deliveredOn,
    });
    const capped = await startTerms(m, contract, 'DELIVERY', deliveredOn);
    // acceptance not passed by the end of the agreed period starts the ACCEPTANCE terms there (条例第十条); a
    // passed acceptance before then brings them forward
    if (contract.acceptancePeriodDays !== null)
      capped.push(
        ...(await startTerms(
          m,
          contract,
          'ACCEPTANCE',
          acceptancePeriodEnd(deliveredOn, contract.acceptancePeriodDays),
        )),
      );
    await recordAudit(m, ctx, {
      action: 'contract.deliver',
      entityType: 'Contract',
      entityId: contract.id,
      before: contract,
      after: { ...after, capped },
    });
    return contractView(after);
  });
  forgetProject(ctx, projectId);
  return result;
}

export async function recordBreach(ctx: RequestContext, input: RecordBreachInput) {
  requireOwner(ctx, 'PROCUREMENT', { departmentId: input.departmentId });
  // a procurement project or a PPP project (三.3, 三.4): whichever holds the id
  if (input.projectId && !(await ctx.dataSource.manager.existsBy(PppProjectEntity, { id: input.projectId })))
    await mustLoadProject(ctx, input.projectId);
  const breach: BreachEntity = {
    id: randomUUID(),
    projectId: input.projectId ?? null,
    departmentId: input.departmentId,
    description: input.description.trim(),
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

/** Overdue milestones across the county, oldest due first. */
export async function listOverdueMilestones(ctx: RequestContext, purchaserId?: string | null) {
  const qb = ctx.dataSource.manager
    .createQueryBuilder(MilestoneEntity, 'm')
    .where('m.paid_amount < m.amount AND m.due_date < :today', { today: today() });
  if (purchaserId) qb.andWhere('m.purchaser_id = :p', { p: purchaserId });
  return (await qb.orderBy('m.due_date', 'ASC').addOrderBy('m.id').take(500).getMany()).map((m) => milestoneView(m));
}
