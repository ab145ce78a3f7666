import {
  addDays,
  CREDIT_RECORD_TOPIC,
  enqueueOutbox,
  formatMoney,
  OutboxMessageEntity,
  today,
  type JobContext,
  type ScheduledJob,
} from '@integrity/subgraph-kit';
import { In } from 'typeorm';
import { MilestoneEntity } from '../contract/contract.entity.js';
import { overduePaymentMessage, overdueSourceId, paymentRecordGraceDays } from './breach-records.js';

/**
 * Put every supplier payment unpaid past the grace period into the outbox, once (the outbox keys it by the
 * milestone): three statements however many there are. Runs at start and every RECORD_SWEEP_MS (one minute).
 */
export async function recordOverduePayments(job: Pick<JobContext, 'dataSource'>, now = today()): Promise<number> {
  const grace = paymentRecordGraceDays();
  const due = (await job.dataSource
    .getRepository(MilestoneEntity)
    .createQueryBuilder('m')
    // a milestone waiting for delivery or acceptance has no due date: never overdue, never recorded
    .where('m.paid_amount < m.amount AND m.due_date IS NOT NULL AND m.due_date < :cutoff', {
      cutoff: addDays(now, -grace),
    })
    .getMany()) as (MilestoneEntity & { dueDate: string })[];
  if (!due.length) return 0;
  const sent = new Set(
    (
      await job.dataSource.getRepository(OutboxMessageEntity).find({
        select: { dedupeKey: true },
        where: { topic: CREDIT_RECORD_TOPIC, dedupeKey: In(due.map(overdueSourceId)) },
      })
    ).map((o) => o.dedupeKey),
  );
  const fresh = due.filter((m) => !sent.has(overdueSourceId(m)));
  await job.dataSource.transaction(async (manager) => {
    for (const m of fresh)
      await enqueueOutbox(manager, overduePaymentMessage(m, formatMoney(m.amount - m.paidAmount), grace));
  });
  return fresh.length;
}

export const overduePaymentJob: ScheduledJob = {
  name: 'overdue-payment-records',
  everyMs: Number(process.env.RECORD_SWEEP_MS) > 0 ? Number(process.env.RECORD_SWEEP_MS) : 60_000,
  run: async (job) => void (await recordOverduePayments(job)),
};
