import { randomUUID } from 'node:crypto';
import { actsCountyWide } from '@integrity/auth';
import {
  orderList,
  badInput,
  byKey,
  directoryName,
  forbidden,
  groupByKey,
  notFound,
  recordAudit,
  requireOwner,
  today,
  validateUscc,
  whereContains,
  type RequestContext,
  paginate,
} from '@integrity/subgraph-kit';
import { CREDIT_RECORD_SORT } from './record-sort.js';
import { In, type SelectQueryBuilder } from 'typeorm';
import { CivilServantEntity } from '../civil-servant/civil-servant.entity.js';
import { checkPublicity, effectiveStatus } from '../rules/publicity.js';
import { checkSanctionKind, sanctionEndOf } from '../rules/sanction.js';
import { CreditRecordEntity } from './record.entity.js';
import { noteRecordChange } from '../exchange/record-changes.js';
import type { AddCreditRecordInput, CreditRecordsArgs } from './record.input.js';
import { activeSql, dishonestySql, expiredSql } from '../rules/record-sql.js';

export const recordView = (r: CreditRecordEntity, onDate = today()) => ({
  ...r,
  status: effectiveStatus(r, onDate),
  department: r.departmentId ? { id: r.departmentId } : null,
  recordedBy: r.recordedByDepartmentId ? { id: r.recordedByDepartmentId } : null,
  source: r.sourceSubgraph && r.sourceId ? { subgraph: r.sourceSubgraph, id: r.sourceId } : null,
  cureRequired: r.cureRequired ?? false,
});

const recordLoader = (ctx: RequestContext) =>
  ctx.loaders.get<string, CreditRecordEntity | null>('record.byId', async (ids) =>
    byKey(ids, await ctx.dataSource.manager.findBy(CreditRecordEntity, { id: In([...ids]) }), (r) => r.id),
  );

export const loadRecord = (ctx: RequestContext, id: string) => recordLoader(ctx).load(id);

/** After a mutation commits, later reads in the same request must see the new row, not the cached one. */
export const forgetRecord = (ctx: RequestContext, id: string) => void recordLoader(ctx).clear(id);

export async function mustLoadRecord(ctx: RequestContext, id: string, field = 'recordId') {
  const r = await loadRecord(ctx, id);
  if (!r) throw field === 'id' ? notFound('credit record', id) : notFound(`credit record (${field})`, id);
  return r;
}

/** Records about one subject (civil servant, department or enterprise), for many subjects in one statement. */
export const recordsOfSubject = (ctx: RequestContext, subjectType: string, subjectId: string) =>
  ctx.loaders
    .get<string, CreditRecordEntity[]>(`record.bySubject.${subjectType}`, async (ids) =>
      groupByKey(
        ids,
        await ctx.dataSource.manager.find(CreditRecordEntity, {
          where: { subjectType: subjectType as never, subjectId: In([...ids]) },
          order: { decisionDate: 'DESC' },
        }),
        (r) => r.subjectId,
      ),
    )
    .load(subjectId);

/** SQL for "status as of :today", matching effectiveStatus. */
export const whereStatus = (qb: SelectQueryBuilder<CreditRecordEntity>, status: string, onDate: string) =>
  status === 'EXPIRED'
    ? qb.andWhere(expiredSql('r'), { today: onDate })
    : status === 'ACTIVE'
      ? qb.andWhere(activeSql('r'), { today: onDate })
      : qb.andWhere('r.status = :st', { st: status });

export async function listRecords(ctx: RequestContext, args: CreditRecordsArgs) {
  const onDate = today();
  const qb = ctx.dataSource.manager.createQueryBuilder(CreditRecordEntity, 'r');
  if (args.subjectType) qb.andWhere('r.subject_type = :t', { t: args.subjectType });
  if (args.subjectId) qb.andWhere('r.subject_id = :s', { s: args.subjectId });
  if (args.departmentId) qb.andWhere('r.department_id = :d', { d: args.departmentId });
  if (args.status) whereStatus(qb, args.status, onDate);
  if (args.dishonestyOnly) qb.andWhere(dishonestySql('r'));
  whereContains(qb, ['r.subject_name', 'r.document_number'], args.search);
  orderList(qb, args, CREDIT_RECORD_SORT, [['r.decision_date', 'DESC']]);
  return paginate(qb, args, (r) => recordView(r, onDate));
}

