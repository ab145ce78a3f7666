import { randomUUID } from 'node:crypto';
import {
  badInput,
  directoryName,
  groupByKey,
  paginate,
  recordAudit,
  requireCaller,
  today,
  transaction,
  type RequestContext,
} from '@integrity/subgraph-kit';
import { In, IsNull, type EntityManager } from 'typeorm';
import { seesEveryRectification } from '../rectification/rectification-access.js';
import { InspectionEntity, InspectionFindingEntity } from './inspection.entity.js';
import type { InspectionsArgs, RecordInspectionInput } from './inspection.input.js';

const inspectionView = (i: InspectionEntity) => ({ ...i, department: { id: i.departmentId } });

/** Who sees what follows the rectification orders: supervisors and SUPERVISION all, others their own. */
export async function listInspections(ctx: RequestContext, args: InspectionsArgs) {
  const all = seesEveryRectification(ctx);
  const departmentId = all ? args.departmentId : requireCaller(ctx).departmentId;
  if (!all && !departmentId) return { items: [], total: 0, page: args.page, pageSize: args.pageSize };
  const qb = ctx.dataSource.getRepository(InspectionEntity).createQueryBuilder('i');
  if (departmentId) qb.andWhere('i.department_id = :departmentId', { departmentId });
  return paginate(qb.orderBy('i.inspected_on', 'DESC').addOrderBy('i.id'), args, inspectionView);
}

/** The findings of many inspections in one statement. */
export const findingsOf = (ctx: RequestContext, inspectionId: string) =>
  ctx.loaders
    .get<string, InspectionFindingEntity[]>('inspection.findings', async (ids) =>
      groupByKey(
        ids,
        await ctx.dataSource
          .getRepository(InspectionFindingEntity)
          .find({ where: { inspectionId: In([...ids]) }, order: { seq: 'ASC' } }),
        (f) => f.inspectionId,
      ),
    )
    .load(inspectionId);

export async function recordInspection(ctx: RequestContext, input: RecordInspectionInput) {
  const now = today();
  if (input.inspectedOn > now)
    throw badInput('input.inspectedOn', 'DATE_IN_FUTURE', 'the inspection date is in the future');
  await directoryName(ctx, 'department', input.departmentId, 'input.departmentId');
  const inspection: InspectionEntity = {
    id: randomUUID(),
    departmentId: input.departmentId,
    inspectedOn: input.inspectedOn,
    team: input.team.trim(),
    recordedBy: requireCaller(ctx).username,
    recordedOn: now,
  };
  const findings: InspectionFindingEntity[] = input.findings.map((text, i) => ({
    id: randomUUID(),
    inspectionId: inspection.id,
    seq: i + 1,
    text: text.trim(),
    rectificationId: null,
  }));
  await transaction(ctx, async (m) => {
    await m.insert(InspectionEntity, inspection);
    await m.insert(InspectionFindingEntity, findings);
    await recordAudit(m, ctx, {
      action: 'inspection.record',
      entityType: 'Inspection',
      entityId: inspection.id,
      after: { ...inspection, findings },
    });
  });
  return inspectionView(inspection);
}

/**
 * Link a finding to the order opened from it, in the order's transaction: the finding must exist, concern the
 * same department, and have no order yet.
 */
export async function claimFinding(m: EntityManager, findingId: string, departmentId: string, rectificationId: string) {
  const finding = await m.findOneBy(InspectionFindingEntity, { id: findingId });
  const inspection = finding && (await m.findOneBy(InspectionEntity, { id: finding.inspectionId }));
  if (!finding || !inspection)
    throw badInput('input.originId', 'NOT_FOUND', `finding ${findingId} does not exist`, { id: findingId });
  if (inspection.departmentId !== departmentId)
    throw badInput('input.departmentId', 'INVALID_VALUE', 'the finding concerns another department');
  const { affected } = await m.update(
    InspectionFindingEntity,
    { id: findingId, rectificationId: IsNull() },
    { rectificationId },
  );
  if (affected !== 1)
    throw badInput('input.originId', 'FINDING_ALREADY_ORDERED', 'an order has already been opened from this finding');
}
