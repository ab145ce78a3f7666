import { randomUUID } from 'node:crypto';
import {
  addMonths,
  alreadyRecorded,
  badInput,
  directoryName,
  forbidden,
  isDuplicateKey,
  notFound,
  parseMoney,
  recordAudit,
  requireCaller,
  today,
  transaction,
  updateVersioned,
  type RequestContext,
} from '@integrity/subgraph-kit';
import { checkPublicity } from '../rules/publicity.js';
import { SOURCED_RECORD_RULES, sourcedSeverity } from '../rules/sourced-records.js';
import { CreditRecordEntity } from './record.entity.js';
import { noteRecordChange } from '../exchange/record-changes.js';
import { forgetRecord, recordView } from './record.service.js';
import type { RecordFromSourceInput, SourceCuredInput, SourceWithdrawnInput } from './sourced-record.input.js';
import { upholdOnWithdrawal } from '../objection/objection-withdrawal.js';
import { followRevocation } from './record-revocation.js';
import { COURT_LIST_SOURCE } from '../exchange/court-import.service.js';
import { listingKey } from '../exchange/listing-key.js';

/**
 * A department record made from another subgraph's fact, exactly once: the sender is the calling service,
 * (sender, sourceId) is unique, and a repeat — an outbox retrying after a lost acknowledgement — gets the
 * record made the first time.
 */
export async function recordFromSource(ctx: RequestContext, input: RecordFromSourceInput) {
  const sender = requireCaller(ctx).id;
  const rule = SOURCED_RECORD_RULES[input.kind];
  if (!rule.senders.includes(sender))
    throw forbidden(`the ${sender} service does not report ${input.kind}`, 'NOT_PERMITTED');
  const find = () =>
    ctx.dataSource.manager.findOneBy(CreditRecordEntity, { sourceSubgraph: sender, sourceId: input.sourceId });
  const existing = await find();
  if (existing) return recordView(existing);
  const listing = input.kind === 'JUDGMENT_DEBTOR_LISTED' ? listingKey(input.departmentId, input.documentNumber) : null;
  const adopt = () => (listing ? adoptCourtListing(ctx, input, listing, sender, rule.cure !== undefined) : null);
  const adopted = await adopt();
  if (adopted) return recordView(adopted);
  const severity = sourcedSeverity(
    rule,
    input.amount ? parseMoney(input.amount, 'input.amount', { allowZero: true }) : null,
    rule.seriousFromAmount ? parseMoney(rule.seriousFromAmount, 'seriousFromAmount') : null,
  );
  const publicityEnd = checkPublicity(
    'DEPARTMENT',
    rule.category,
    severity,
    input.decisionDate,
    true,
    addMonths(input.decisionDate, rule.publicityMonths),
  );
  const record: CreditRecordEntity = {
    id: randomUUID(),
    subjectType: 'DEPARTMENT',
    subjectId: input.departmentId,
    subjectName: await directoryName(ctx, 'department', input.departmentId, 'departmentId'),
    departmentId: input.departmentId,
    category: rule.category,
    severity,
    documentNumber: input.documentNumber.trim(),
    authority: input.authority.trim(),
    decisionDate: input.decisionDate,
    publish: true,
    publicityStart: input.decisionDate,
    publicityEnd,
    status: 'ACTIVE',
    underObjection: false,
    closedReason: null,
    createdBy: `service:${sender}`,
    createdAt: new Date().toISOString(),
    version: 1,
    sourceSubgraph: sender,
    sourceId: input.sourceId,
    cureRequired: rule.cure !== undefined,
    curedOn: null,
    listingKey: listing,
  };
  // written, or null when a unique key refused it: a concurrent request wrote it or the listing first
  const write = async () => {
    try {
      return await transaction(ctx, async (m) => {
        await m.insert(CreditRecordEntity, record);
        await noteRecordChange(m, record, 'PUBLISHED');
        await recordAudit(m, ctx, {
          action: 'record.fromSource',
          entityType: 'CreditRecord',
          entityId: record.id,
          after: {
            ...record,
            kind: input.kind,
            amount: input.amount ?? null,
            summary: input.summary ?? null,
            rule: rule.source,
          },
        });
        return recordView(record);
      });
    } catch (error) {
      if (isDuplicateKey(error)) return null;
      throw error;
    }
  };
  const written = await write();
  if (written) return written;
  // two deliveries of one fact at once (the other made it), or the court's list brought the listing meanwhile
  // (this report takes that record)
  const made = (await find()) ?? (await adopt());
  if (made) return recordView(made);
  // another of casework's records holds the listing (another judgment naming the same listing decision): this
  // judgment's report is kept as its own record, as it came, so that its cure and withdrawal find it
  if (listing) {
    record.listingKey = null;
    const own = await write();
    if (own) return own;
  }
  const again = await find(); // the same report delivered twice at this moment
  if (again) return recordView(again);
  throw alreadyRecorded();
}

