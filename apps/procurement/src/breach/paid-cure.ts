import { creditCureMessage, creditWithdrawMessage, enqueueOutbox } from '@integrity/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { sentRecords } from './sent-records.js';

/** A debt paid in full, as credit hears of it if its arrears were recorded. */
export interface PaidInFull {
  /** The record's source id. */
  sourceId: string;
  /** The day the last of it was paid (the latest payment's date, whatever order payments were entered in). */
  paidInFullOn: string;
  /** The first day its arrears are recorded (the record's decision date); null when it has no due date. */
  recordedFrom: string | null;
  /** The summary of a cure. */
  cured: string;
  /** The reason of a withdrawal. */
  withdrawn: string;
}

/**
 * A payment in full reported to credit, once, in the payment's own transaction, if the arrears went there as a
 * record (committed, not snapshot: a sweep may have enqueued the record while this payment waited for its row).
 * Paid in full on or after the record's date, the record's cause is cured (its repair may then be decided,
 * 国办发〔2025〕22号). Paid in full before it — an earlier payment entered after the sweep — the arrears never
 * lasted long enough to be recorded: the record is withdrawn, as a payment entered in time would have prevented
 * it. Nothing recorded: nothing to report.
 */
export async function reportPaidInFull(m: EntityManager, paid: PaidInFull): Promise<void> {
  if (!(await sentRecords(m, [paid.sourceId], { latest: true })).has(paid.sourceId)) return;
  await enqueueOutbox(
    m,
    paid.recordedFrom !== null && paid.paidInFullOn < paid.recordedFrom
      ? creditWithdrawMessage({ sourceId: paid.sourceId, reason: paid.withdrawn })
      : creditCureMessage({ sourceId: paid.sourceId, curedOn: paid.paidInFullOn, summary: paid.cured }),
  );
}
