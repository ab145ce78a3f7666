import { randomUUID } from 'node:crypto';
import {
  AppError,
  conflict,
  findPage,
  forbidden,
  groupByKey,
  notFound,
  recordAudit,
  requireCaller,
  requiredText,
  requireOwner,
  rowLock,
  today,
  transaction,
  updateVersioned,
  type PageArgs,
  type RequestContext,
} from '@integrity/subgraph-kit';
import { In, LessThan, type FindOptionsWhere } from 'typeorm';
import { loadCalendar } from '../calendar/calendar.service.js';
import {
  repairAcceptedOn,
  repairDecisionDeadlineOf,
  repairOverdue,
  requireRepairDecider,
} from '../rules/repair-rules.js';
import { noteRecordChange } from '../exchange/record-changes.js';
import { CreditRecordEntity } from '../record/record.entity.js';
import { forgetRecord, mustLoadRecord } from '../record/record.service.js';
import { effectiveStatus, isDishonesty, repairOpensOn } from '../rules/publicity.js';
import { RepairEntity, type RepairStatus } from './repair.entity.js';

/** A pending application past its decision deadline is overdue (no job: compared with today at every read). */
export const repairView = (r: RepairEntity, onDate = today()) => ({
  ...r,
  overdue: repairOverdue(r.status, r.decisionDeadline, onDate),
});

/** A page of applications, oldest first, each with its overdue flag as of today. */
async function repairPage(ctx: RequestContext, where: FindOptionsWhere<RepairEntity>, args: PageArgs) {
  const onDate = today();
  const page = await findPage(
    ctx.dataSource.manager,
    RepairEntity,
    { where, order: { appliedOn: 'ASC', id: 'ASC' } },
    args,
  );
  return { ...page, items: page.items.map((r) => repairView(r, onDate)) };
}

const overdueWhere = (): FindOptionsWhere<RepairEntity> => ({ status: 'PENDING', decisionDeadline: LessThan(today()) });

/** Who may read them is declared on `overdueRepairs`. */
export const listOverdueRepairs = (ctx: RequestContext, args: PageArgs) => repairPage(ctx, overdueWhere(), args);

export async function listRepairs(
  ctx: RequestContext,
  args: PageArgs & { status?: RepairStatus | null; overdueOnly?: boolean | null },
) {
  return repairPage(ctx, args.overdueOnly ? overdueWhere() : args.status ? { status: args.status } : {}, args);
}

export const repairsOfRecord = (ctx: RequestContext, recordId: string) =>
  ctx.loaders
    .get<string, RepairEntity[]>('repair.byRecord', async (ids) =>
      groupByKey(
        ids,
        await ctx.dataSource.manager.find(RepairEntity, {
          where: { recordId: In([...ids]) },
          order: { appliedOn: 'ASC' },
        }),
        (r) => r.recordId,
      ),
    )
    .load(recordId)
    .then((rows) => rows.map((r) => repairView(r)));

const alreadyPending = (recordId: string, pendingId: string) =>
  new AppError(
    'INVALID_TRANSITION',
    'ALREADY_PENDING',
    `record ${recordId} already has a pending repair application (${pendingId})`,
    { from: 'PENDING' },
  );

/** Repair opens only once the severity's minimum publicity period has run: before that, REPAIR_NOT_ALLOWED. */
export async function applyRepair(ctx: RequestContext, recordId: string, evidence: string, commitmentLetter: string) {
  const record = await mustLoadRecord(ctx, recordId);
  // an enterprise's record names no department: only a county-wide CREDIT officer applies for it, as only one
  // enters or objects to it
  requireOwner(ctx, 'CREDIT', { departmentId: record.departmentId });
  const onDate = today();
  const status = effectiveStatus(record, onDate);
  if (!isDishonesty(record.category) || status !== 'ACTIVE') {
    throw new AppError(
      'REPAIR_NOT_ALLOWED',
      'REPAIR_NOT_DISHONESTY',
      `record ${recordId} is ${isDishonesty(record.category) ? status : `a ${record.category} record`}: only an active dishonesty record can be repaired`,
      { status },
    );
  }
  requireCured(record);
  const opens = repairOpensOn(record.severity, record.decisionDate);
  if (onDate < opens) {
    throw new AppError(
      'REPAIR_NOT_ALLOWED',
      'REPAIR_NOT_YET',
      `a ${record.severity} record decided on ${record.decisionDate} can be repaired from ${opens}, after its minimum publicity period`,
      { opensOn: opens },
    );
  }
  const pending = await ctx.dataSource.manager.findOneBy(RepairEntity, { recordId, status: 'PENDING' });
  const calendar = await loadCalendar(ctx);
  if (pending) throw alreadyPending(recordId, pending.id);
  // it passed the checks above, which are the acceptance review: accepted as it is filed
  const acceptedOn = repairAcceptedOn(onDate);
  const application: RepairEntity = {
    id: randomUUID(),
    recordId,
    evidence: evidence.trim(),
    commitmentLetter: commitmentLetter.trim(),
    appliedBy: ctx.caller!.username,
    appliedOn: onDate,
    acceptedOn,
    decisionDeadline: repairDecisionDeadlineOf(acceptedOn, calendar),
    status: 'PENDING',
    decidedBy: null,
    decidedOn: null,
    note: null,
    version: 1,
  };
  return transaction(ctx, async (m) => {
    // the record first (FOR UPDATE on MySQL), as a revocation or a decision takes it: an application filed at the
    // same moment waits, then finds this one pending; a record changed meanwhile (revoked, objected to) is CONFLICT
    const locked = await m.findOne(CreditRecordEntity, { where: { id: recordId }, ...rowLock(m) });
    if (locked?.version !== record.version) throw conflict('credit record', recordId);
    const pendingNow = await m.findOneBy(RepairEntity, { recordId, status: 'PENDING' });
    if (pendingNow) throw alreadyPending(recordId, pendingNow.id);
    await m.insert(RepairEntity, application);
    await recordAudit(m, ctx, {
      action: 'repair.apply',
      entityType: 'RepairApplication',
      entityId: application.id,
      after: application,
    });
    return repairView(application, onDate);
  });
}

