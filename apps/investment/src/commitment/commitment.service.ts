import { randomUUID } from 'node:crypto';
import {
  addDays,
  AppError,
  badInput,
  byKey,
  enqueueOutbox,
  formatMoney,
  groupByKey,
  mustFind,
  paginate,
  parseMoney,
  recordAudit,
  requireCreditAt,
  requiredText,
  requireOwner,
  today,
  rowLock,
  transaction,
  updateVersioned,
  type RequestContext,
} from '@integrity/subgraph-kit';
import { In, type SelectQueryBuilder } from 'typeorm';
import { mustLoadAgreement } from '../agreement/agreement.service.js';
import { PolicyEntity } from '../policy/policy.entity.js';
import { loadPolicy } from '../policy/policy.service.js';
import { CommitmentEntity, FulfilmentEntity } from './commitment.entity.js';
import type {
  AddCommitmentInput,
  CommitmentsArgs,
  CommitmentsDueArgs,
  RecordFulfilmentInput,
  WaiveCommitmentInput,
} from './commitment.input.js';
import { commitmentStatus, STATUS_WHERE } from './commitment-status.js';
import { commitmentBreachMessage } from './commitment-record.js';
import { commitmentDaysLate, latestDate } from './commitment-lateness.js';
import { reviewColumns } from './fair-competition-review.js';
import { consentColumns } from './investor-consent.js';

export const commitmentView = (c: CommitmentEntity, onDate = today()) => ({
  ...c,
  amount: formatMoney(c.amount),
  fulfilledAmount: formatMoney(c.fulfilledAmount),
  outstandingAmount: formatMoney(c.amount > c.fulfilledAmount ? c.amount - c.fulfilledAmount : 0n),
  status: commitmentStatus(c, onDate),
  department: { id: c.departmentId },
  fulfilledInFull: c.fulfilledAmount >= c.amount,
  fairCompetitionReview:
    c.competitionReviewNumber && c.competitionReviewBody && c.competitionReviewedOn && c.competitionReviewConclusion
      ? {
          documentNumber: c.competitionReviewNumber,
          reviewBody: c.competitionReviewBody,
          reviewedOn: c.competitionReviewedOn,
          conclusion: c.competitionReviewConclusion,
        }
      : null,
  investorConsent:
    c.investorConsentNumber && c.investorConsentDate
      ? { documentNumber: c.investorConsentNumber, date: c.investorConsentDate }
      : null,
});

const loadCommitment = (ctx: RequestContext, id: string) =>
  ctx.loaders
    .get<string, CommitmentEntity | null>('commitment.byId', async (ids) =>
      byKey(ids, await ctx.dataSource.getRepository(CommitmentEntity).findBy({ id: In([...ids]) }), (c) => c.id),
    )
    .load(id);

/** Commitments of many agreements in one statement. */
export const commitmentsOfAgreement = (ctx: RequestContext, agreementId: string) =>
  ctx.loaders
    .get<string, CommitmentEntity[]>('commitment.byAgreement', async (ids) =>
      groupByKey(
        ids,
        await ctx.dataSource
          .getRepository(CommitmentEntity)
          .find({ where: { agreementId: In([...ids]) }, order: { dueDate: 'ASC' } }),
        (c) => c.agreementId,
      ),
    )
    .load(agreementId);

/** Days late (see commitment-lateness.ts); the day it was fulfilled in full comes from its events, batched. */
export async function daysLateOf(
  ctx: RequestContext,
  c: { id: string; dueDate: string; fulfilledInFull: boolean; waivedOn: string | null },
) {
  const lastFulfilmentOn = c.fulfilledInFull ? latestDate((await fulfilmentsOf(ctx, c.id)).map((f) => f.date)) : null;
  return commitmentDaysLate({ ...c, lastFulfilmentOn }, today());
}

export const fulfilmentsOf = (ctx: RequestContext, commitmentId: string) =>
  ctx.loaders
    .get<string, FulfilmentEntity[]>('fulfilment.byCommitment', async (ids) =>
      groupByKey(
        ids,
        await ctx.dataSource
          .getRepository(FulfilmentEntity)
          .find({ where: { commitmentId: In([...ids]) }, order: { date: 'ASC' } }),
        (f) => f.commitmentId,
      ),
    )
    .load(commitmentId);

async function mustLoad(ctx: RequestContext, id: string): Promise<CommitmentEntity> {
  return mustFind(loadCommitment(ctx, id), 'commitment', id);
}

export async function getCommitment(ctx: RequestContext, id: string) {
  const c = await loadCommitment(ctx, id);
  return c && commitmentView(c);
}

async function page(
  qb: SelectQueryBuilder<CommitmentEntity>,
  args: CommitmentsArgs | CommitmentsDueArgs,
  onDate: string,
) {
  return paginate(qb.orderBy('c.due_date', 'ASC').addOrderBy('c.id'), args, (c) => commitmentView(c, onDate));
}

