import { randomUUID } from 'node:crypto';
import { badInput, recordAudit, requireCaller, today, transaction, type RequestContext } from '@integrity/subgraph-kit';
import { In } from 'typeorm';
import { CreditRecordEntity } from '../record/record.entity.js';
import { judgeRows, listingPublicityEnd, readCourtList, type CourtListRow } from './court-list.js';
import { listingKey, recordListingKey } from './listing-key.js';
import { directoryDepartments } from './directory-departments.js';
import type { ExchangeFormat } from './exchange.type.js';
import { noteRecordChange } from './record-changes.js';

/**
 * Records from the court's list name it as their source; the case number keys them (one record a case), and a
 * listing casework reported is that record too (listingKey).
 */
export const COURT_LIST_SOURCE = 'court-list';
/** The subgraph that reports the listings of the judgments it supervises (JUDGMENT_DEBTOR_LISTED). */
export const LISTING_SENDER = 'casework';

/**
 * Import the court's 失信被执行人 list received from the platform: each row naming a county body (by its code)
 * becomes a SERIOUS JUDICIAL_JUDGMENT record on it, once per case number however often the list comes. With
 * commit false nothing is written and the report says what would be; with commit true the accepted rows are
 * written together (the officer has seen the refused ones and accepts the rest).
 */
export async function importCourtDebtorList(
  ctx: RequestContext,
  content: string,
  format: ExchangeFormat,
  commit: boolean,
  lineOffset = 0,
) {
  const caller = requireCaller(ctx);
  if (!Number.isInteger(lineOffset) || lineOffset < 0)
    throw badInput('lineOffset', 'TOO_SMALL', 'lineOffset is a line count, 0 or more', { min: 0 });
  const rows = readCourtList(content, format);
  if ('problem' in rows) throw badInput('content', rows.problem, rows.message, rows.params);
  const departments = await directoryDepartments(ctx);
  const byUscc = new Map(departments.filter((d) => d.uscc).map((d) => [d.uscc, d.id]));
  const names = new Map(departments.map((d) => [d.id, d.name]));
  const onDate = today();
  const verdicts = judgeRows(rows, byUscc, onDate);
  const good = rows
    .map((row, i) => ({ row, departmentId: verdicts[i]!.departmentId }))
    .filter((g): g is { row: CourtListRow; departmentId: string } => g.departmentId !== null);
  const existing = new Map(
    good.length
      ? (
          await ctx.dataSource.manager.findBy(CreditRecordEntity, {
            sourceSubgraph: COURT_LIST_SOURCE,
            sourceId: In(good.map((g) => g.row.caseNumber)),
          })
        ).map((r) => [r.sourceId!, r.id])
      : [],
  );
  // a listing casework already reported (its listing decision, 之一) is that record: none is made twice
  const listed = new Map(
    good.length
      ? (
          await ctx.dataSource.manager.findBy(CreditRecordEntity, {
            // whatever its category now (an upheld objection may have corrected it): casework reports listings only
            sourceSubgraph: LISTING_SENDER,
            departmentId: In([...new Set(good.map((g) => g.departmentId))]),
          })
        ).map((r) => [recordListingKey(r), r.id])
      : [],
  );
  for (const { row, departmentId } of good) {
    const id = listed.get(listingKey(departmentId, row.caseNumber));
    if (id && !existing.has(row.caseNumber)) existing.set(row.caseNumber, id);
  }
  const made = new Map<string, string>();
  if (commit) {
    const fresh = good.filter((g) => !existing.has(g.row.caseNumber));
    await transaction(ctx, async (m) => {
      for (const { row, departmentId } of fresh) {
        const record = courtRecord(row, departmentId, names, caller.username);
        await m.insert(CreditRecordEntity, record);
        await noteRecordChange(m, record, 'PUBLISHED');
        made.set(row.caseNumber, record.id);
      }
      await recordAudit(m, ctx, {
        action: 'record.importCourtList',
        entityType: 'CreditRecord',
        entityId: COURT_LIST_SOURCE,
        after: { rows: rows.length, made: fresh.map((g) => g.row.caseNumber), refused: rows.length - good.length },
      });
    });
  }
  return {
    accepted: good.length,
    refused: rows.length - good.length,
    committed: commit,
    rows: verdicts.map((v) => ({
      line: v.line + lineOffset,
      caseNumber: v.caseNumber,
      accepted: v.reason === null,
      reason: v.reason,
      params: v.params,
      field: v.field,
      recordId: v.reason === null ? (made.get(v.caseNumber) ?? existing.get(v.caseNumber) ?? null) : null,
      alreadyRecorded: v.reason === null && existing.has(v.caseNumber),
    })),
  };
}

function courtRecord(
  r: CourtListRow,
  departmentId: string,
  names: Map<string, string>,
  by: string,
): CreditRecordEntity {
  const publishedOn = r.values['发布时间'].slice(0, 10);
  return {
    id: randomUUID(),
    subjectType: 'DEPARTMENT',
    subjectId: departmentId,
    subjectName: names.get(departmentId) ?? r.values['被执行人名称'],
    departmentId,
    category: 'JUDICIAL_JUDGMENT',
    severity: 'SERIOUS',
    documentNumber: r.caseNumber,
    authority: r.values['执行法院'],
    decisionDate: publishedOn,
    publish: true,
    publicityStart: publishedOn,
    publicityEnd: listingPublicityEnd(publishedOn),
    status: 'ACTIVE',
    underObjection: false,
    closedReason: null,
    createdBy: by,
    createdAt: new Date().toISOString(),
    version: 1,
    sourceSubgraph: COURT_LIST_SOURCE,
    sourceId: r.caseNumber,
  };
}
