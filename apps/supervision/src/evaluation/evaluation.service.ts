import { randomUUID } from 'node:crypto';
import { lowerCode } from '@integrity/rules';
import {
  AppError,
  badInput,
  conflict,
  creditGradeMessage,
  enqueueOutbox,
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
import { settledFeedbackDeadline } from './evaluation-deadline.js';
import { EvaluationEntity, EvaluationFeedbackEntity, EvaluationResultEntity } from './evaluation.entity.js';
import {
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

/** One evaluation, its feedback deadline settled; NOT_FOUND when there is none. */
export const evaluationOf = async (ctx: RequestContext, id: string) =>
  settledFeedbackDeadline(
    ctx,
    await mustFind(ctx.dataSource.getRepository(EvaluationEntity).findOneBy({ id }), 'evaluation', id),
  );

/** An evaluation step asked of an evaluation in another state. */
export const wrongState = (status: string) =>
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

async function move(
  ctx: RequestContext,
  id: string,
  from: EvaluationStatus,
  to: EvaluationStatus,
  check?: (e: EvaluationEntity) => Promise<void>,
  /**
   * More to check or write in the same transaction, after the move has locked the evaluation (what publication
   * tells other subgraphs; the feedback finalisation counts); a refusal here undoes the move.
   */
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
      action: `evaluation.${lowerCode(to)}`,
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
  move(
    ctx,
    id,
    'PRELIMINARY',
    'FINAL',
    async (e) => {
      if (feedbackOpen(today(), e.feedbackDeadline))
        throw badInput('id', 'EVALUATION_FEEDBACK_OPEN', `feedback may be filed until ${e.feedbackDeadline}`, {
          date: e.feedbackDeadline,
        });
      // counted over a year not loaded: the deadline may yet move later, and a department whose feedback it would
      // still take must not be cut short. The read above recounts it once the year is loaded; asking credit again
      // says DEPENDENCY_UNAVAILABLE when that recount failed because credit did not answer, not "load the calendar"
      if (e.feedbackDeadlineCalendarMissing) {
        await calendarsFor(ctx, feedbackYears(e.startedOn));
        throw badInput(
          'id',
          'FEEDBACK_DEADLINE_CALENDAR_MISSING',
          'the feedback deadline is not settled: load the calendar',
        );
      }
    },
    async (m) => {
      // counted after the move has locked the evaluation: feedback filed at the same moment either committed first
      // (counted here) or waits and then finds the evaluation FINAL
      const undecided = await m
        .getRepository(EvaluationFeedbackEntity)
        .createQueryBuilder('f')
        .where('f.evaluation_id = :id AND f.decision IS NULL', { id })
        .getCount();
      if (undecided)
        throw badInput('id', 'FEEDBACK_UNDECIDED', `${undecided} feedback items are undecided`, { count: undecided });
    },
  );

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
