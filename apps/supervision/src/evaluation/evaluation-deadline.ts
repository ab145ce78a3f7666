// The feedback deadline is fixed when an evaluation starts, on credit's calendar as it stands then. When the
// calendar changes (a year loaded, a day corrected), credit's message counts the open ones again
// (`recountFeedbackDeadlines`); one counted without a calendar is also counted again the first time it is read
// once its year is loaded — the backstop for an evaluation started while the year was being loaded.
import {
  calendarChangeTouches,
  calendarsFor,
  recordAudit,
  recountConflict,
  transaction,
  type CalendarChange,
  type RequestContext,
} from '@integrity/subgraph-kit';
import { EvaluationEntity } from './evaluation.entity.js';
import { feedbackDeadline, feedbackYears, recountedFeedbackDeadline } from './evaluation-rules.js';

type Recount = Pick<EvaluationEntity, 'feedbackDeadline' | 'feedbackDeadlineCalendarMissing' | 'version'>;

/** What `e` becomes counted again on the calendar now (never earlier than stored), or null when nothing moves. */
async function recountOf(ctx: RequestContext, e: EvaluationEntity): Promise<Recount | null> {
  const deadline = recountedFeedbackDeadline(
    e.feedbackDeadline,
    feedbackDeadline(e.startedOn, await calendarsFor(ctx, feedbackYears(e.startedOn))),
  );
  if (!deadline || (deadline === e.feedbackDeadline && !e.feedbackDeadlineCalendarMissing)) return null;
  return { feedbackDeadline: deadline, feedbackDeadlineCalendarMissing: false, version: e.version + 1 };
}

/** Writes a recount, versioned (the first writer wins) and audited with its cause; false when `e` moved on. */
async function writeRecount(ctx: RequestContext, e: EvaluationEntity, changes: Recount, cause: string) {
  return transaction(ctx, async (m) => {
    const { affected } = await m.update(EvaluationEntity, { id: e.id, version: e.version }, changes);
    if (affected !== 1) return false;
    await recordAudit(m, ctx, {
      action: 'evaluation.feedback-deadline-recount',
      entityType: 'Evaluation',
      entityId: e.id,
      before: { ...e, cause },
      after: { ...e, ...changes },
    });
    return true;
  });
}

/**
 * `e` with its deadline settled: while feedback is open (PRELIMINARY) and the stored deadline was counted
 * without a calendar, each year it passes through loaded now gives the recount, written once and audited.
 * Credit unreachable leaves it as stored: a read never fails for it, and the next read tries again.
 */
export async function settledFeedbackDeadline(ctx: RequestContext, e: EvaluationEntity): Promise<EvaluationEntity> {
  if (!e.feedbackDeadlineCalendarMissing || e.status !== 'PRELIMINARY') return e;
  let changes;
  try {
    changes = await recountOf(ctx, e);
  } catch (err) {
    ctx.log.warn('feedback deadline not recounted: credit unreachable', { evaluation: e.id, error: String(err) });
    return e;
  }
  if (!changes) return e;
  if (await writeRecount(ctx, e, changes, 'read after the calendar was loaded')) return Object.assign(e, changes);
  // another request settled it (or the row moved on) meanwhile: what is stored now
  return (await ctx.dataSource.getRepository(EvaluationEntity).findOneBy({ id: e.id })) ?? e;
}

/**
 * The calendar changed: every evaluation still open for feedback whose deadline was counted over the changed
 * days (or without a calendar) counted again; returns how many moved. Credit unreachable, or an evaluation that
 * moved meanwhile, fails the call, and credit's outbox sends it again.
 */
export async function recountFeedbackDeadlines(ctx: RequestContext, change: CalendarChange): Promise<number> {
  const open = await ctx.dataSource.getRepository(EvaluationEntity).findBy({ status: 'PRELIMINARY' });
  let moved = 0;
  let lost = 0;
  for (const e of open) {
    if (!e.feedbackDeadlineCalendarMissing && !calendarChangeTouches(change, e.startedOn, e.feedbackDeadline)) continue;
    const changes = await recountOf(ctx, e);
    if (!changes) continue;
    if (await writeRecount(ctx, e, changes, change.cause)) moved += 1;
    else lost += 1;
  }
  // the evaluation moved meanwhile (a step, or a read settling it): CONFLICT makes credit's outbox send the
  // change again, and the next count reads it as it is now
  if (lost) throw recountConflict(lost, 'evaluation(s)');
  return moved;
}
