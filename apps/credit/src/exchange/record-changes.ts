// Writing the exchange feed: the services that change a record note it in the same transaction; anything the
// feed lacks (records seeded or recorded before the feed existed, publicity that ran out) is filled in by
// `syncChanges` before every export, so the platforms miss nothing.
import { rowLock, today } from '@integrity/subgraph-kit';
import type { EntityManager } from 'typeorm';
import type { CreditRecordEntity } from '../record/record.entity.js';
import { isDishonesty, NOT_DISHONESTY } from '../rules/publicity.js';
import { ExchangeSyncEntity } from './exchange-sync.entity.js';
import { RecordChangeEntity, type RecordChange } from './record-change.entity.js';

type Fed = Pick<CreditRecordEntity, 'id' | 'subjectType' | 'category' | 'publish'>;

/** Whether the platforms receive this record: a department's dishonesty record on public disclosure. */
export const isExchanged = (r: Fed): boolean => r.subjectType === 'DEPARTMENT' && r.publish && isDishonesty(r.category);

/** Note a change of a fed record in the caller's transaction; other records are not fed. */
export async function noteRecordChange(m: EntityManager, record: Fed, change: RecordChange): Promise<void> {
  if (!isExchanged(record)) return;
  const at = new Date().toISOString();
  // a record the platforms have not had yet (seeded, or published only by this correction) comes first. An
  // export filling the feed in at this moment would feed it as published too: take the turn fillings-in take
  // (syncChanges), then read what is committed, not this transaction's snapshot
  if (change !== 'PUBLISHED') {
    await m.findOne(ExchangeSyncEntity, { where: { id: 'main' }, ...rowLock(m) });
    if (!(await m.findOne(RecordChangeEntity, { where: { recordId: record.id }, ...rowLock(m) })))
      await m.insert(RecordChangeEntity, { recordId: record.id, change: 'PUBLISHED', at });
  }
  await m.insert(RecordChangeEntity, { recordId: record.id, change, at });
}

const STATUS_CHANGE: Partial<Record<string, RecordChange>> = { REPAIRED: 'REPAIRED', REVOKED: 'REVOKED' };

/**
 * Fill the feed in: a fed record with no change yet is PUBLISHED (then its closing, if it is closed); an
 * active one whose publicity ended before today is EXPIRED, once. Fillings-in take turns on one row, locked
 * before anything is read: a second one (another officer's export, another credit process) waits, then reads
 * what the first wrote, so no change is added twice.
 */
export async function syncChanges(m: EntityManager, onDate = today()): Promise<void> {
  await m.findOne(ExchangeSyncEntity, { where: { id: 'main' }, ...rowLock(m) });
  // isExchanged in SQL
  const fed = `r.subject_type = 'DEPARTMENT' AND r.publish = 1 AND r.category NOT IN (:...notDishonesty)`;
  const params = { notDishonesty: [...NOT_DISHONESTY] };
  const unfed = (await m
    .createQueryBuilder()
    .select(['r.id AS id', 'r.status AS status'])
    .from('credit_record', 'r')
    .where(fed, params)
    .andWhere('NOT EXISTS (SELECT 1 FROM credit_record_change c WHERE c.record_id = r.id)')
    .orderBy('r.created_at', 'ASC')
    .addOrderBy('r.id', 'ASC')
    .getRawMany()) as { id: string; status: string }[];
  const at = new Date().toISOString();
  const rows: Omit<RecordChangeEntity, 'seq'>[] = [];
  for (const r of unfed) {
    rows.push({ recordId: r.id, change: 'PUBLISHED', at });
    const closed = STATUS_CHANGE[r.status];
    if (closed) rows.push({ recordId: r.id, change: closed, at });
  }
  const expired = (await m
    .createQueryBuilder()
    .select('r.id', 'id')
    .from('credit_record', 'r')
    .where(fed, params)
    .andWhere("r.status = 'ACTIVE' AND r.publicity_end < :onDate", { onDate })
    .andWhere(
      "NOT EXISTS (SELECT 1 FROM credit_record_change c WHERE c.record_id = r.id AND c.change_kind = 'EXPIRED')",
    )
    .orderBy('r.publicity_end', 'ASC')
    .addOrderBy('r.id', 'ASC')
    .getRawMany()) as { id: string }[];
  for (const r of expired) rows.push({ recordId: r.id, change: 'EXPIRED', at });
  // in chunks: a first export after a large import fills thousands
  for (let i = 0; i < rows.length; i += 500) await m.insert(RecordChangeEntity, rows.slice(i, i + 500));
}
