import { extensionInTime, PROPOSAL_KINDS, type CaseStatus } from '@integrity/rules';
import {
  AppError,
  badInput,
  checkVersionRead,
  directoryName,
  mustFind,
  recordAudit,
  requireOwner,
  today,
  transaction,
  updateVersioned,
  type AuditChange,
  type RequestContext,
} from '@integrity/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { deadlinesOf, rulesOfCase } from '../deadline/deadline-rule.service.js';
import { ComplaintEntity } from '../complaint/complaint.entity.js';
import { CaseEntity, CoHandlerEntity } from './case.entity.js';
import type { AssignCaseInput, CloseCaseInput, ReplyCaseInput } from './case.input.js';
import { caseView } from './case-view.js';

const invalidState = (status: CaseStatus) =>
  new AppError('BAD_USER_INPUT', 'INVALID_STATE', `the case is ${status}`, { field: 'id', params: { from: status } });

/**
 * Move a case on from one of `from`: `guard` refuses a caller who may not act on this case (before its state is
 * told), `change` gives the new facts, the deadlines are counted again from them, and the row, any extra writes
 * (`also`, whose answer the audit entry keeps beside the case) and the audit entry commit together under the
 * version read — the caller's, when it says which it read (`versionRead`).
 */
export async function transition(
  ctx: RequestContext,
  id: string,
  from: readonly CaseStatus[],
  action: AuditChange['action'],
  change: (c: CaseEntity) => Partial<CaseEntity> | Promise<Partial<CaseEntity>>,
  {
    also,
    guard,
    versionRead,
  }: {
    also?: (m: EntityManager, c: CaseEntity) => Promise<Record<string, unknown> | void>;
    guard?: (c: CaseEntity) => void;
    versionRead?: number | null;
  } = {},
) {
  const before = await mustFind(ctx.dataSource.getRepository(CaseEntity).findOneBy({ id }), 'case', id);
  guard?.(before);
  checkVersionRead('case', id, versionRead, before.version);
  if (!from.includes(before.status)) throw invalidState(before.status);
  const changed = { ...before, ...(await change(before)) };
  const deadlines = await deadlinesOf(ctx, changed, await rulesOfCase(ctx, before));
  const after = await transaction(ctx, async (m) => {
    const saved = await updateVersioned(m, CaseEntity, 'case', { id }, before.version, {
      ...changed,
      ...deadlines,
      id: undefined,
      version: undefined,
    });
    const extra = await also?.(m, saved);
    await recordAudit(m, ctx, { action, entityType: 'Case', entityId: id, before, after: { ...saved, ...extra } });
    return saved;
  });
  return caseView(after);
}

/** Accept a case, or refuse it as out of scope with a reason. */
export function triageCase(ctx: RequestContext, id: string, accepted: boolean, given: string | null) {
  const reason = (given ?? '').trim();
  if (!accepted && reason.length < 2)
    throw badInput('reason', 'CASE_OUT_OF_SCOPE_REASON', 'say why the case is out of scope');
  if (reason.length > 1000) throw badInput('reason', 'TOO_LONG', 'at most 1000 characters', { max: 1000 });
  return transition(ctx, id, ['RECEIVED'], accepted ? 'case.accept' : 'case.outOfScope', () =>
    accepted
      ? { status: 'ACCEPTED', acceptedOn: today() }
      : { status: 'OUT_OF_SCOPE', outOfScopeReason: reason, closedOn: today() },
  );
}

