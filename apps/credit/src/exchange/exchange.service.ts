import { createHmac } from 'node:crypto';
import { badInput, today, transaction, type RequestContext } from '@integrity/subgraph-kit';
import { In, MoreThan } from 'typeorm';
import { CreditRecordEntity } from '../record/record.entity.js';
import { directoryDepartments } from './directory-departments.js';
import { exchangeRow, toCsv } from './exchange-row.js';
import type { ExchangeFormat } from './exchange.type.js';
import { RecordChangeEntity } from './record-change.entity.js';
import { syncChanges } from './record-changes.js';

const BATCH = 500;

/** A change younger than this may sit behind an earlier seq still uncommitted: it waits for the next call. */
const settleMs = () => Number(process.env.EXCHANGE_SETTLE_MS ?? 2000);

/** The cursor is opaque to callers: the last seq they have, encoded. */
const encodeCursor = (seq: number) => Buffer.from(JSON.stringify({ s: seq })).toString('base64url');
function decodeCursor(since: string | null | undefined): number {
  if (!since) return 0;
  try {
    const seq = (JSON.parse(Buffer.from(since, 'base64url').toString('utf8')) as { s?: unknown }).s;
    if (typeof seq === 'number' && Number.isInteger(seq) && seq >= 0) return seq;
  } catch {
    // fall through
  }
  throw badInput('since', 'INVALID_VALUE', 'not a cursor this export gave');
}

const sign = (cursor: string, content: string): string | null => {
  const key = process.env.EXCHANGE_HMAC_KEY;
  return key ? createHmac('sha256', key).update(`${cursor}\n${content}`).digest('hex') : null;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The changes after a seq, up to the first one younger than the settle window (an earlier seq may still be
 * committing): when that is what stops the batch, wait for it to settle once and read again, so a caller
 * is not sent away empty by changes made a moment ago (the feed just filled in, for one).
 */
async function settledChanges(ctx: RequestContext, after: number, limit: number) {
  for (let attempt = 0; ; attempt += 1) {
    const settled = new Date(Date.now() - settleMs()).toISOString();
    const found = await ctx.dataSource.getRepository(RecordChangeEntity).find({
      where: { seq: MoreThan(after) },
      order: { seq: 'ASC' },
      take: limit + 1,
    });
    const ready: RecordChangeEntity[] = [];
    for (const c of found.slice(0, limit)) {
      if (c.at > settled) break;
      ready.push(c);
    }
    const waiting = ready.length < limit ? found[ready.length] : undefined;
    if (!waiting || attempt > 0) return { found, ready };
    await sleep(Math.max(0, Date.parse(waiting.at) + settleMs() - Date.now()) + 5);
  }
}

/**
 * The changes after `since`, at most `limit` (500), oldest first, as JSON or CSV in the national fields, signed. The
 * feed is filled in first (records from before it, publicity that ran out), so nothing is missed; a change
 * is given once, in seq order, and only once it has settled (EXCHANGE_SETTLE_MS).
 */
export async function creditExchangeExport(
  ctx: RequestContext,
  since: string | null | undefined,
  format: ExchangeFormat,
  limit = BATCH,
) {
  if (!Number.isInteger(limit) || limit < 1 || limit > BATCH)
    throw badInput('limit', 'TOO_LARGE', `1 to ${BATCH}`, { max: BATCH });
  const after = decodeCursor(since);
  const onDate = today();
  await transaction(ctx, (m) => syncChanges(m, onDate));
  const { found, ready } = await settledChanges(ctx, after, limit);
  const more = found.length > ready.length;
  const records = ready.length
    ? await ctx.dataSource.manager.findBy(CreditRecordEntity, { id: In([...new Set(ready.map((c) => c.recordId))]) })
    : [];
  const byId = new Map(records.map((r) => [r.id, r]));
  const departments = ready.length ? await directoryDepartments(ctx) : [];
  const byDept = new Map(departments.map((d) => [d.id, d]));
  const byName = new Map(departments.map((d) => [d.name, d]));
  // the county credit office: the first department acting county-wide in CREDIT, by code
  const office = departments
    .filter((d) => d.countyWideDomains.includes('CREDIT'))
    .sort((a, b) => a.code.localeCompare(b.code))[0];
  const rows = ready.map((c) => {
    const r = byId.get(c.recordId)!;
    const source = (r.recordedByDepartmentId && byDept.get(r.recordedByDepartmentId)) || office;
    return exchangeRow(c, r, byDept.get(r.subjectId), byName.get(r.authority), source, onDate);
  });
  const cursor = encodeCursor(ready.at(-1)?.seq ?? after);
  const content = format === 'CSV' ? toCsv(rows) : JSON.stringify(rows);
  return { cursor, count: rows.length, content, signature: sign(cursor, content), more };
}
