import { randomUUID } from 'node:crypto';
import {
  AppError,
  badInput,
  conflict,
  creditGradeMessage,
  enqueueOutbox,
  forbidden,
  groupByKey,
  mustFind,
  queryGateway,
  recordAudit,
  requireCaller,
  today,
  transaction,
  type RequestContext,
  calendarsFor,
} from '@integrity/subgraph-kit';
import { In, type EntityManager } from 'typeorm';
import { seesEveryRectification } from '../rectification/rectification-access.js';
import { RuleVersionEntity } from '../score/rule-version.entity.js';
import { DEFAULT_RULES, type ScoringRules } from '../score/scoring-rules.js';
import { settledFeedbackDeadline } from './evaluation-deadline.js';
import { EvaluationEntity, EvaluationFeedbackEntity, EvaluationResultEntity } from './evaluation.entity.js';
import {
  adjustedGrade,
  evaluationYearAllowed,
  feedbackDeadline,
  feedbackOpen,
  feedbackYears,
  hundredths,
  type EvaluationStatus,
} from './evaluation-rules.js';

const SNAPSHOT = `query EvaluationSnapshot($page: Int!) {
  departments(page: $page, pageSize: 200) {
    total
    items { id name integrityScore { score grade ruleVersion deductions { indicator points reason source figure value basis } } }
  }
}`;
type Snapshot = {
  departments: {
    total: number;
    items: {
      id: string;
      name: string;
      integrityScore: { score: number; grade: string; ruleVersion: number; deductions: unknown[] };
    }[];
  };
};

const evaluationOf = async (ctx: RequestContext, id: string) =>
  settledFeedbackDeadline(
    ctx,
    await mustFind(ctx.dataSource.getRepository(EvaluationEntity).findOneBy({ id }), 'evaluation', id),
  );

const wrongState = (status: string) =>
  new AppError('BAD_USER_INPUT', 'INVALID_STATE', `the evaluation is ${status}`, {
    field: 'id',
    params: { from: status },
  });

export const resultView = (r: EvaluationResultEntity) => ({
  ...r,
  score: r.score / 100,
  finalScore: r.finalScore / 100,
  department: { id: r.departmentId },
  deductions: JSON.parse(r.deductionsJson) as unknown[],
});

/** Preliminary results: every department's live score now, read through the gateway (federation), kept as is. */
export async function startEvaluation(ctx: RequestContext, year: number) {
  const now = today();
  if (!evaluationYearAllowed(year, now))
    throw badInput('year', 'INVALID_YEAR', 'a year from 2018 to this one', { min: 2018, max: Number(now.slice(0, 4)) });
  if (await ctx.dataSource.getRepository(EvaluationEntity).findOneBy({ year }))
    throw badInput('year', 'EVALUATION_EXISTS', `the ${year} evaluation has already been started`);
  const items: Snapshot['departments']['items'] = [];
  for (let page = 1; ; page += 1) {
    const { departments } = await queryGateway<Snapshot>(ctx, { query: SNAPSHOT, variables: { page } });
    items.push(...departments.items);
    if (!departments.items.length || items.length >= departments.total) break;
  }
  const deadline = feedbackDeadline(now, await calendarsFor(ctx, feedbackYears(now)));
  const evaluation: EvaluationEntity = {
    id: randomUUID(),
    year,
    status: 'PRELIMINARY',
    ruleVersion: items[0]?.integrityScore.ruleVersion ?? 0,
    startedOn: now,
    startedBy: requireCaller(ctx).username,
    // fixed at the start on the calendar loaded then (a year not loaded: weekends only, flagged, counted again
    // once it is loaded — settledFeedbackDeadline — and CALENDAR_MISSING warns the administrators)
    feedbackDeadline: deadline.date,
    feedbackDeadlineCalendarMissing: deadline.calendarMissing,
    finalizedOn: null,
    publishedOn: null,
    version: 1,
  };
  const results: EvaluationResultEntity[] = items.map((d) => ({
    id: randomUUID(),
    evaluationId: evaluation.id,
    departmentId: d.id,
    departmentName: d.name,
    score: hundredths(d.integrityScore.score),
    grade: d.integrityScore.grade,
    deductionsJson: JSON.stringify(d.integrityScore.deductions),
    finalScore: hundredths(d.integrityScore.score),
    finalGrade: d.integrityScore.grade,
  }));
  await transaction(ctx, async (m) => {
    await m.insert(EvaluationEntity, { ...evaluation });
    for (let i = 0; i < results.length; i += 200) await m.insert(EvaluationResultEntity, results.slice(i, i + 200));
    await recordAudit(m, ctx, {
      action: 'evaluation.start',
      entityType: 'Evaluation',
      entityId: evaluation.id,
      after: evaluation,
    });
  });
  return evaluation;
}

export const listEvaluations = async (ctx: RequestContext) =>
  Promise.all(
    (await ctx.dataSource.getRepository(EvaluationEntity).find({ order: { year: 'DESC' } })).map((e) =>
      settledFeedbackDeadline(ctx, e),
    ),
  );

export async function evaluationOfYear(ctx: RequestContext, year: number) {
  const e = await ctx.dataSource.getRepository(EvaluationEntity).findOneBy({ year });
  return e && settledFeedbackDeadline(ctx, e);
}