/** Assign (or reassign) the lead department and co-handlers; the first assignment is the 交办 day. */
export async function assignCase(ctx: RequestContext, id: string, input: AssignCaseInput) {
  const coHandlerIds = [...new Set(input.coHandlerIds)];
  if (coHandlerIds.includes(input.departmentId))
    throw badInput('input.coHandlerIds', 'INVALID_VALUE', 'the lead department is not also a co-handler');
  await Promise.all([
    directoryName(ctx, 'department', input.departmentId, 'input.departmentId'),
    ...coHandlerIds.map((d) => directoryName(ctx, 'department', d, 'input.coHandlerIds')),
  ]);
  return transition(
    ctx,
    id,
    ['ACCEPTED', 'ASSIGNED'],
    'case.assign',
    (c) => ({ status: 'ASSIGNED', departmentId: input.departmentId, assignedOn: c.assignedOn ?? today() }),
    {
      also: async (m) => {
        const previous = (await m.findBy(CoHandlerEntity, { caseId: id })).map((h) => h.departmentId);
        await m.delete(CoHandlerEntity, { caseId: id });
        if (coHandlerIds.length)
          await m.insert(
            CoHandlerEntity,
            coHandlerIds.map((departmentId) => ({ caseId: id, departmentId })),
          );
        // a reassignment that changes the co-handlers alone is seen in the trail
        return { coHandlerIds, previousCoHandlerIds: previous };
      },
      versionRead: input.version,
    },
  );
}

/** The lead department replies (or a county-wide CASEWORK officer for it); NPC/CPPCC replies carry A, B or C. */
export function replyCase(ctx: RequestContext, id: string, input: ReplyCaseInput) {
  return transition(
    ctx,
    id,
    ['ASSIGNED'],
    'case.reply',
    (c) => {
      const proposal = PROPOSAL_KINDS.includes(c.kind);
      if (proposal && !input.outcome)
        throw badInput('input.outcome', 'OUTCOME_REQUIRED', 'an NPC/CPPCC reply needs its outcome A, B or C');
      if (!proposal && input.outcome)
        throw badInput('input.outcome', 'OUTCOME_NOT_APPLICABLE', 'only NPC/CPPCC replies carry an outcome');
      return { status: 'REPLIED', reply: input.reply.trim(), outcome: input.outcome ?? null, repliedOn: today() };
    },
    { also: clearRating, guard: (c) => void requireOwner(ctx, 'CASEWORK', { departmentId: c.departmentId }) },
  );
}

/** A new reply (after a reopening) is rated afresh by the complainant; the earlier rating stays in the trail. */
const clearRating = async (m: EntityManager, c: CaseEntity) =>
  void (await m.update(ComplaintEntity, { caseId: c.id }, { satisfied: null, ratingReason: null, ratedOn: null }));

/** Close a replied case; an NPC/CPPCC item records the deputy’s or member’s satisfaction when it closes. */
export function closeCase(ctx: RequestContext, id: string, input: CloseCaseInput) {
  return transition(ctx, id, ['REPLIED'], 'case.close', (c) => {
    const proposal = PROPOSAL_KINDS.includes(c.kind);
    if (proposal && !input.delegateSatisfaction)
      throw badInput('input.delegateSatisfaction', 'OUTCOME_REQUIRED', 'record the delegate’s satisfaction');
    if (!proposal && input.delegateSatisfaction)
      throw badInput('input.delegateSatisfaction', 'OUTCOME_NOT_APPLICABLE', 'only NPC/CPPCC items are rated so');
    return { status: 'CLOSED', closedOn: today(), delegateSatisfaction: input.delegateSatisfaction ?? null };
  });
}

/** Extend the reply period once, with a reason, by what the case's rule allows. */
export function extendCase(ctx: RequestContext, id: string, reason: string) {
  if (reason.trim().length < 2) throw badInput('reason', 'REQUIRED', 'say why the period is extended');
  return transition(ctx, id, ['ACCEPTED', 'ASSIGNED'], 'case.extend', async (c) => {
    const { replyRule } = await rulesOfCase(ctx, c);
    if (replyRule.extensionAmount === null)
      throw badInput('id', 'EXTENSION_NOT_ALLOWED', `${c.kind} cases have no extension`);
    if (c.extendedOn) throw badInput('id', 'EXTENSION_ALREADY_GRANTED', 'the case has already been extended once');
    if (!c.replyDeadline) throw invalidState(c.status); // the reply period has not started (NPC/CPPCC before 交办)
    // extended after it ran out, an overdue case would stop being overdue after the fact
    if (!extensionInTime(c.replyDeadline, today()))
      throw badInput('id', 'EXTENSION_TOO_LATE', 'the reply period has run out', { date: c.replyDeadline });
    return { extendedOn: today(), extensionReason: reason.trim() };
  });
}
