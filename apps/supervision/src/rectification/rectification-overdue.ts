import {
  addDays,
  creditRecordMessage,
  enqueueOutbox,
  recordAudit,
  today,
  type JobContext,
  type ScheduledJob,
} from '@integrity/subgraph-kit';
import { In, LessThan, type DataSource } from 'typeorm';
import { RectificationEntity } from './rectification.entity.js';
import { becomesOverdue, OVERDUE_RECORD_KIND, SUPERVISING_AUTHORITY } from './rectification-rules.js';

/** The department's dishonesty record for an order gone overdue, as credit's recordFromSource takes it. */
export const overdueRecordMessage = (r: RectificationEntity & { overdueOn: string | null }) =>
  creditRecordMessage({
    kind: OVERDUE_RECORD_KIND,
    sourceId: r.id,
    departmentId: r.departmentId,
    documentNumber: `整改逾期 ${r.orderedOn.slice(0, 4)}-${r.id.slice(0, 8)}`,
    authority: SUPERVISING_AUTHORITY,
    decisionDate: r.overdueOn ?? addDays(r.deadline, 1),
    summary: `整改事项“${r.subject}”未在 ${r.deadline} 前整改到位`,
  });

type Marker = Pick<JobContext, 'dataSource' | 'requestId'> & { subgraph: string };

/**
 * Mark every order past its deadline OVERDUE and, in the same transaction, put the department's dishonesty
 * record in the outbox (三.8): the status and the message commit together, and the outbox's key (the order
 * id) keeps it to one. Runs on every read and write of orders and every minute from the subgraph's schedule.
 */
export async function markOverdueRectifications(ctx: Marker, now = today()): Promise<number> {
  const dataSource: DataSource = ctx.dataSource;
  const candidates = await dataSource.getRepository(RectificationEntity).findBy({
    status: In(['ORDERED', 'RETURNED']),
    deadline: LessThan(now),
  });
  let marked = 0;
  for (const r of candidates.filter((c) => becomesOverdue(c, now))) {
    // a report filed in time and returned after the deadline is overdue from the day it was returned, not from
    // days when the delay was the supervisors'
    const overdueOn =
      r.status === 'RETURNED' && r.decidedOn && r.decidedOn > r.deadline ? r.decidedOn : addDays(r.deadline, 1);
    await dataSource.transaction(async (m) => {
      // conditional on the version read: a report or a second sweep racing this one changes nothing twice
      const { affected } = await m.update(
        RectificationEntity,
        { id: r.id, version: r.version },
        { status: 'OVERDUE', overdueOn, version: r.version + 1 },
      );
      if (affected !== 1) return;
      await enqueueOutbox(m, overdueRecordMessage({ ...r, overdueOn }));
      await recordAudit(
        m,
        { caller: { id: ctx.subgraph, username: `service:${ctx.subgraph}` }, requestId: ctx.requestId },
        {
          action: 'rectification.overdue',
          entityType: 'Rectification',
          entityId: r.id,
          before: r,
          after: { status: 'OVERDUE', overdueOn },
        },
      );
      marked += 1;
    });
  }
  return marked;
}

/** Every minute (RECTIFICATION_SWEEP_MS), so orders go overdue at midnight even when nobody looks. */
export const overdueRectificationJob: ScheduledJob = {
  name: 'rectification-overdue',
  everyMs: Number(process.env.RECTIFICATION_SWEEP_MS) > 0 ? Number(process.env.RECTIFICATION_SWEEP_MS) : 60_000,
  run: async (job) => void (await markOverdueRectifications(job)),
};
