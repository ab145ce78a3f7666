import {
  enqueueOutbox,
  formatMoney,
  today,
  transaction,
  type ScheduledJob,
  type TransactionContext,
} from '@integrity/subgraph-kit';
import { In } from 'typeorm';
import { PppObligationEntity, PppProjectEntity } from '../ppp/ppp.entity.js';
import { pppObligationMessage, pppObligationSourceId, recordSweepMs } from './breach-records.js';
import { unsentLocked } from './sent-records.js';

/** Not paid in full, of a year already ended. */
const UNPAID = 'o.paid_amount < o.amount AND o.year < :year';

/**
 * Put every PPP payment obligation of a year already ended and not paid in full into the outbox, once (the outbox
 * keys it by the obligation): two statements when there is nothing new. Runs with the payment sweep, and as it
 * reads the obligations about to be recorded again locked (`unsentLocked`), a payment in full either went first
 * and is read here (nothing to record), or waits for this sweep and then finds the record (and reports it cured).
 */
export async function recordUnpaidPppObligations(job: TransactionContext, now = today()): Promise<number> {
  const params = { year: Number(now.slice(0, 4)) };
  return transaction(job, async (manager) => {
    const fresh = await unsentLocked(
      manager,
      () => manager.getRepository(PppObligationEntity).createQueryBuilder('o').where(UNPAID, params),
      pppObligationSourceId,
    );
    if (!fresh.length) return 0;
    const projects = new Map(
      (await manager.findBy(PppProjectEntity, { id: In([...new Set(fresh.map((o) => o.projectId))]) })).map((p) => [
        p.id,
        p,
      ]),
    );
    for (const o of fresh)
      await enqueueOutbox(
        manager,
        pppObligationMessage(o, projects.get(o.projectId)!, formatMoney(o.amount - o.paidAmount)),
      );
    return fresh.length;
  });
}

export const unpaidPppJob: ScheduledJob = {
  name: 'unpaid-ppp-records',
  get everyMs() {
    return recordSweepMs();
  },
  run: async (job) => void (await recordUnpaidPppObligations(job)),
};
