import {
  CREDIT_RECORD_TOPIC,
  enqueueOutbox,
  formatMoney,
  OutboxMessageEntity,
  today,
  type JobContext,
  type ScheduledJob,
} from '@integrity/subgraph-kit';
import { In, LessThan } from 'typeorm';
import { PppObligationEntity, PppProjectEntity } from '../ppp/ppp.entity.js';
import { pppObligationMessage } from './breach-records.js';

/**
 * Put every PPP payment obligation of a year already ended and not paid in full into the outbox, once (the
 * outbox keys it by the obligation): four statements however many there are. Runs with the payment sweep.
 */
export async function recordUnpaidPppObligations(job: Pick<JobContext, 'dataSource'>, now = today()): Promise<number> {
  const year = Number(now.slice(0, 4));
  const unpaid = (
    await job.dataSource.getRepository(PppObligationEntity).find({ where: { year: LessThan(year) } })
  ).filter((o) => o.paidAmount < o.amount);
  if (!unpaid.length) return 0;
  const key = (o: PppObligationEntity) => `ppp-obligation-${o.id}`;
  const sent = new Set(
    (
      await job.dataSource.getRepository(OutboxMessageEntity).find({
        select: { dedupeKey: true },
        where: { topic: CREDIT_RECORD_TOPIC, dedupeKey: In(unpaid.map(key)) },
      })
    ).map((o) => o.dedupeKey),
  );
  const fresh = unpaid.filter((o) => !sent.has(key(o)));
  if (!fresh.length) return 0;
  const projects = new Map(
    (
      await job.dataSource
        .getRepository(PppProjectEntity)
        .findBy({ id: In([...new Set(fresh.map((o) => o.projectId))]) })
    ).map((p) => [p.id, p]),
  );
  await job.dataSource.transaction(async (manager) => {
    for (const o of fresh)
      await enqueueOutbox(
        manager,
        pppObligationMessage(o, projects.get(o.projectId)!, formatMoney(o.amount - o.paidAmount)),
      );
  });
  return fresh.length;
}

export const unpaidPppJob: ScheduledJob = {
  name: 'unpaid-ppp-records',
  everyMs: Number(process.env.RECORD_SWEEP_MS) > 0 ? Number(process.env.RECORD_SWEEP_MS) : 60_000,
  run: async (job) => void (await recordUnpaidPppObligations(job)),
};
