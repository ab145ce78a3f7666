// The feedback deadline is fixed when an evaluation starts; counted then over a year whose calendar was not
// loaded, it is counted again once that year is (the administrator loads it), the first time it is read.
import { calendarsFor, recordAudit, transaction, type RequestContext } from '@integrity/subgraph-kit';
import { EvaluationEntity } from './evaluation.entity.js';
import { feedbackDeadline, feedbackYears, recountedFeedbackDeadline } from './evaluation-rules.js';

/**
 * `e` with its deadline settled: while feedback is open (PRELIMINARY) and the stored deadline was counted
 * without a calendar, each year it passes through loaded now gives the recount (never earlier than stored),
 * written once (the first reader wins; the others see it) and audited. Credit unreachable leaves it as stored:
 * a read never fails for it, and the next read tries again.
 */
export async function settledFeedbackDeadline(ctx: RequestContext, e: EvaluationEntity): Promise<EvaluationEntity> {
  if (!e.feedbackDeadlineCalendarMissing || e.status !== 'PRELIMINARY') return e;
  let calendars;
  try {
    calendars = await calendarsFor(ctx, feedbackYears(e.startedOn));
  } catch (err) {
    ctx.log.warn('feedback deadline not recounted: credit unreachable', { evaluation: e.id, error: String(err) });
    return e;
  }
  const deadline = recountedFeedbackDeadline(e.feedbackDeadline, feedbackDeadline(e.startedOn, calendars));
  if (!deadline) return e;
  const changes = { feedbackDeadline: deadline, feedbackDeadlineCalendarMissing: false, version: e.version + 1 };
  const written = await transaction(ctx, async (m) => {
    const { affected } = await m.update(
      EvaluationEntity,
      { id: e.id, version: e.version, feedbackDeadlineCalendarMissing: true },
      changes,
    );
    if (affected !== 1) return false;
    await recordAudit(m, ctx, {
      action: 'evaluation.feedback-deadline-recount',
      entityType: 'Evaluation',
      entityId: e.id,
      before: e,
      after: { ...e, ...changes },
    });
    return true;
  });
  if (written) return Object.assign(e, changes);
  // another request settled it (or the row moved on) meanwhile: what is stored now
  return (await ctx.dataSource.getRepository(EvaluationEntity).findOneBy({ id: e.id })) ?? e;
}