/** Results of many evaluations in one statement; before publication a department sees only its own. */
export async function resultsOf(ctx: RequestContext, e: EvaluationEntity) {
  const rows = await ctx.loaders
    .get<string, EvaluationResultEntity[]>('evaluation.results', async (ids) =>
      groupByKey(
        ids,
        await ctx.dataSource
          .getRepository(EvaluationResultEntity)
          .find({ where: { evaluationId: In([...ids]) }, order: { finalScore: 'DESC', departmentName: 'ASC' } }),
        (r) => r.evaluationId,
      ),
    )
    .load(e.id);
  const all = e.status === 'PUBLISHED' || seesEveryRectification(ctx);
  const own = requireCaller(ctx).departmentId;
  return (all ? rows : rows.filter((r) => r.departmentId === own)).map(resultView);
}

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

/** A supervisor keeps the score or adjusts it (0–100) with a note; the grade follows the snapshot's bands. */
export async function decideFeedback(ctx: RequestContext, id: string, adjustedScore: number | null, note: string) {
  const feedback = await mustFind(
    ctx.dataSource.getRepository(EvaluationFeedbackEntity).findOneBy({ id }),
    'feedback',
    id,
  );
  if (note.trim().length < 2) throw badInput('note', 'REQUIRED', 'give the reason for the decision');
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
    decidedBy: requireCaller(ctx).username,
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

async function move(
  ctx: RequestContext,
  id: string,
  from: EvaluationStatus,
  to: EvaluationStatus,
  check?: (e: EvaluationEntity) => Promise<void>,
  /** More to write in the same transaction as the move (what publication tells other subgraphs). */
  alongside?: (m: EntityManager, e: EvaluationEntity, on: string) => Promise<void>,
) {
  const e = await evaluationOf(ctx, id);
  if (e.status !== from) throw wrongState(e.status);
  await check?.(e);
  const on = today();
  const change = to === 'FINAL' ? { status: to, finalizedOn: on } : { status: to, publishedOn: on };
  await transaction(ctx, async (m) => {
    const { affected } = await m.update(
      EvaluationEntity,
      { id, version: e.version },
      { ...change, version: e.version + 1 },
    );
    if (affected !== 1) throw conflict('evaluation', id);
    await alongside?.(m, e, on);
    await recordAudit(m, ctx, {
      action: `evaluation.${to.toLowerCase()}`,
      entityType: 'Evaluation',
      entityId: id,
      before: e,
      after: { ...e, ...change },
    });
  });
  return { ...e, ...change, version: e.version + 1 };
}

/** Final once the feedback period is over and every feedback is decided. */
export const finalizeEvaluation = (ctx: RequestContext, id: string) =>
  move(ctx, id, 'PRELIMINARY', 'FINAL', async (e) => {
    if (feedbackOpen(today(), e.feedbackDeadline))
      throw badInput('id', 'EVALUATION_FEEDBACK_OPEN', `feedback may be filed until ${e.feedbackDeadline}`, {
        date: e.feedbackDeadline,
      });
    const undecided = await ctx.dataSource
      .getRepository(EvaluationFeedbackEntity)
      .createQueryBuilder('f')
      .where('f.evaluation_id = :id AND f.decision IS NULL', { id })
      .getCount();
    if (undecided)
      throw badInput('id', 'FEEDBACK_UNDECIDED', `${undecided} feedback items are undecided`, { count: undecided });
  });

/**
 * Published: the public reads the grades, and each department's grade goes to credit through the outbox in the
 * same transaction (credit reports quote the latest one; 二.5 uses it in assessment and honours).
 */
export const publishEvaluation = (ctx: RequestContext, id: string) =>
  move(ctx, id, 'FINAL', 'PUBLISHED', undefined, async (m, e, on) => {
    const results = await m.findBy(EvaluationResultEntity, { evaluationId: e.id });
    for (const r of results)
      await enqueueOutbox(
        m,
        creditGradeMessage({
          departmentId: r.departmentId,
          year: e.year,
          grade: r.finalGrade,
          score: r.finalScore / 100,
          publishedOn: on,
        }),
      );
  });

/** A published year's grades for the public, best first; nothing before publication. */
/** The years whose results are published, newest first: what the public page offers. */
export async function publishedYears(ctx: RequestContext): Promise<number[]> {
  const rows = await ctx.dataSource
    .getRepository(EvaluationEntity)
    .find({ select: { year: true }, where: { status: 'PUBLISHED' }, order: { year: 'DESC' } });
  return rows.map((e) => e.year);
}

export async function publicRatings(ctx: RequestContext, year: number) {
  const e = await ctx.dataSource.getRepository(EvaluationEntity).findOneBy({ year, status: 'PUBLISHED' });
  if (!e) return [];
  const rows = await ctx.dataSource
    .getRepository(EvaluationResultEntity)
    .find({ where: { evaluationId: e.id }, order: { finalScore: 'DESC', departmentName: 'ASC' } });
  return rows.map((r) => ({ departmentName: r.departmentName, grade: r.finalGrade, score: r.finalScore / 100 }));
}
