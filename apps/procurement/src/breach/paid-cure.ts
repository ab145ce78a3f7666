import { creditCureMessage, enqueueOutbox } from '@integrity/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { sentRecords } from './sent-records.js';

/**
 * A payment made in full after its arrears became a credit record cures the record's cause (its repair may then be
 * decided, 国办发〔2025〕22号): reported once through the outbox, in the payment's own transaction. When no record
 * was made (paid within the grace period), there is nothing to report.
 */
export async function reportPaidIfRecorded(m: EntityManager, sourceId: string, curedOn: string, summary: string) {
  // committed, not snapshot: a sweep may have enqueued the record while this payment waited for its milestone
  if ((await sentRecords(m, [sourceId], { latest: true })).has(sourceId))
    await enqueueOutbox(m, creditCureMessage({ sourceId, curedOn, summary }));
}
