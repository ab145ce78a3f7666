import { CREDIT_RECORD_TOPIC, OutboxMessageEntity, rowLock } from '@integrity/subgraph-kit';
import { In, type EntityManager, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';

/**
 * Which of these source ids already went to credit as records: their record message is in the outbox, which keys
 * it by the source id. Read with `latest`, the answer is the committed one, not the transaction's snapshot, and
 * waits for a sweep enqueuing one of them right now (a locking read on MySQL), for a decision such a sweep changes.
 */
export async function sentRecords(
  m: EntityManager,
  sourceIds: readonly string[],
  options: { latest?: boolean } = {},
): Promise<Set<string>> {
  if (!sourceIds.length) return new Set();
  const sent = await m.find(OutboxMessageEntity, {
    select: { id: true, dedupeKey: true },
    where: { topic: CREDIT_RECORD_TOPIC, dedupeKey: In([...sourceIds]) },
    ...(options.latest ? rowLock(m) : {}),
  });
  return new Set(sent.map((o) => o.dedupeKey));
}

/**
 * The date of the record a source id went to credit with (its decision date, as the sweep fixed it then), read
 * committed and locked like `sentRecords` with `latest`; null when no record was sent.
 */
export async function sentRecordDate(m: EntityManager, sourceId: string): Promise<string | null> {
  const [sent] = await m.find(OutboxMessageEntity, {
    select: { id: true, payloadJson: true },
    where: { topic: CREDIT_RECORD_TOPIC, dedupeKey: sourceId },
    ...rowLock(m),
  });
  return sent ? (JSON.parse(sent.payloadJson) as { decisionDate: string }).decisionDate : null;
}

/**
 * What a sweep records: the rows of `rows` (a fresh query each call) whose records have not gone to credit. The new
 * ones are read again locked, by primary key (FOR UPDATE on MySQL: only those rows), and checked against the
 * committed outbox, inside the caller's transaction that then enqueues their records: a change to one of them (an
 * acceptance moving a date, a payment in full) either committed first and is read here, or waits for the sweep and
 * then finds the records. Two statements when nothing is new; the plain first read keeps the sweep lock-free then.
 */
export async function unsentLocked<T extends ObjectLiteral & { id: string }>(
  m: EntityManager,
  rows: () => SelectQueryBuilder<T>,
  sourceId: (row: T) => string,
): Promise<T[]> {
  const all = await rows().getMany();
  const sent = await sentRecords(m, all.map(sourceId));
  const ids = all.filter((r) => !sent.has(sourceId(r))).map((r) => r.id);
  if (!ids.length) return [];
  const query = rows();
  query.andWhere(`${query.alias}.id IN (:...ids)`, { ids });
  if (rowLock(m).lock) query.setLock('pessimistic_write');
  const locked = await query.getMany();
  // committed, not this snapshot: another process's sweep may have recorded them while this one waited
  const sentSince = await sentRecords(m, locked.map(sourceId), { latest: true });
  return locked.filter((r) => !sentSince.has(sourceId(r)));
}