export async function listCommitments(ctx: RequestContext, args: CommitmentsArgs) {
  const onDate = today();
  const qb = ctx.dataSource.getRepository(CommitmentEntity).createQueryBuilder('c');
  if (args.status) qb.andWhere(`(${STATUS_WHERE[args.status]})`, { today: onDate });
  if (args.departmentId) qb.andWhere('c.department_id = :d', { d: args.departmentId });
  if (args.agreementId) qb.andWhere('c.agreement_id = :a', { a: args.agreementId });
  return page(qb, args, onDate);
}

/** Open commitments (pending or partly fulfilled) falling due from today to today + days. */
export async function listDueSoon(ctx: RequestContext, args: CommitmentsDueArgs) {
  const onDate = today();
  const qb = ctx.dataSource
    .getRepository(CommitmentEntity)
    .createQueryBuilder('c')
    .where('c.due_date >= :today AND c.due_date <= :until', { today: onDate, until: addDays(onDate, args.days) })
    .andWhere('c.waived_on IS NULL AND c.breached_on IS NULL AND c.fulfilled_amount < c.amount');
  if (args.departmentId) qb.andWhere('c.department_id = :d', { d: args.departmentId });
  return page(qb, args, onDate);
}

const notApproved = (policy: Pick<PolicyEntity, 'title' | 'status'>) =>
  new AppError(
    'POLICY_NOT_APPROVED',
    'POLICY_NOT_APPROVED',
    `policy “${policy.title}” is ${policy.status}: a commitment may rest only on an APPROVED policy`,
    { field: 'policyId', policyStatus: policy.status },
  );

export async function addCommitment(ctx: RequestContext, agreementId: string, input: AddCommitmentInput) {
  const agreement = await mustLoadAgreement(ctx, agreementId);
  requireOwner(ctx, 'INVESTMENT', { departmentId: agreement.departmentId, townCode: agreement.townCode });
  const amount = parseMoney(input.amount, 'amount');
  if (input.dueDate < agreement.signedOn)
    throw badInput(
      'dueDate',
      'DATE_TOO_EARLY',
      `dueDate cannot be before the agreement was signed (${agreement.signedOn})`,
      { date: agreement.signedOn },
    );
  const policy = await loadPolicy(ctx, input.policyId);
  if (!policy) throw badInput('policyId', 'NOT_REGISTERED', `incentive policy ${input.policyId} does not exist`);
  if (policy.status !== 'APPROVED') throw notApproved(policy);
  const review = reviewColumns(input.kind, input.fairCompetitionReview, today(), agreement.signedOn);
  const commitment: CommitmentEntity = {
    id: randomUUID(),
    agreementId,
    departmentId: agreement.departmentId,
    policyId: policy.id,
    kind: input.kind,
    amount,
    fulfilledAmount: 0n,
    dueDate: input.dueDate,
    description: input.description.trim(),
    breachedOn: null,
    breachNote: null,
    breachDocumentNumber: null,
    waivedOn: null,
    waiverNote: null,
    waiverDocument: null,
    investorConsentNumber: null,
    investorConsentDate: null,
    ...review,
    createdAt: new Date().toISOString(),
    version: 1,
  };
  return transaction(ctx, async (m) => {
    // the policy again, locked (FOR UPDATE on MySQL): one sent back to review while this was checked is read here,
    // and an edit that would send it back waits for this commitment
    const now = await m.findOne(PolicyEntity, { where: { id: policy.id }, ...rowLock(m) });
    if (now?.status !== 'APPROVED') throw notApproved(now ?? policy);
    await m.insert(CommitmentEntity, commitment);
    await recordAudit(m, ctx, {
      action: 'commitment.create',
      entityType: 'Commitment',
      entityId: commitment.id,
      after: commitment,
    });
    return commitmentView(commitment);
  });
}

/** Writes on a commitment go through its agreement's rules; a recorded decision (waiver) closes it. */
async function writable(ctx: RequestContext, id: string) {
  const c = await mustLoad(ctx, id);
  const agreement = await mustLoadAgreement(ctx, c.agreementId);
  requireOwner(ctx, 'INVESTMENT', { departmentId: agreement.departmentId, townCode: agreement.townCode });
  return c;
}

type CommitmentAction = 'fulfil' | 'breach' | 'waive';
/** The state each action leads to: what a refusal names as `to` and `allowed`. */
const LEADS_TO = { fulfil: 'FULFILLED', breach: 'BREACHED', waive: 'WAIVED' } as const;

const refused = (status: string, action: CommitmentAction) =>
  status === 'WAIVED' ||
  (status === 'FULFILLED' && action !== 'fulfil') ||
  // a breach stays on record: waiving it afterwards would erase it from the figures
  (status === 'BREACHED' && (action === 'breach' || action === 'waive'));

