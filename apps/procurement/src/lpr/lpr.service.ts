import {
  badInput,
  formatDecimal,
  parseDecimal,
  recordAudit,
  requireCaller,
  today,
  type LprPublication,
  type RequestContext,
} from '@integrity/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { LprPublicationEntity } from './lpr.entity.js';
import type { RecordLoanPrimeRateInput } from './lpr.type.js';

const view = (r: LprPublicationEntity) => ({ ...r, oneYearPercent: formatDecimal(BigInt(r.bp), 2) });

/** Every publication, newest first (a few dozen rows a year: one statement). */
export async function listLpr(ctx: RequestContext) {
  requireCaller(ctx);
  const rows = await ctx.dataSource.manager.find(LprPublicationEntity, { order: { publishedOn: 'DESC' } });
  return rows.map(view);
}

/** The publications a signing date is checked against. */
export const lprPublications = async (m: EntityManager): Promise<LprPublication[]> =>
  (await m.find(LprPublicationEntity)).map((r) => ({ publishedOn: r.publishedOn, bp: r.bp }));

/** Record a month's publication; a day already recorded is corrected (the audit trail keeps what it said). */
export async function recordLpr(ctx: RequestContext, input: RecordLoanPrimeRateInput) {
  const caller = requireCaller(ctx);
  const bp = parseDecimal(input.oneYearPercent, 2, 'oneYearPercent');
  if (bp <= 0n || bp > 2_000n)
    throw badInput('oneYearPercent', 'INVALID_RATE', 'an annual percentage above 0 and at most 20', { max: 20 });
  if (input.publishedOn > today())
    throw badInput('publishedOn', 'DATE_IN_FUTURE', 'publishedOn cannot be in the future');
  return ctx.dataSource.transaction(async (m) => {
    const before = await m.findOneBy(LprPublicationEntity, { publishedOn: input.publishedOn });
    const row: LprPublicationEntity = {
      publishedOn: input.publishedOn,
      bp: Number(bp),
      recordedBy: caller.username,
      recordedAt: new Date().toISOString(),
    };
    await m.save(LprPublicationEntity, row);
    await recordAudit(m, ctx, {
      action: 'lpr.record',
      entityType: 'LoanPrimeRate',
      entityId: row.publishedOn,
      before,
      after: row,
    });
    return view(row);
  });
}
