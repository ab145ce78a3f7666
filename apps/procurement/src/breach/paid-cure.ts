import { creditCureMessage, creditWithdrawMessage, enqueueOutbox } from '@integrity/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { sentRecordDate } from './sent-records.js';

/** A debt paid in full, as credit hears of it if its arrears were recorded. */
export interface PaidInFull {
  /** The record's source id. */
  sourceId: string;
  /** The day the last of it was paid (the latest payment's date, whatever order payments were entered in). */
  paidInFullOn: string;
  /** The summary of a cure. */
  cured: string;
  /** The reason of a withdrawal, given the record's date. */
  withdrawn: (recordedOn: string) => string;
}

/**
 * A payment in full reported to credit, once, in the payment's own transaction, if the arrears went there as a
 * record (committed, not snapshot: a sweep may have enqueued the record while this payment waited for its row).
 * Paid in full on or after the record's date, the record's cause is cured (its repair may then be decided,
 * 国办发〔2025〕22号). Paid in full before it — an earlier payment entered after the sweep — the arrears never
 * lasted long enough to be recorded: the record is withdrawn, as a payment entered in time would have prevented
 * it. The record's date is the one it was sent with (the grace period then, whatever it is now). Nothing
 * recorded: nothing to report.
 */
export async function reportPaidInFull(m: EntityManager, paid: PaidInFull): Promise<void> {
  const recordedOn = await sentRecordDate(m, paid.sourceId);
  if (recordedOn === null) return;
  await enqueueOutbox(
    m,
    paid.paidInFullOn < recordedOn
      ? creditWithdrawMessage({ sourceId: paid.sourceId, reason: paid.withdrawn(recordedOn) })
      : creditCureMessage({ sourceId: paid.sourceId, curedOn: paid.paidInFullOn, summary: paid.cured }),
  );
}
