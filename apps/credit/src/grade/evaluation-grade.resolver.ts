import { Allow, allow, type RequestContext } from '@integrity/subgraph-kit';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { EvaluationGradeInput } from './evaluation-grade.input.js';
import { recordEvaluationGrade } from './evaluation-grade.service.js';
import { EvaluationGrade } from './evaluation-grade.type.js';

@Resolver()
export class EvaluationGradeResolver {
  @Mutation(() => EvaluationGrade, {
    description:
      'A published annual evaluation grade reaches credit (supervision’s outbox), for credit reports. Only the supervision service credential; idempotent on (department, year).',
  })
  @Allow(allow.services('supervision'))
  recordEvaluationGrade(@Arg('input') input: EvaluationGradeInput, @Ctx() ctx: RequestContext) {
    return recordEvaluationGrade(ctx, input);
  }
}