/**
 * A record made from another domain's breach stands while its cause does (a judgment unfulfilled): checked when a
 * repair is applied for and again when it is approved (a listing casework reported after the application, taking
 * over the court's record, brings its cause with it).
 */
function requireCured(record: CreditRecordEntity): void {
  if (record.cureRequired && !record.curedOn)
    throw new AppError(
      'REPAIR_NOT_ALLOWED',
      'CAUSE_NOT_CURED',
      `record ${record.id} was made from ${record.sourceSubgraph}'s fact ${record.sourceId}, not yet reported cured`,
    );
}

/** Approval ends publicity early and marks the record REPAIRED; the record itself stays, with its history. */
export async function decideRepair(ctx: RequestContext, id: string, approved: boolean, note: string) {
  const caller = requireCaller(ctx);
  const before = await ctx.dataSource.manager.findOneBy(RepairEntity, { id });
  if (!before) throw notFound('repair application', id);
  // who may decide first: a caller who may not learns nothing of the application's state
  if (before.appliedBy === caller.username)
    throw forbidden('the officer who applied may not decide the same repair', 'NOT_YOUR_OWN');
  const record = await mustLoadRecord(ctx, before.recordId);
  requireRepairDecider(caller, record);
  if (before.status !== 'PENDING')
    throw new AppError('INVALID_TRANSITION', 'INVALID_STATE', `repair application ${id} is already ${before.status}`, {
      from: before.status,
      allowed: [],
    });
  // a record revoked or ended meanwhile has nothing left to repair (its pending applications end TERMINATED)
  const recordStatus = effectiveStatus(record, today());
  if (approved && recordStatus !== 'ACTIVE')
    throw new AppError(
      'INVALID_TRANSITION',
      'INVALID_STATE',
      `record ${record.id} is ${recordStatus}: only an active record is repaired`,
      { from: before.status, allowed: [] },
    );
  if (approved) requireCured(record);
  note = requiredText(note, 'note');
  // the record before its application, as a revocation (withdrawal, objection) takes them: two decisions crossing
  // wait for each other instead of deadlocking; a retry after a lost lock race meets the new version as CONFLICT
  const result = await transaction(ctx, async (m) => {
    if (approved) {
      const recordAfter = await updateVersioned(
        m,
        CreditRecordEntity,
        'credit record',
        { id: record.id },
        record.version,
        { status: 'REPAIRED', closedReason: `信用修复：${note.trim()}` },
      );
      await noteRecordChange(m, recordAfter, 'REPAIRED');
      await recordAudit(m, ctx, {
        action: 'record.repair',
        entityType: 'CreditRecord',
        entityId: record.id,
        before: record,
        after: recordAfter,
      });
    }
    const after = await updateVersioned(m, RepairEntity, 'repair application', { id }, before.version, {
      status: approved ? 'APPROVED' : 'REJECTED',
      decidedBy: caller.username,
      decidedOn: today(),
      note: note.trim(),
    });
    await recordAudit(m, ctx, {
      action: approved ? 'repair.approve' : 'repair.reject',
      entityType: 'RepairApplication',
      entityId: id,
      before,
      after,
    });
    return repairView(after);
  });
  forgetRecord(ctx, record.id);
  return result;
}
