import {
  addDays,
  enqueueOutbox,
  formatMoney,
  today,
  transaction,
  type ScheduledJob,
  type TransactionContext,
} from '@integrity/subgraph-kit';
import { MilestoneEntity } from '../contract/contract.entity.js';
import { overduePaymentMessage, overdueSourceId, paymentRecordGraceDays, recordSweepMs } from './breach-records.js';
import { unsentLocked } from './sent-records.js';

/** Unpaid, with a due date (one waiting for delivery or acceptance has none) before the cutoff. */
const DUE = 'm.paid_amount < m.amount AND m.due_date IS NOT NULL AND m.due_date < :cutoff';

/**
 * Put every supplier payment unpaid past the grace period into the outbox, once (the outbox keys it by the
 * milestone): two statements when there is nothing new, four and the inserts when there is, however many there
 * are. Runs at start and every RECORD_SWEEP_MS (one minute). The milestones about to be recorded are read again
 * locked (`unsentLocked`), so an acceptance moving one of their dates either went first and is read here, or waits
 * for this sweep and then finds its records (and withdraws them).
 */
export async function recordOverduePayments(job: TransactionContext, now = today()): Promise<number> {
  const grace = paymentRecordGraceDays();
  const params = { cutoff: addDays(now, -grace) };
  return transaction(job, async (manager) => {
    const fresh = (await unsentLocked(
      manager,
      () => manager.getRepository(MilestoneEntity).createQueryBuilder('m').where(DUE, params),
      overdueSourceId,
    )) as (MilestoneEntity & { dueDate: string })[];
    for (const m of fresh)
      await enqueueOutbox(manager, overduePaymentMessage(m, formatMoney(m.amount - m.paidAmount), grace));
    return fresh.length;
  });
}

export const overduePaymentJob: ScheduledJob = {
  name: 'overdue-payment-records',
  get everyMs() {
    return recordSweepMs();
  },
  run: async (job) => void (await recordOverduePayments(job)),
};