/** Who the subject is, which department the record counts against, and whether the caller may write it. */
async function resolveSubject(ctx: RequestContext, input: AddCreditRecordInput) {
  if (input.subjectType === 'CIVIL_SERVANT') {
    const cs = await ctx.dataSource.manager.findOneBy(CivilServantEntity, { id: input.subjectId });
    if (!cs) throw badInput('subjectId', 'NOT_REGISTERED', `civil servant ${input.subjectId} does not exist`);
    requireOwner(ctx, 'CREDIT', { departmentId: cs.departmentId });
    return { subjectId: cs.id, subjectName: cs.name, departmentId: cs.departmentId };
  }
  if (input.subjectType === 'DEPARTMENT') {
    requireOwner(ctx, 'CREDIT', { departmentId: input.subjectId });
    return {
      subjectId: input.subjectId,
      subjectName: await directoryName(ctx, 'department', input.subjectId, 'subjectId'),
      departmentId: input.subjectId,
    };
  }
  const uscc = validateUscc(input.subjectId, 'subjectId');
  return {
    subjectId: uscc,
    subjectName: await directoryName(ctx, 'enterprise', uscc, 'subjectId'),
    departmentId: null,
  };
}

/**
 * An enterprise record counts against no department, so "own department" cannot bound it; and an active
 * SERIOUS one bars the enterprise from bidding county-wide. It is therefore entered only by a CREDIT
 * officer of a department acting county-wide for CREDIT (the county's credit-information departments,
 * 县发改局 and 县人社局 in the demo), on behalf of the issuing authority named in `authority`.
 */
function requireEnterpriseRecorder(ctx: RequestContext): void {
  if (!actsCountyWide(ctx.caller, 'CREDIT')) {
    throw forbidden(
      'only CREDIT officers of a department acting county-wide for CREDIT may record credit records on enterprises',
    );
  }
}

export async function addRecord(ctx: RequestContext, input: AddCreditRecordInput) {
  if (input.subjectType === 'ENTERPRISE') requireEnterpriseRecorder(ctx);
  // who the subject is decides who may write it: FORBIDDEN before any refusal of the input's values
  const subject = await resolveSubject(ctx, input);
  if (input.decisionDate > today())
    throw badInput('decisionDate', 'DATE_IN_FUTURE', 'decisionDate cannot be in the future');
  const publicityEnd = checkPublicity(
    input.subjectType,
    input.category,
    input.severity,
    input.decisionDate,
    input.publish,
    input.publicityEnd,
  );
  const sanctionKind = checkSanctionKind(input.subjectType, input.category, input.sanctionKind);
  const record: CreditRecordEntity = {
    id: randomUUID(),
    subjectType: input.subjectType,
    ...subject,
    category: input.category,
    severity: input.severity,
    documentNumber: input.documentNumber.trim(),
    authority: input.authority.trim(),
    decisionDate: input.decisionDate,
    publish: input.publish,
    publicityStart: input.decisionDate,
    publicityEnd,
    status: 'ACTIVE',
    underObjection: false,
    sanctionKind,
    sanctionEnd: sanctionKind ? sanctionEndOf(sanctionKind, input.decisionDate) : null,
    recordedByDepartmentId: ctx.caller!.departmentId ?? null,
    closedReason: null,
    createdBy: ctx.caller!.username,
    createdAt: new Date().toISOString(),
    version: 1,
  };
  return ctx.dataSource.transaction(async (m) => {
    await m.insert(CreditRecordEntity, record);
    await noteRecordChange(m, record, 'PUBLISHED');
    await recordAudit(m, ctx, {
      action: 'record.add',
      entityType: 'CreditRecord',
      entityId: record.id,
      after: record,
    });
    return recordView(record);
  });
}
