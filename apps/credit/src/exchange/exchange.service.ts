import { createHmac } from 'node:crypto';
import {
  badInput,
  MAX_PAGE_SIZE,
  queryService,
  subgraphUrl,
  today,
  transaction,
  type RequestContext,
} from '@integrity/subgraph-kit';
import { In, MoreThan } from 'typeorm';
import { CreditRecordEntity } from '../record/record.entity.js';
import { exchangeRow, toCsv, type ExchangeBody } from './exchange-row.js';
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

interface DirectoryDepartment extends ExchangeBody {
  id: string;
  code: string;
  countyWideDomains: string[];
}

const DEPARTMENTS = `query ExchangeDepartments($page: Int!, $pageSize: Int!) {
  departments(page: $page, pageSize: $pageSize) { total items { id code name uscc countyWideDomains } }
}`;

/** Every department with its code, from the directory (a county has a few hundred at most). */
async function directoryDepartments(ctx: RequestContext): Promise<DirectoryDepartment[]> {
  const all: DirectoryDepartment[] = [];
  for (let page = 1; ; page += 1) {
    const { departments } = await queryService<{ departments: { total: number; items: DirectoryDepartment[] } }>(ctx, {
      service: 'directory',
      url: subgraphUrl('directory', 4001),
      query: DEPARTMENTS,
      variables: { page, pageSize: MAX_PAGE_SIZE },
    });
    all.push(...departments.items);
    if (all.length >= departments.total || !departments.items.length) return all;
  }
}

const sign = (cursor: string, content: string): string | null => {
  const key = process.env.EXCHANGE_HMAC_KEY;
  return key ? createHmac('sha256', key).update(`${cursor}\n${content}`).digest('hex') : null;
};

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
  const settled = new Date(Date.now() - settleMs()).toISOString();
  const found = await ctx.dataSource.getRepository(RecordChangeEntity).find({
    where: { seq: MoreThan(after) },
    order: { seq: 'ASC' },
    take: limit + 1,
  });
  // stop at the first unsettled change, so an earlier seq committing late is not skipped
  const ready: RecordChangeEntity[] = [];
  for (const c of found.slice(0, limit)) {
    if (c.at > settled) break;
    ready.push(c);
  }
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
