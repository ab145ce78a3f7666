import { randomUUID } from 'node:crypto';
import { lowerCode, objectionHandlingRefusal } from '@integrity/rules';
import {
  actsCountyWide,
  AppError,
  badInput,
  forbidden,
  groupByKey,
  mustFind,
  paginate,
  recordAudit,
  requireCaller,
  requiredText,
  today,
  transaction,
  updateVersioned,
  type PageArgs,
  type RequestContext,
} from '@integrity/subgraph-kit';
import { In, type SelectQueryBuilder } from 'typeorm';
import { loadCalendar } from '../calendar/calendar.service.js';
import { isExchanged, noteRecordChange } from '../exchange/record-changes.js';
import { terminatePendingRepairs } from '../repair/repair-termination.js';
import { CreditRecordEntity } from '../record/record.entity.js';
import type { RecordCorrectionInput } from '../record/record.input.js';
import { forgetRecord, mustLoadRecord } from '../record/record.service.js';
import { checkPublicity, effectiveStatus, isDishonesty } from '../rules/publicity.js';
import { correctedSanctionKind, sanctionEndOf } from '../rules/sanction.js';
import { acceptDeadlineOf, decisionDeadlineOf } from '../rules/objection-clock.js';
import { ObjectionEntity, OPEN_OBJECTION_STATUSES, type ObjectionStatus } from './objection.entity.js';
import { followRevocation } from '../record/record-revocation.js';

export const isOpen = (s: ObjectionStatus) => OPEN_OBJECTION_STATUSES.includes(s);
/** The clock runs: open and not waiting for material. */
const ticking = (s: ObjectionStatus) => s === 'FILED' || s === 'ACCEPTED';

export const objectionView = (o: ObjectionEntity, onDate = today()) => ({
  ...o,
  acceptingDepartment: o.acceptedDepartmentId ? { id: o.acceptedDepartmentId } : null,
  overdue: ticking(o.status) && (o.decisionDeadline < onDate || (o.status === 'FILED' && o.acceptDeadline < onDate)),
});

/**
 * Who may object to a record (issue 15): the subject's own department — any of its officers, on its own or
 * its civil servant's behalf — or a CREDIT officer acting county-wide (for enterprises, which have no
 * accounts). Declared as "officers" on the operation; this is the object-level half.
 */
export function requireObjector(ctx: RequestContext, record: { departmentId: string | null }) {
  const caller = requireCaller(ctx);
  if (actsCountyWide(caller, 'CREDIT')) return caller;
  if (record.departmentId && caller.departmentId === record.departmentId) return caller;
  throw forbidden(
    'only the department the record is about, or the county credit office, may object',
    'OWN_DEPARTMENT_ONLY',
  );
}

/** Open past a deadline as of :today, its clock running (the SQL of `objectionView`'s overdue). */
export const OVERDUE_SQL =
  "(o.status IN ('FILED', 'ACCEPTED') AND (o.decision_deadline < :today OR (o.status = 'FILED' AND o.accept_deadline < :today)))";

async function page(qb: SelectQueryBuilder<ObjectionEntity>, args: PageArgs) {
  const onDate = today();
  return paginate(qb.orderBy('o.filed_on', 'ASC').addOrderBy('o.id'), args, (o) => objectionView(o, onDate));
}

export async function listObjections(
  ctx: RequestContext,
  args: PageArgs & { status?: ObjectionStatus | null; overdueOnly?: boolean | null },
) {
  const qb = ctx.dataSource.manager.createQueryBuilder(ObjectionEntity, 'o');
  if (args.status) qb.andWhere('o.status = :s', { s: args.status });
  if (args.overdueOnly) qb.andWhere(OVERDUE_SQL, { today: today() });
  return page(qb, args);
}

/** The supervisors' warning list: objections open past a deadline, oldest first. */
/** Who may read them is declared on `overdueObjections`. */
export async function listOverdueObjections(ctx: RequestContext, args: PageArgs) {
  return page(
    ctx.dataSource.manager.createQueryBuilder(ObjectionEntity, 'o').where(OVERDUE_SQL, { today: today() }),
    args,
  );
}

export const objectionsOfRecord = (ctx: RequestContext, recordId: string) =>
  ctx.loaders
    .get<string, ObjectionEntity[]>('objection.byRecord', async (ids) =>
      groupByKey(
        ids,
        await ctx.dataSource.manager.find(ObjectionEntity, {
          where: { recordId: In([...ids]) },
          order: { filedOn: 'ASC' },
        }),
        (o) => o.recordId,
      ),
    )
    .load(recordId);

