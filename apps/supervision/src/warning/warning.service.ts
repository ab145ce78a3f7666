import { warningAcknowledgeRefusal } from '@integrity/rules';
import {
  AppError,
  badInput,
  conflict,
  forbidden,
  mustFind,
  paginate,
  recordAudit,
  requireCaller,
  textAtMost,
  today,
  transaction,
  type RequestContext,
} from '@integrity/subgraph-kit';
import { seesEveryRectification } from '../rectification/rectification-access.js';
import { IntegrityWarningEntity } from './warning.entity.js';
import type { IntegrityWarningsArgs } from './warning.input.js';
import type { WarningStatus } from './warning-kinds.js';
import { sweepIfStale } from './warning-sweep.js';

export const warningView = (w: IntegrityWarningEntity) => ({
  ...w,
  department: w.departmentId ? { id: w.departmentId } : null,
});

/** Leaders, supervisors and county-wide SUPERVISION officers see every warning; other officers their own department's. */
const scope = (ctx: RequestContext, departmentId?: string | null): string | null | undefined =>
  seesEveryRectification(ctx) ? departmentId : (requireCaller(ctx).departmentId ?? '-');

export async function listWarnings(ctx: RequestContext, args: IntegrityWarningsArgs) {
  await sweepIfStale(ctx);
  const qb = ctx.dataSource.getRepository(IntegrityWarningEntity).createQueryBuilder('w');
  const departmentId = scope(ctx, args.departmentId);
  if (departmentId) qb.andWhere('w.department_id = :departmentId', { departmentId });
  if (args.kind) qb.andWhere('w.kind = :kind', { kind: args.kind });
  if (args.status) qb.andWhere('w.status = :status', { status: args.status });
  // open first, then acknowledged, then resolved, oldest cause first: ix_warning_rank_since walks the generated
  // status_rank (migration 710, not on the entity); within one status ix_warning_status_since needs no rank
  if (!args.status) qb.orderBy('w.status_rank', 'ASC');
  qb.addOrderBy('w.since', 'ASC').addOrderBy('w.id', 'ASC');
  return paginate(qb, args, warningView);
}

export async function countWarnings(ctx: RequestContext, status: WarningStatus | undefined) {
  await sweepIfStale(ctx);
  const qb = ctx.dataSource
    .getRepository(IntegrityWarningEntity)
    .createQueryBuilder('w')
    .select('w.kind', 'kind')
    .addSelect('COUNT(*)', 'count')
    .groupBy('w.kind');
  const departmentId = scope(ctx);
  if (departmentId) qb.andWhere('w.department_id = :departmentId', { departmentId });
  if (status) qb.andWhere('w.status = :status', { status });
  else qb.andWhere("w.status <> 'RESOLVED'");
  const rows: { kind: string; count: string | number }[] = await qb.getRawMany();
  return rows.map((r) => ({ kind: r.kind, count: Number(r.count) })).sort((a, b) => b.count - a.count);
}

/** An OPEN warning is acknowledged with a note by whom @integrity/rules' warningAcknowledgeRefusal lets. */
export async function acknowledgeWarning(ctx: RequestContext, id: string, note: string) {
  const caller = requireCaller(ctx);
  const before = await mustFind(ctx.dataSource.getRepository(IntegrityWarningEntity).findOneBy({ id }), 'warning', id);
  const refusal = warningAcknowledgeRefusal(caller, before);
  if (refusal)
    throw forbidden(
      'the department concerned, the supervisors, and administrators for the kinds they mend acknowledge a warning',
      refusal,
    );
  if (note.trim().length < 2) throw badInput('note', 'REQUIRED', 'say what is being done about it');
  note = textAtMost(note, 'note', 1000);
  if (before.status !== 'OPEN')
    throw new AppError('BAD_USER_INPUT', 'INVALID_STATE', `the warning is ${before.status}`, {
      field: 'id',
      params: { from: before.status },
    });
  const after = {
    ...before,
    status: 'ACKNOWLEDGED' as const,
    ackNote: note.trim(),
    ackBy: caller.username,
    ackOn: today(),
    version: before.version + 1,
  };
  await transaction(ctx, async (m) => {
    const { affected } = await m.update(
      IntegrityWarningEntity,
      { id, version: before.version },
      { status: after.status, ackNote: after.ackNote, ackBy: after.ackBy, ackOn: after.ackOn, version: after.version },
    );
    if (affected !== 1) throw conflict('warning', id);
    await recordAudit(m, ctx, {
      action: 'warning.acknowledge',
      entityType: 'IntegrityWarning',
      entityId: id,
      before,
      after,
    });
  });
  return warningView(after);
}