/**
 * A listing the court's list brought first is the record casework now reports (one listing, one record): it takes
 * the sender's source, so the sender's later report of its cure reaches it; its number, dates and publicity stay
 * the court's. Null when the court's list holds no such listing of the department.
 */
async function adoptCourtListing(
  ctx: RequestContext,
  input: RecordFromSourceInput,
  listing: string,
  sender: string,
  cureRequired: boolean,
): Promise<CreditRecordEntity | null> {
  const court = await ctx.dataSource.manager.findOneBy(CreditRecordEntity, {
    sourceSubgraph: COURT_LIST_SOURCE,
    listingKey: listing,
  });
  if (!court) return null;
  return transaction(ctx, async (m) => {
    const adopted = await updateVersioned(m, CreditRecordEntity, 'credit record', { id: court.id }, court.version, {
      sourceSubgraph: sender,
      sourceId: input.sourceId,
      cureRequired,
    });
    await recordAudit(m, ctx, {
      action: 'record.listingReported',
      entityType: 'CreditRecord',
      entityId: court.id,
      before: court,
      after: { ...adopted, listingDocument: input.documentNumber, reportedOn: input.decisionDate },
    });
    return adopted;
  });
}

/**
 * The calling service's record made from `sourceId`. A sender reports on facts it reported, so none yet means the
 * record's own message is still on its way (credit was down and it waits for its retry): NOT_FOUND, and the
 * report's retry comes after it.
 */
async function mustFindSourced(ctx: RequestContext, sourceId: string): Promise<CreditRecordEntity> {
  const record = await ctx.dataSource.manager.findOneBy(CreditRecordEntity, {
    sourceSubgraph: requireCaller(ctx).id,
    sourceId,
  });
  if (!record) throw notFound('credit record made from', sourceId);
  return record;
}

/**
 * The sender reports the fact behind one of its records cured: the record keeps the day, and the credit rules
 * then let it be repaired. A repeat changes nothing; no record yet is NOT_FOUND (mustFindSourced).
 */
export async function recordSourceCured(ctx: RequestContext, input: SourceCuredInput) {
  if (input.curedOn > today()) throw badInput('input.curedOn', 'DATE_IN_FUTURE', 'not after today');
  const before = await mustFindSourced(ctx, input.sourceId);
  if (before.curedOn) return recordView(before);
  return transaction(ctx, async (m) => {
    const saved = await updateVersioned(m, CreditRecordEntity, 'credit record', { id: before.id }, before.version, {
      curedOn: input.curedOn,
    });
    await recordAudit(m, ctx, {
      action: 'record.sourceCured',
      entityType: 'CreditRecord',
      entityId: before.id,
      before,
      after: { ...saved, summary: input.summary ?? null },
    });
    return recordView(saved);
  });
}

/**
 * The sender withdraws the fact behind one of its records: it no longer stands as reported (a due date moved back
 * by an acceptance recorded late), so the record is revoked (撤销) with the sender's reason, leaves the published
 * list and every figure, an objection still open on it ends upheld and a pending repair application terminated.
 * A repeat changes nothing; no record yet is NOT_FOUND, as for a cure.
 */
export async function recordSourceWithdrawn(ctx: RequestContext, input: SourceWithdrawnInput) {
  const reason = input.reason.trim();
  const before = await mustFindSourced(ctx, input.sourceId);
  if (before.status === 'REVOKED') return recordView(before);
  const result = await transaction(ctx, async (m) => {
    const saved = await updateVersioned(m, CreditRecordEntity, 'credit record', { id: before.id }, before.version, {
      status: 'REVOKED',
      underObjection: false,
      closedReason: `来源部门更正，已撤销：${reason}`,
    });
    await upholdOnWithdrawal(m, ctx, before.id, `记录已由来源部门撤销：${reason}`);
    await followRevocation(
      m,
      ctx,
      saved,
      `service:${requireCaller(ctx).id}`,
      `记录已由来源部门撤销，修复申请终止：${reason}`,
    );
    await recordAudit(m, ctx, {
      action: 'record.sourceWithdrawn',
      entityType: 'CreditRecord',
      entityId: before.id,
      before,
      after: { ...saved, reason },
    });
    return recordView(saved);
  });
  forgetRecord(ctx, before.id);
  return result;
}
