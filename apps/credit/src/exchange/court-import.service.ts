import { randomUUID } from 'node:crypto';
import {
  badInput,
  isDuplicateKey,
  recordAudit,
  requireCaller,
  today,
  transaction,
  type RequestContext,
} from '@integrity/subgraph-kit';
import { In } from 'typeorm';
import { CreditRecordEntity } from '../record/record.entity.js';
import { judgeRows, listingPublicityEnd, readCourtList, type CourtListRow, type RowVerdict } from './court-list.js';
import { listingCase, listingKey } from './listing-key.js';
import { directoryDepartments } from './directory-departments.js';
import type { ExchangeFormat } from './exchange.type.js';
import { noteRecordChange } from './record-changes.js';

/**
 * Records from the court's list name it as their source; the case number keys them (one record a case), and a
 * listing told by casework as well is that one record (listingKey).
 */
export const COURT_LIST_SOURCE = 'court-list';

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
  const verdicts = judgeRows(rows, byUscc, today());
  const good = rows
    .map((row, i) => ({ row, departmentId: verdicts[i]!.departmentId }))
    .filter((g): g is AcceptedRow => g.departmentId !== null);
  const commitWith = commit
    ? { rows: rows.length, make: (g: AcceptedRow) => courtRecord(g.row, g.departmentId, names, caller.username) }
    : null;
  // casework reported one of these listings, or another import wrote one of these cases, since they were read:
  // nothing of that attempt was written; read again, and that record is the listing's. A second loss is answered
  // ALREADY_RECORDED (the kit's error formatting of a duplicate key).
  const { existing, made, otherBody } = await recordRows(ctx, good, commitWith).catch((error: unknown) => {
    if (!isDuplicateKey(error)) throw error;
    return recordRows(ctx, good, commitWith);
  });
  // a case the list brought earlier against another body: refused, the list's record of a case being one
  const verdictOf = (v: RowVerdict): RowVerdict =>
    v.reason === null && otherBody.has(v.caseNumber)
      ? { ...v, departmentId: null, reason: 'CASE_OF_ANOTHER_BODY', params: {}, field: '案号' }
      : v;
  const final = verdicts.map(verdictOf);
  const accepted = final.filter((v) => v.reason === null).length;
  return {
    accepted,
    refused: rows.length - accepted,
    committed: commit,
    rows: final.map((v) => ({
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

type AcceptedRow = { row: CourtListRow; departmentId: string };

/**
 * The records the accepted rows already have, by case number — the list's own record of the case (its number
 * written any way), or any record of the listing (casework's report of it) — the rows whose case the list
 * recorded against another body, and, to commit, the other rows written with the import's audit entry, all or
 * nothing.
 */
async function recordRows(
  ctx: RequestContext,
  good: AcceptedRow[],
  commit: { rows: number; make: (g: AcceptedRow) => CreditRecordEntity } | null,
) {
  const existing = new Map<string, string>();
  const otherBody = new Set<string>();
  if (!good.length) return { existing, made: new Map<string, string>(), otherBody };
  const keyOf = (g: AcceptedRow) => listingKey(g.departmentId, g.row.caseNumber);
  const [own, listed] = await Promise.all([
    // the list's record of the case as the database's collation finds it: the number as written, up to width
    // and letter case ((2026) for （2026）, not 〔2026〕: another bracket style of another body is another record,
    // as two bodies listed in one case need); the same body's listing in any spelling is found by its key
    ctx.dataSource.manager.findBy(CreditRecordEntity, {
      sourceSubgraph: COURT_LIST_SOURCE,
      sourceId: In(good.map((g) => g.row.caseNumber)),
    }),
    ctx.dataSource.manager.findBy(CreditRecordEntity, { listingKey: In(good.map(keyOf)) }),
  ]);
  const ownByCase = new Map(own.map((r) => [listingCase(r.sourceId!), r]));
  const byKey = new Map(listed.map((r) => [r.listingKey!, r.id]));
  for (const g of good) {
    const mine = ownByCase.get(listingCase(g.row.caseNumber));
    const id = (mine?.departmentId === g.departmentId ? mine.id : undefined) ?? byKey.get(keyOf(g));
    if (id) existing.set(g.row.caseNumber, id);
    else if (mine) otherBody.add(g.row.caseNumber);
  }
  if (!commit) return { existing, made: new Map<string, string>(), otherBody };
  const fresh = good.filter((g) => !existing.has(g.row.caseNumber) && !otherBody.has(g.row.caseNumber));
  const made = await transaction(ctx, async (m) => {
    const ids = new Map<string, string>();
    for (const g of fresh) {
      const record = commit.make(g);
      await m.insert(CreditRecordEntity, record);
      await noteRecordChange(m, record, 'PUBLISHED');
      ids.set(g.row.caseNumber, record.id);
    }
    await recordAudit(m, ctx, {
      action: 'record.importCourtList',
      entityType: 'CreditRecord',
      entityId: COURT_LIST_SOURCE,
      after: {
        rows: commit.rows,
        made: fresh.map((g) => g.row.caseNumber),
        refused: commit.rows - good.length + otherBody.size,
      },
    });
    return ids;
  });
  return { existing, made, otherBody };
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
    listingKey: listingKey(departmentId, r.caseNumber),
  };
}
