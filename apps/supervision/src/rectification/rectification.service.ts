import { randomUUID } from 'node:crypto';
import {
  AppError,
  badInput,
  checkVersionRead,
  conflict,
  directoryName,
  forbidden,
  mustFind,
  paginate,
  recordAudit,
  requireCaller,
  textAtMost,
  today,
  transaction,
  type AuditChange,
  type RequestContext,
} from '@integrity/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { claimFinding } from '../inspection/inspection.service.js';
import { RectificationEntity } from './rectification.entity.js';
import { seesEveryRectification } from './rectification-access.js';
import type { OrderRectificationInput, RectificationsArgs, ReportRectificationInput } from './rectification.input.js';
import { markOverdueRectifications } from './rectification-overdue.js';
import { REPORTABLE, type RectificationStatus } from './rectification-rules.js';
import { IntegrityWarningEntity } from '../warning/warning.entity.js';

export const rectificationView = (r: RectificationEntity) => ({ ...r, department: { id: r.departmentId } });

export async function listRectifications(ctx: RequestContext, args: RectificationsArgs) {
  await markOverdueRectifications(ctx); // the list never shows an order as open the day after its deadline
  const qb = ctx.dataSource.getRepository(RectificationEntity).createQueryBuilder('r');
  const departmentId = seesEveryRectification(ctx) ? args.departmentId : requireCaller(ctx).departmentId;
  if (!departmentId && !seesEveryRectification(ctx))
    return { items: [], total: 0, page: args.page, pageSize: args.pageSize };
  if (departmentId) qb.andWhere('r.department_id = :departmentId', { departmentId });
  if (args.status) qb.andWhere('r.status = :status', { status: args.status });
  return paginate(qb.orderBy('r.deadline', 'ASC').addOrderBy('r.id'), args, rectificationView);
}

export async function getRectification(ctx: RequestContext, id: string) {
  await markOverdueRectifications(ctx);
  const r = await ctx.dataSource.getRepository(RectificationEntity).findOneBy({ id });
  if (!r || (!seesEveryRectification(ctx) && r.departmentId !== requireCaller(ctx).departmentId)) return null;
  return rectificationView(r);
}

export async function orderRectification(ctx: RequestContext, input: OrderRectificationInput) {
  const now = today();
  if (input.deadline <= now)
    throw badInput('input.deadline', 'DATE_NOT_AFTER', 'the deadline must be after today', { date: now });
  if (input.origin && input.origin !== 'MANUAL' && !input.originId)
    throw badInput('input.originId', 'REQUIRED', 'name the warning or finding the order is opened from');
  if ((input.origin ?? 'MANUAL') === 'MANUAL' && input.originId)
    throw badInput('input.originId', 'INVALID_VALUE', 'a manual order is opened from no warning or finding');
  if (input.origin === 'WARNING') await warningOrigin(ctx, input.originId!, input.departmentId);
  // credit is told of the department when the order goes overdue: an unknown one would never be recorded
  await directoryName(ctx, 'department', input.departmentId, 'input.departmentId');
  const order: RectificationEntity = {
    id: randomUUID(),
    departmentId: input.departmentId,
    subject: input.subject.trim(),
    basis: input.basis.trim(),
    deadline: input.deadline,
    status: 'ORDERED',
    origin: input.origin ?? 'MANUAL',
    originId: input.originId ?? null,
    report: null,
    evidence: null,
    reportedOn: null,
    decisionNote: null,
    decidedOn: null,
    overdueOn: null,
    orderedBy: requireCaller(ctx).username,
    orderedOn: now,
    version: 1,
  };
  await transaction(ctx, async (m) => {
    if (order.origin === 'INSPECTION') await claimFinding(m, order.originId!, order.departmentId, order.id);
    await m.insert(RectificationEntity, order);
    await recordAudit(m, ctx, {
      action: 'rectification.order',
      entityType: 'Rectification',
      entityId: order.id,
      after: order,
    });
  });
  return rectificationView(order);
}