export async function fileObjection(ctx: RequestContext, recordId: string, reason: string) {
  const record = await mustLoadRecord(ctx, recordId);
  requireObjector(ctx, record);
  // the column is varchar(2000) (characters); JS length counts UTF-16 units, so this never lets more through
  const trimmed = reason.trim();
  if (trimmed.length < 2 || trimmed.length > 2000)
    throw badInput('reason', trimmed.length < 2 ? 'TOO_SHORT' : 'TOO_LONG', 'reason must be 2 to 2000 characters', {
      min: 2,
      max: 2000,
    });
  const status = effectiveStatus(record, today());
  if (status !== 'ACTIVE')
    throw new AppError(
      'INVALID_TRANSITION',
      'INVALID_STATE',
      `record ${recordId} is ${status}; only an ACTIVE record can be objected to`,
      { from: status },
    );
  if (record.underObjection)
    throw new AppError(
      'INVALID_TRANSITION',
      'ALREADY_PENDING',
      `record ${recordId} is already under objection; wait for that decision`,
      { from: 'UNDER_OBJECTION' },
    );
  const calendar = await loadCalendar(ctx);
  const filedOn = today();
  const acceptDeadline = acceptDeadlineOf(filedOn, calendar);
  const objection: ObjectionEntity = {
    id: randomUUID(),
    recordId,
    reason: trimmed,
    filedBy: ctx.caller!.username,
    filedOn,
    acceptDeadline,
    // until acceptance fixes it, the latest it can be: 10 working days after the last day to accept
    decisionDeadline: decisionDeadlineOf(acceptDeadline, calendar),
    status: 'FILED',
    acceptedOn: null,
    acceptedDepartmentId: null,
    decidedOn: null,
    decidedBy: null,
    note: null,
    pausedWorkingDays: 0,
    version: 1,
  };
  // the record first, as every credit transaction that changes a record and its objections or repairs takes them
  // (inserting the objection first would hold a shared lock on the record through its foreign key, then upgrade)
  const result = await transaction(ctx, async (m) => {
    const after = await updateVersioned(m, CreditRecordEntity, 'credit record', { id: recordId }, record.version, {
      underObjection: true,
    });
    await m.insert(ObjectionEntity, objection);
    await recordAudit(m, ctx, {
      action: 'objection.file',
      entityType: 'Objection',
      entityId: objection.id,
      after: objection,
    });
    await recordAudit(m, ctx, {
      action: 'record.under-objection',
      entityType: 'CreditRecord',
      entityId: recordId,
      before: record,
      after,
    });
    return objectionView(objection);
  });
  forgetRecord(ctx, recordId);
  return result;
}

export async function mustLoadObjection(ctx: RequestContext, id: string) {
  return mustFind(ctx.dataSource.manager.findOneBy(ObjectionEntity, { id }), 'objection', id);
}

const REFUSED = {
  NOT_YOUR_OWN: 'the officer who filed an objection may not handle it',
  OWN_DEPARTMENT_CASE: 'an objection about your own department is handled by another',
  ACCEPTED_BY_ANOTHER: 'another department accepted this objection and handles it',
} as const;

/**
 * No one handles their own case, at any step (accept, ask for material, decide): not the officer who filed the
 * objection, not the department the record is about. Once accepted, only the accepting department goes on with
 * it (it answers for the decision's deadline: another's 补正 would move a deadline charged to it). Checked
 * before the objection's state is told.
 */
export async function requireImpartial(ctx: RequestContext, objection: ObjectionEntity) {
  const caller = requireCaller(ctx);
  const record = await mustLoadRecord(ctx, objection.recordId);
  const refusal = objectionHandlingRefusal(caller, {
    filedBy: objection.filedBy,
    aboutDepartmentId: record.subjectType === 'DEPARTMENT' ? record.subjectId : record.departmentId,
    acceptedDepartmentId: objection.acceptedDepartmentId,
  });
  if (refusal) throw forbidden(REFUSED[refusal], refusal);
  return { caller, record };
}

export async function acceptObjection(ctx: RequestContext, id: string) {
  const before = await mustLoadObjection(ctx, id);
  const { caller } = await requireImpartial(ctx, before);
  if (before.status !== 'FILED')
    throw new AppError(
      'INVALID_TRANSITION',
      'INVALID_STATE',
      `objection ${id} is ${before.status}; only a FILED objection can be accepted`,
      { from: before.status, allowed: [] },
    );
  const acceptedOn = today();
  const calendar = await loadCalendar(ctx);
  return ctx.dataSource.transaction(async (m) => {
    const after = await updateVersioned(m, ObjectionEntity, 'objection', { id }, before.version, {
      status: 'ACCEPTED',
      acceptedOn,
      // the decision is now this department's: its score and warnings answer for the deadline
      acceptedDepartmentId: caller.departmentId ?? null,
      // the decision clock starts at acceptance (issue 15), not at filing
      decisionDeadline: decisionDeadlineOf(acceptedOn, calendar),
    });
    await recordAudit(m, ctx, { action: 'objection.accept', entityType: 'Objection', entityId: id, before, after });
    return objectionView(after);
  });
}

