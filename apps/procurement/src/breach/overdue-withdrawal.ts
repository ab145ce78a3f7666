import { creditWithdrawMessage, enqueueOutbox } from '@integrity/subgraph-kit';
import { In, type EntityManager } from 'typeorm';
import { MilestoneEntity } from '../contract/contract.entity.js';
import { overdueSourceId } from './breach-records.js';
import { sentRecords } from './sent-records.js';

/** A milestone's due date before and after its contract's dates were counted again. */
export interface DueDateMove {
  milestoneId: string;
  from: string | null;
  to: string | null;
}

const reasonOf = (move: DueDateMove, cause: string) =>
  move.to
    ? `${cause}，付款期限由 ${move.from} 改为 ${move.to}，原逾期记录所依据的到期日不再成立`
    : `${cause}，付款期限 ${move.from} 不再成立，待验收合格后重新起算`;

/**
 * A due date that moved after its overdue record went to credit (a failed acceptance recorded after the clock had
 * started takes the date back): the record says the payment was late from a date the facts no longer give, so it
 * is withdrawn through the outbox in the same transaction, and the milestone counts the withdrawal. Should the new
 * date pass unpaid too, the sweep records it afresh under the next source id. Returns the withdrawn source ids.
 */
export async function withdrawMovedOverdueRecords(
  m: EntityManager,
  moved: readonly DueDateMove[],
  cause: string,
): Promise<string[]> {
  const dated = moved.filter((x) => x.from !== null);
  if (!dated.length) return [];
  const milestones = await m.findBy(MilestoneEntity, { id: In(dated.map((x) => x.milestoneId)) });
  // the committed outbox, not this transaction's snapshot: a sweep that held these milestones until just now
  // enqueued their records after the snapshot was taken
  const sent = await sentRecords(m, milestones.map(overdueSourceId), { latest: true });
  const recorded = milestones.filter((w) => sent.has(overdueSourceId(w)));
  for (const w of recorded) {
    const move = dated.find((x) => x.milestoneId === w.id)!;
    await enqueueOutbox(m, creditWithdrawMessage({ sourceId: overdueSourceId(w), reason: reasonOf(move, cause) }));
  }
  if (recorded.length)
    await m.update(
      MilestoneEntity,
      { id: In(recorded.map((w) => w.id)) },
      { recordWithdrawals: () => 'record_withdrawals + 1', version: () => 'version + 1' },
    );
  return recorded.map(overdueSourceId);
}
