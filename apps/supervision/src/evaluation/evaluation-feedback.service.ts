import { randomUUID } from 'node:crypto';
import {
  AppError,
  badInput,
  conflict,
  forbidden,
  mustFind,
  recordAudit,
  requireCaller,
  rowLock,
  textAtMost,
  today,
  transaction,
  type RequestContext,
} from '@integrity/subgraph-kit';
import { In } from 'typeorm';
import { RuleVersionEntity } from '../score/rule-version.entity.js';
import { DEFAULT_RULES, type ScoringRules } from '../score/scoring-rules.js';
import { EvaluationEntity, EvaluationFeedbackEntity, EvaluationResultEntity } from './evaluation.entity.js';
import { adjustedGrade, feedbackOpen, hundredths } from './evaluation-rules.js';
import { evaluationOf, wrongState } from './evaluation.service.js';

// A department's feedback on its preliminary result and the supervisors' decision on it.

/** Feedback of many results in one statement. */
export const feedbackOf = (ctx: RequestContext, resultId: string) =>
  ctx.loaders
    .get<string, EvaluationFeedbackEntity | null>('evaluation.feedback', async (ids) => {
      const rows = await ctx.dataSource.getRepository(EvaluationFeedbackEntity).findBy({ resultId: In([...ids]) });
      return ids.map((id) => rows.find((f) => f.resultId === id) ?? null);
    })
    .load(resultId);

/** An officer of the department files feedback on its preliminary result, once, by the deadline. */
export async function fileFeedback(ctx: RequestContext, resultId: string, text: string) {
  const caller = requireCaller(ctx);
  const result = await mustFind(
    ctx.dataSource.getRepository(EvaluationResultEntity).findOneBy({ id: resultId }),
    'evaluation result',
    resultId,
  );
  if (result.departmentId !== caller.departmentId)
    throw forbidden('only the department evaluated files feedback on its result', 'OWN_DEPARTMENT_ONLY');
  if (text.trim().length < 4) throw badInput('text', 'TOO_SHORT', 'at least 4 characters', { min: 4 });
  text = textAtMost(text, 'text', 2000);
  const evaluation = await evaluationOf(ctx, result.evaluationId);
  if (evaluation.status !== 'PRELIMINARY' || !feedbackOpen(today(), evaluation.feedbackDeadline))
    throw badInput('resultId', 'EVALUATION_FEEDBACK_CLOSED', `feedback closed on ${evaluation.feedbackDeadline}`, {
      date: evaluation.feedbackDeadline,
    });
  if (await ctx.dataSource.getRepository(EvaluationFeedbackEntity).findOneBy({ resultId }))
    throw badInput('resultId', 'FEEDBACK_ALREADY_FILED', 'feedback on this result has already been filed');
  const feedback: EvaluationFeedbackEntity = {
    id: randomUUID(),
    resultId,
    evaluationId: evaluation.id,
    text: text.trim(),
    filedBy: caller.username,
    filedOn: today(),
    decision: null,
    decisionNote: null,
    decidedBy: null,
    decidedOn: null,
  };
  await transaction(ctx, async (m) => {
    // the evaluation read again, locked: a finalisation that went first is seen here (FINAL, refused); one that
    // comes later waits for this feedback and counts it undecided
    const locked = await m.findOne(EvaluationEntity, { where: { id: evaluation.id }, ...rowLock(m) });
    if (locked?.status !== 'PRELIMINARY')
      throw badInput('resultId', 'EVALUATION_FEEDBACK_CLOSED', `the evaluation is ${locked?.status}`, {
        date: evaluation.feedbackDeadline,
      });
    await m.insert(EvaluationFeedbackEntity, { ...feedback });
    await recordAudit(m, ctx, {
      action: 'evaluation.feedback',
      entityType: 'EvaluationResult',
      entityId: resultId,
      after: feedback,
    });
  });
  return feedback;
}

async function rulesOfVersion(ctx: RequestContext, version: number): Promise<ScoringRules> {
  const row = await ctx.dataSource.getRepository(RuleVersionEntity).findOneBy({ version });
  return row ? (JSON.parse(row.rulesJson) as ScoringRules) : DEFAULT_RULES;
}

/**
 * A supervisor keeps the score or adjusts it (0–100) with a note; the grade follows the snapshot's bands. No one
 * decides feedback they filed or on their own department's result (a county-wide SUPERVISION officer's own
 * bureau would raise its own grade): refused before the input is read.
 */
export async function decideFeedback(ctx: RequestContext, id: string, adjustedScore: number | null, note: string) {
  const caller = requireCaller(ctx);
  const feedback = await mustFind(
    ctx.dataSource.getRepository(EvaluationFeedbackEntity).findOneBy({ id }),
    'feedback',
    id,
  );
  const result = await ctx.dataSource.getRepository(EvaluationResultEntity).findOneBy({ id: feedback.resultId });
  if (feedback.filedBy === caller.username || (caller.departmentId && result?.departmentId === caller.departmentId))
    throw forbidden('feedback on your own department’s result is decided by another', 'OWN_DEPARTMENT_CASE');
  if (note.trim().length < 2) throw badInput('note', 'REQUIRED', 'give the reason for the decision');
  note = textAtMost(note, 'note', 1000);
  if (adjustedScore !== null && adjustedScore < 0)
    throw badInput('adjustedScore', 'TOO_SMALL', 'at least 0', { min: 0 });
  if (adjustedScore !== null && adjustedScore > 100)
    throw badInput('adjustedScore', 'TOO_LARGE', 'at most 100', { max: 100 });
  const evaluation = await evaluationOf(ctx, feedback.evaluationId);
  if (evaluation.status !== 'PRELIMINARY') throw wrongState(evaluation.status);
  if (feedback.decision)
    throw new AppError('BAD_USER_INPUT', 'INVALID_STATE', 'already decided', {
      field: 'id',
      params: { from: feedback.decision },
    });
  const rules = await rulesOfVersion(ctx, evaluation.ruleVersion);
  const decided = {
    decision: adjustedScore === null ? ('KEPT' as const) : ('ADJUSTED' as const),
    decisionNote: note.trim(),
    decidedBy: caller.username,
    decidedOn: today(),
  };
  await transaction(ctx, async (m) => {
    const { affected } = await m
      .createQueryBuilder()
      .update(EvaluationFeedbackEntity)
      .set(decided)
      .where('id = :id AND decision IS NULL', { id })
      .execute();
    if (affected !== 1) throw conflict('feedback', id);
    if (adjustedScore !== null) {
      const finalScore = hundredths(adjustedScore);
      await m.update(
        EvaluationResultEntity,
        { id: feedback.resultId },
        { finalScore, finalGrade: adjustedGrade(finalScore, rules) },
      );
    }
    await recordAudit(m, ctx, {
      action: 'evaluation.decide',
      entityType: 'EvaluationFeedback',
      entityId: id,
      before: feedback,
      after: { ...feedback, ...decided, adjustedScore },
    });
  });
  return { ...feedback, ...decided };
}