/** UPHELD corrects the record when a correction is given, otherwise revokes it; either way with the reason. */
export async function decideObjection(
  ctx: RequestContext,
  id: string,
  outcome: 'UPHELD' | 'REJECTED',
  note: string,
  correction?: RecordCorrectionInput | null,
) {
  const before = await mustLoadObjection(ctx, id);
  const { caller, record } = await requireImpartial(ctx, before);
  if (!isOpen(before.status))
    throw new AppError('INVALID_TRANSITION', 'INVALID_STATE', `objection ${id} is already ${before.status}`, {
      from: before.status,
      allowed: [],
    });
  note = requiredText(note, 'note'); // after who may act: FORBIDDEN comes first
  const corrected =
    outcome === 'UPHELD' &&
    correction &&
    (correction.category || correction.severity || correction.publicityEnd || correction.sanctionKind);
  const recordChanges: Partial<CreditRecordEntity> = { underObjection: false };
  if (outcome === 'UPHELD') {
    if (corrected) {
      const category = correction.category ?? record.category;
      const severity = correction.severity ?? record.severity;
      recordChanges.category = category;
      recordChanges.severity = severity;
      // a department's record made GENERAL or SERIOUS must now be published; an individual's stays as decided
      const publish = record.publish || (severity !== 'MINOR' && record.subjectType !== 'CIVIL_SERVANT');
      recordChanges.publicityEnd = checkPublicity(
        record.subjectType,
        category,
        severity,
        record.decisionDate,
        publish,
        correction.publicityEnd ?? record.publicityEnd,
      );
      recordChanges.publish = publish;
      // the kind follows the corrected category, and the period the kind, as when a record is added
      const kind = correctedSanctionKind(
        record.subjectType,
        category,
        correction.sanctionKind,
        record.sanctionKind ?? null,
      );
      recordChanges.sanctionKind = kind;
      recordChanges.sanctionEnd = kind ? sanctionEndOf(kind, record.decisionDate) : null;
      recordChanges.closedReason = `异议成立，已更正：${note.trim()}`;
    } else {
      recordChanges.status = 'REVOKED';
      recordChanges.closedReason = `异议成立，已撤销：${note.trim()}`;
    }
  }
  // record, objection, repair: the order a source's withdrawal takes them in, so the two wait instead of deadlocking
  const result = await transaction(ctx, async (m) => {
    const recordAfter = await updateVersioned(
      m,
      CreditRecordEntity,
      'credit record',
      { id: record.id },
      record.version,
      recordChanges,
    );
    const after = await updateVersioned(m, ObjectionEntity, 'objection', { id }, before.version, {
      status: outcome,
      decidedOn: today(),
      decidedBy: caller.username,
      note: note.trim(),
      // decided without a separate acceptance: accepted with the decision, by the deciding officer's department
      acceptedOn: before.acceptedOn ?? today(),
      acceptedDepartmentId: before.acceptedOn ? before.acceptedDepartmentId : (caller.departmentId ?? null),
    });
    if (corrected && isExchanged(record) && !isExchanged(recordAfter)) {
      // corrected out of dishonesty (a training, a commendation) or off disclosure: for the platforms the
      // dishonesty record is withdrawn, and a repair pending on it has nothing left to repair
      await noteRecordChange(m, record, 'REVOKED');
      if (!isDishonesty(recordAfter.category))
        await terminatePendingRepairs(m, ctx, record.id, caller.username, `异议成立，已更正为非失信记录：${note}`);
    } else if (corrected) await noteRecordChange(m, recordAfter, 'CORRECTED');
    else if (outcome !== 'REJECTED')
      await followRevocation(
        m,
        ctx,
        recordAfter,
        caller.username,
        `异议成立，记录已撤销，修复申请终止：${note.trim()}`,
      );
    await recordAudit(m, ctx, {
      action: `objection.${lowerCode(outcome)}`,
      entityType: 'Objection',
      entityId: id,
      before,
      after,
    });
    await recordAudit(m, ctx, {
      action: outcome === 'REJECTED' ? 'record.objection-rejected' : corrected ? 'record.correct' : 'record.revoke',
      entityType: 'CreditRecord',
      entityId: record.id,
      before: record,
      after: recordAfter,
    });
    return objectionView(after);
  });
  forgetRecord(ctx, record.id);
  return result;
}
