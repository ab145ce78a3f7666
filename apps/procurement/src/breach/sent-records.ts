import { CREDIT_RECORD_TOPIC, OutboxMessageEntity, rowLock } from '@integrity/subgraph-kit';
import { In, type EntityManager } from 'typeorm';

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
