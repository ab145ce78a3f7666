import type { RequestContext } from '@integrity/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { EvaluationGradeEntity } from './evaluation-grade.entity.js';
import type { EvaluationGradeInput } from './evaluation-grade.input.js';
import type { EvaluationGrade } from './evaluation-grade.type.js';

const view = (g: EvaluationGradeEntity): EvaluationGrade => ({
  year: g.year,
  grade: g.grade,
  score: g.scoreHundredths / 100,
  publishedOn: g.publishedOn,
});

/** Keep (or, for a year published again after review, replace) a department's grade of a year. */
export async function recordEvaluationGrade(ctx: RequestContext, input: EvaluationGradeInput) {
  const row: EvaluationGradeEntity = {
    departmentId: input.departmentId,
    year: input.year,
    grade: input.grade,
    scoreHundredths: Math.round(input.score * 100),
    publishedOn: input.publishedOn,
  };
  await ctx.dataSource.getRepository(EvaluationGradeEntity).save(row);
  return view(row);
}

/** The department's most recent published grade, or null before its first. */
export async function latestGrade(manager: EntityManager, departmentId: string): Promise<EvaluationGrade | null> {
  const g = await manager.findOne(EvaluationGradeEntity, { where: { departmentId }, order: { year: 'DESC' } });
  return g ? view(g) : null;
}
