import { randomUUID } from 'node:crypto';
import {
  addDays,
  AppError,
  badInput,
  directoryName,
  fieldProtection,
  isDuplicateKey,
  recordAudit,
  today,
  transaction,
  type RequestContext,
} from '@integrity/subgraph-kit';
import { MoreThanOrEqual, type EntityManager } from 'typeorm';
import { CaseEntity } from '../case/case.entity.js';
import { deadlinesOf, rulesFor } from '../deadline/deadline-rule.service.js';
import { hashAccessCode } from './access-code.js';
import { ComplaintClaimEntity } from './complaint-claim.entity.js';
import { ComplaintLaneEntity } from './complaint-lane.entity.js';
import { ComplaintEntity } from './complaint.entity.js';
import type { FileComplaintInput } from './complaint.input.js';
import { takeComplaint } from './complaint-limit.js';
import {
  complaintTitle,
  DUPLICATE_POLICY,
  fingerprintOf,
  newAccessCode,
  newTrackingNumber,
  similarity,
} from './complaint-rules.js';

export const contacts = fieldProtection('casework');

const duplicateComplaint = () =>
  badInput('input.content', 'COMPLAINT_DUPLICATE', 'a complaint with (nearly) the same content is being handled');

/**
 * Refuse a complaint that repeats, or nearly repeats, one filed about the same department lately. Run inside the
 * filing's transaction after its department's lane is taken, so it sees a near repeat filed a moment before.
 */
async function refuseDuplicate(m: EntityManager, content: string, fingerprint: string, departmentId: string | null) {
  const since = addDays(today(), -DUPLICATE_POLICY.windowDays);
  if (await m.getRepository(ComplaintEntity).existsBy({ fingerprint, filedOn: MoreThanOrEqual(since) }))
    throw duplicateComplaint();
  const qb = m
    .getRepository(CaseEntity)
    .createQueryBuilder('c')
    .select(['c.id', 'c.content'])
    .innerJoin(ComplaintEntity, 'p', 'p.case_id = c.id')
    .where('p.filed_on >= :since', { since });
  if (departmentId) qb.andWhere('c.concerned_department_id = :departmentId', { departmentId });
  else qb.andWhere('c.concerned_department_id IS NULL');
  const recent = await qb.orderBy('p.filed_on', 'DESC').limit(DUPLICATE_POLICY.compareAtMost).getMany();
  if (recent.some((c) => similarity(c.content, content) >= DUPLICATE_POLICY.similarity)) throw duplicateComplaint();
}

/** A tracking number no complaint has yet (a clash is a one-in-millions event; the next draw settles it). */
async function freshTrackingNumber(ctx: RequestContext, filedOn: string): Promise<string> {
  for (;;) {
    const candidate = newTrackingNumber(filedOn);
    if (!(await ctx.dataSource.getRepository(ComplaintEntity).existsBy({ trackingNumber: candidate })))
      return candidate;
  }
}

/**
 * A complaint from the public, without an account: refused for a filled honeypot, an address over its hourly
 * limit, or a (near) repeat; else a COMPLAINT case RECEIVED today with its deadlines, the contact encrypted,
 * the access code hashed. The receipt is the only time the access code is readable.
 */
export async function fileComplaint(ctx: RequestContext, input: FileComplaintInput) {
  if (input.website?.trim()) {
    ctx.log.warn('complaint refused: honeypot filled', { address: ctx.clientAddress });
    throw badInput('input', 'COMPLAINT_REFUSED', 'the complaint could not be taken');
  }
  const release = await takeComplaint(ctx);
  try {
    return await fileTaken(ctx, input);
  } catch (error) {
    // not filed: it does not use up one of the address's complaints, unless it was a repeat (near-copies sent
    // over and over would otherwise cost the address nothing)
    if (!(error instanceof AppError && error.reason === 'COMPLAINT_DUPLICATE')) await release();
    throw error;
  }
}

/** Files a complaint whose place under the address's limit is taken. */
async function fileTaken(ctx: RequestContext, input: FileComplaintInput) {
  const content = input.content.trim();
  const fingerprint = fingerprintOf(content);
  const departmentId = input.departmentId ?? null;
  if (departmentId) await directoryName(ctx, 'department', departmentId, 'input.departmentId');

  const now = today();
  const rules = await rulesFor(ctx, 'COMPLAINT', now, 'input');
  const facts = {
    status: 'RECEIVED',
    receivedOn: now,
    acceptedOn: null,
    assignedOn: null,
    extendedOn: null,
    reopenedOn: null,
  };
  const deadlines = await deadlinesOf(ctx, facts, rules);
  const trackingNumber = await freshTrackingNumber(ctx, now);
  const accessCode = newAccessCode();
  const c: CaseEntity = {
    id: randomUUID(),
    kind: 'COMPLAINT',
    sourceNumber: trackingNumber,
    title: complaintTitle(content),
    content,
    category: input.category,
    concernedDepartmentId: departmentId,
    // no lead department until the county-wide casework office has triaged and assigned it: the department
    // complained about neither sees the complaint nor is charged for the triage's days before then
    departmentId: null,
    ...facts,
    status: 'RECEIVED',
    repliedOn: null,
    closedOn: null,
    acceptRuleId: rules.acceptRule?.id ?? null,
    replyRuleId: rules.replyRule.id,
    ...deadlines,
    outOfScopeReason: null,
    extensionReason: null,
    reply: null,
    outcome: null,
    delegateSatisfaction: null,
    registeredBy: 'public',
    version: 1,
  };
  const complaint: ComplaintEntity = {
    caseId: c.id,
    trackingNumber,
    accessCodeHash: await hashAccessCode(accessCode),
    contactCipher: input.contact?.trim() ? contacts.encrypt(input.contact.trim()) : null,
    fingerprint,
    satisfied: null,
    ratingReason: null,
    ratedOn: null,
    filedOn: now,
  };
  await transaction(ctx, async (m) => {
    // the content's claim for today first: an identical complaint being filed right now holds it, and this one
    // waits for it and is then the repeat (or goes ahead, if that one failed)
    await m.insert(ComplaintClaimEntity, { fingerprint, filedOn: now }).catch((error: unknown) => {
      throw isDuplicateKey(error) ? duplicateComplaint() : error;
    });
    // then the department's lane: a near repeat being filed right now holds it, and this one waits and compares
    // itself with it (no snapshot is read before this write, so what the other filed is seen)
    await m.upsert(ComplaintLaneEntity, { departmentKey: departmentId ?? '-', lastFiledAt: new Date().toISOString() }, [
      'departmentKey',
    ]);
    await refuseDuplicate(m, content, fingerprint, departmentId);
    await m.insert(CaseEntity, c);
    await m.insert(ComplaintEntity, complaint);
    // the trail keeps neither the contact nor the access code's hash
    await recordAudit(m, ctx, {
      action: 'complaint.file',
      entityType: 'Case',
      entityId: c.id,
      after: { ...c, trackingNumber, anonymous: !complaint.contactCipher },
    });
  });
  return { trackingNumber, accessCode, deadline: c.replyDeadline! };
}

/**
 * A wrong tracking number or access code, one answer for both (never which part was wrong). Not NOT_FOUND:
 * the kit turns an anonymous caller's NOT_FOUND into "log in", which the public cannot do.
 */
export const complaintNotFound = () =>
  badInput('accessCode', 'COMPLAINT_NOT_FOUND', 'no complaint has this tracking number and access code');
