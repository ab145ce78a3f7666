import {
  addDays,
  enqueueOutbox,
  formatMoney,
  rowLock,
  today,
  type JobContext,
  type ScheduledJob,
} from '@integrity/subgraph-kit';
import { MilestoneEntity } from '../contract/contract.entity.js';
import { overduePaymentMessage, overdueSourceId, paymentRecordGraceDays } from './breach-records.js';
import { sentRecords } from './sent-records.js';

/** Unpaid, with a due date (one waiting for delivery or acceptance has none) before the cutoff. */
const DUE = 'm.paid_amount < m.amount AND m.due_date IS NOT NULL AND m.due_date < :cutoff';

/**
 * Put every supplier payment unpaid past the grace period into the outbox, once (the outbox keys it by the
 * milestone): two statements when there is nothing new, four and the inserts when there is, however many there
 * are. Runs at start and every RECORD_SWEEP_MS (one minute). The milestones about to be recorded are read again,
 * locked (FOR UPDATE on MySQL, by primary key: only those rows), in the transaction that enqueues their records,
 * so an acceptance moving one of their dates either went first and is read here, or waits for this sweep and
 * then finds its records (and withdraws them).
 */
export async function recordOverduePayments(job: Pick<JobContext, 'dataSource'>, now = today()): Promise<number> {
  const grace = paymentRecordGraceDays();
  const params = { cutoff: addDays(now, -grace) };
  return job.dataSource.transaction(async (manager) => {
    const milestones = () => manager.getRepository(MilestoneEntity).createQueryBuilder('m').where(DUE, params);
    const due = await milestones().getMany();
    const sent = await sentRecords(manager, due.map(overdueSourceId));
    const ids = due.filter((m) => !sent.has(overdueSourceId(m))).map((m) => m.id);
    if (!ids.length) return 0;
    const query = milestones().andWhere('m.id IN (:...ids)', { ids });
    if (rowLock(manager).lock) query.setLock('pessimistic_write');
    const locked = (await query.getMany()) as (MilestoneEntity & { dueDate: string })[];
    // committed, not this snapshot: another process's sweep may have recorded them while this one waited
    const sentSince = await sentRecords(manager, locked.map(overdueSourceId), { latest: true });
    const fresh = locked.filter((m) => !sentSince.has(overdueSourceId(m)));
    for (const m of fresh)
      await enqueueOutbox(manager, overduePaymentMessage(m, formatMoney(m.amount - m.paidAmount), grace));
    return fresh.length;
  });
}

export const overduePaymentJob: ScheduledJob = {
  name: 'overdue-payment-records',
  everyMs: Number(process.env.RECORD_SWEEP_MS) > 0 ? Number(process.env.RECORD_SWEEP_MS) : 60_000,
  run: async (job) => void (await recordOverduePayments(job)),
};