/** Change an order from one of `from` under its version: a concurrent change is CONFLICT, never lost. */
async function transition(
  ctx: RequestContext,
  id: string,
  from: readonly RectificationStatus[],
  change: (r: RectificationEntity) => Partial<RectificationEntity>,
  action: AuditChange['action'],
  check?: (r: RectificationEntity) => void,
  /** The version the caller read: after any change since (a report filed again), CONFLICT, not decided unseen. */
  versionRead?: number | null,
) {
  await markOverdueRectifications(ctx);
  const before = await mustFind(
    ctx.dataSource.getRepository(RectificationEntity).findOneBy({ id }),
    'rectification',
    id,
  );
  check?.(before);
  if (!from.includes(before.status))
    throw new AppError('BAD_USER_INPUT', 'INVALID_STATE', `the order is ${before.status}`, {
      field: 'id',
      params: { from: before.status },
    });
  checkVersionRead('rectification', id, versionRead, before.version);
  const after = { ...before, ...change(before), version: before.version + 1 };
  await transaction(ctx, async (m: EntityManager) => {
    const { affected } = await m.update(
      RectificationEntity,
      { id, version: before.version },
      { ...after, id: undefined },
    );
    if (affected !== 1) throw conflict('rectification', id);
    await recordAudit(m, ctx, { action, entityType: 'Rectification', entityId: id, before, after });
  });
  return rectificationView(after);
}

/** The department reports what it did: an officer of that department, after an order, a return, or late. */
export const reportRectification = (ctx: RequestContext, id: string, input: ReportRectificationInput) =>
  transition(
    ctx,
    id,
    REPORTABLE,
    (r) => ({
      status: r.status === 'OVERDUE' ? 'OVERDUE' : 'REPORTED',
      report: input.report.trim(),
      evidence: input.evidence?.trim() || null,
      reportedOn: today(),
    }),
    'rectification.report',
    (r) => {
      if (r.departmentId !== requireCaller(ctx).departmentId)
        throw forbidden('only the department the order is addressed to reports on it', 'OWN_DEPARTMENT_ONLY');
    },
  );

/**
 * Supervisors accept or return a report, never on their own department's order. A late report (the order already OVERDUE) may still be accepted:
 * the order is rectified, and the credit record made when it went overdue stays, to be repaired under the
 * credit rules.
 */
export async function decideRectification(
  ctx: RequestContext,
  id: string,
  accepted: boolean,
  note: string,
  versionRead?: number | null,
) {
  const decided = await transition(
    ctx,
    id,
    ['REPORTED', 'OVERDUE'],
    (r) => ({
      status: accepted ? 'ACCEPTED' : r.status === 'OVERDUE' ? 'OVERDUE' : 'RETURNED',
      decisionNote: note.trim() || null,
      decidedOn: today(),
      // returned: the department reports again (the report itself stays in the audit trail)
      reportedOn: accepted ? r.reportedOn : null,
    }),
    accepted ? 'rectification.accept' : 'rectification.return',
    (r) => {
      // a SUPERVISION officer's own department does not certify its own rectification
      if (r.departmentId === requireCaller(ctx).departmentId)
        throw forbidden('an order on your own department is decided by another', 'OWN_DEPARTMENT_CASE');
      if (!accepted && note.trim().length < 2) throw badInput('note', 'REQUIRED', 'say why the report is returned');
      textAtMost(note, 'note', 1000);
      if (r.status === 'OVERDUE' && !r.reportedOn)
        throw new AppError('BAD_USER_INPUT', 'INVALID_STATE', 'nothing has been reported yet', {
          field: 'id',
          params: { from: r.status },
        });
    },
    versionRead,
  );
  // returned after the deadline: overdue now, with its credit record
  if (decided.status === 'RETURNED' && decided.deadline < today()) {
    await markOverdueRectifications(ctx);
    return (await getRectification(ctx, id)) ?? decided;
  }
  return decided;
}

/** The warning an order is opened from: one that exists, about the department ordered (or about no department). */
async function warningOrigin(ctx: RequestContext, warningId: string, departmentId: string) {
  const warning = await ctx.dataSource.getRepository(IntegrityWarningEntity).findOneBy({ id: warningId });
  if (!warning) throw badInput('input.originId', 'NOT_FOUND', `warning ${warningId} does not exist`, { id: warningId });
  if (warning.departmentId && warning.departmentId !== departmentId)
    throw badInput('input.departmentId', 'INVALID_VALUE', 'the warning concerns another department');
}
