import { CREDIT_RECORD_TOPIC, creditCureMessage, enqueueOutbox, OutboxMessageEntity } from '@integrity/subgraph-kit';
import type { EntityManager } from 'typeorm';

/**
 * A payment made in full after its arrears became a credit record cures the record's cause (its repair may then be
 * decided, 国办发〔2025〕22号): reported once through the outbox, in the payment's own transaction. When no record
 * was made (paid within the grace period), there is nothing to report.
 */
export async function reportPaidIfRecorded(m: EntityManager, sourceId: string, curedOn: string, summary: string) {
  const recorded = await m.existsBy(OutboxMessageEntity, { topic: CREDIT_RECORD_TOPIC, dedupeKey: sourceId });
  if (recorded) await enqueueOutbox(m, creditCureMessage({ sourceId, curedOn, summary }));
}
