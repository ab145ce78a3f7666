import { Allow, allow, type RequestContext } from '@integrity/subgraph-kit';
import { Arg, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { EvaluationEntity } from './evaluation.entity.js';
import { decideFeedback, feedbackOf, fileFeedback } from './evaluation-feedback.service.js';
import {
  evaluationOfYear,
  finalizeEvaluation,
  listEvaluations,
  publicRatings,
  publishedYears,
  publishEvaluation,
  resultsOf,
  startEvaluation,
} from './evaluation.service.js';
import { Evaluation, EvaluationFeedback, EvaluationResult, PublicRating } from './evaluation.type.js';

/** Who runs the cycle: supervisors, and SUPERVISION officers acting county-wide (县发改局). */
const SUPERVISES = [allow.roles('SUPERVISOR'), allow.countyWide('SUPERVISION')] as const;

@Resolver(() => Evaluation)
export class EvaluationResolver {
  @Query(() => [Evaluation], { description: 'Every year’s evaluation, newest first. Any signed-in user.' })
  @Allow(allow.signedIn())
  evaluations(@Ctx() ctx: RequestContext) {
    return listEvaluations(ctx);
  }

  @Query(() => Evaluation, { nullable: true, description: 'One year’s evaluation (null before it is started).' })
  @Allow(allow.signedIn())
  evaluation(@Arg('year', () => Int) year: number, @Ctx() ctx: RequestContext) {
    return evaluationOfYear(ctx, year);
  }

  @FieldResolver(() => [EvaluationResult], {
    description:
      'Results, best first. Before publication leaders, supervisors, administrators and county-wide SUPERVISION officers see all, a department its own.',
  })
  results(@Root() e: EvaluationEntity, @Ctx() ctx: RequestContext) {
    return resultsOf(ctx, e);
  }

  @Query(() => [PublicRating], { description: 'A published year’s grades, best first; no login. Empty before.' })
  @Allow(allow.public())
  publicIntegrityRatings(@Arg('year', () => Int) year: number, @Ctx() ctx: RequestContext) {
    return publicRatings(ctx, year);
  }

  @Query(() => [Int], { description: 'The years whose evaluation is published, newest first; no login.' })
  @Allow(allow.public())
  publicIntegrityRatingYears(@Ctx() ctx: RequestContext) {
    return publishedYears(ctx);
  }

  @Mutation(() => Evaluation, {
    description:
      'Open year N: every department’s and town’s live score becomes its preliminary result; feedback is taken for 10 working days.',
  })
  @Allow(...SUPERVISES)
  startEvaluation(@Arg('year', () => Int) year: number, @Ctx() ctx: RequestContext) {
    return startEvaluation(ctx, year);
  }

  @Mutation(() => EvaluationFeedback, {
    description: 'File feedback on your department’s preliminary result, once, by the deadline. Its officers.',
  })
  @Allow(allow.roles('OFFICER'))
  fileEvaluationFeedback(
    @Arg('resultId', () => ID) resultId: string,
    @Arg('text') text: string,
    @Ctx() ctx: RequestContext,
  ) {
    return fileFeedback(ctx, resultId, text);
  }

  @Mutation(() => EvaluationFeedback, {
    description:
      'Decide a feedback: keep the score (adjustedScore null) or adjust it (0–100), with a note. Never by whoever filed it or an officer of the department evaluated (FORBIDDEN OWN_DEPARTMENT_CASE, whatever the input).',
  })
  @Allow(...SUPERVISES)
  decideEvaluationFeedback(
    @Arg('id', () => ID) id: string,
    @Arg('adjustedScore', () => Float, { nullable: true }) adjustedScore: number | null,
    @Arg('note') note: string,
    @Ctx() ctx: RequestContext,
  ) {
    return decideFeedback(ctx, id, adjustedScore ?? null, note);
  }

  @Mutation(() => Evaluation, {
    description: 'Make the results final: after the feedback deadline, with every feedback decided.',
  })
  @Allow(...SUPERVISES)
  finalizeEvaluation(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return finalizeEvaluation(ctx, id);
  }

  @Mutation(() => Evaluation, { description: 'Publish final results: publicIntegrityRatings then shows them.' })
  @Allow(...SUPERVISES)
  publishEvaluation(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return publishEvaluation(ctx, id);
  }
}

@Resolver(() => EvaluationResult)
export class EvaluationResultResolver {
  @FieldResolver(() => EvaluationFeedback, { nullable: true })
  feedback(@Root() r: EvaluationResult, @Ctx() ctx: RequestContext) {
    return feedbackOf(ctx, r.id);
  }
}