const closed = (c: CommitmentEntity, action: CommitmentAction) => {
  const status = commitmentStatus(c, today());
  if (refused(status, action))
    throw new AppError('INVALID_TRANSITION', 'INVALID_STATE', `commitment ${c.id} is ${status}; no ${action} now`, {
      from: status,
      to: LEADS_TO[action],
      allowed: (['fulfil', 'breach', 'waive'] as const).filter((a) => !refused(status, a)).map((a) => LEADS_TO[a]),
    });
};

export async function recordFulfilment(ctx: RequestContext, id: string, input: RecordFulfilmentInput) {
  const before = await writable(ctx, id);
  closed(before, 'fulfil');
  const amount = parseMoney(input.amount, 'amount');
  const outstanding = before.amount - before.fulfilledAmount;
  if (amount > outstanding)
    throw badInput(
      'amount',
      'EXCEEDS_OUTSTANDING',
      `amount ${input.amount} exceeds what is outstanding (${formatMoney(outstanding)})`,
      { outstanding: formatMoney(outstanding) },
    );
  if (input.date > today()) throw badInput('date', 'DATE_IN_FUTURE', 'date cannot be in the future');
  // paying an investor: credit logs the check and the rule says whether a serious record warns or refuses
  const { investorUscc, departmentId, signedOn } = await mustLoadAgreement(ctx, before.agreementId);
  // nothing is fulfilled before the agreement that promised it: a date before the signing is a typing error, and
  // would put the commitment's lateness anywhere
  if (input.date < signedOn)
    throw badInput('date', 'DATE_TOO_EARLY', `the agreement was signed on ${signedOn}; nothing was fulfilled before`, {
      date: signedOn,
    });
  const check = await requireCreditAt(ctx, {
    step: 'COMMITMENT_PAYMENT',
    uscc: investorUscc,
    reference: id,
    departmentId,
    field: 'id',
  });
  return transaction(ctx, async (m) => {
    // the parent first: its row lock orders concurrent fulfilments (a loser sees a stale version: CONFLICT)
    const after = await updateVersioned(m, CommitmentEntity, 'commitment', { id }, before.version, {
      fulfilledAmount: before.fulfilledAmount + amount,
    });
    const event: FulfilmentEntity = {
      id: randomUUID(),
      commitmentId: id,
      amount,
      date: input.date,
      evidence: input.evidence.trim(),
      recordedBy: ctx.caller!.username,
      recordedAt: new Date().toISOString(),
    };
    await m.insert(FulfilmentEntity, event);
    await recordAudit(m, ctx, {
      action: 'commitment.fulfil',
      entityType: 'Commitment',
      entityId: id,
      before,
      after: { ...after, event, creditCheck: { id: check.id, result: check.result } },
    });
    return commitmentView(after);
  });
}

export async function recordBreach(ctx: RequestContext, id: string, note: string, documentNumber?: string) {
  const before = await writable(ctx, id);
  closed(before, 'breach');
  note = requiredText(note, 'note');
  return ctx.dataSource.transaction(async (m) => {
    const after = await updateVersioned(m, CommitmentEntity, 'commitment', { id }, before.version, {
      breachedOn: today(),
      breachNote: note.trim(),
      breachDocumentNumber: documentNumber?.trim() || null,
    });
    await recordAudit(m, ctx, { action: 'commitment.breach', entityType: 'Commitment', entityId: id, before, after });
    // the breach becomes the department's record in credit, exactly once (三.6)
    await enqueueOutbox(m, commitmentBreachMessage(after, formatMoney(after.amount - after.fulfilledAmount)));
    return commitmentView(after);
  });
}

export async function waiveCommitment(ctx: RequestContext, id: string, input: WaiveCommitmentInput) {
  const before = await writable(ctx, id);
  closed(before, 'waive');
  const note = requiredText(input.note, 'note');
  const waiverDocument = requiredText(input.document, 'document');
  // kept as "note（document）" in a column of 1,000: the note gives way to the document's length
  const room = 1000 - [...waiverDocument].length - 2;
  if ([...note].length > room) throw badInput('note', 'TOO_LONG', `at most ${room} characters`, { max: room });
  const { signedOn } = await mustLoadAgreement(ctx, before.agreementId);
  const consent = consentColumns(input.investorConsent, signedOn, today());
  return ctx.dataSource.transaction(async (m) => {
    const after = await updateVersioned(m, CommitmentEntity, 'commitment', { id }, before.version, {
      waivedOn: today(),
      waiverNote: `${note}（${waiverDocument}）`,
      waiverDocument,
      ...consent,
    });
    await recordAudit(m, ctx, { action: 'commitment.waive', entityType: 'Commitment', entityId: id, before, after });
    return commitmentView(after);
  });
}
