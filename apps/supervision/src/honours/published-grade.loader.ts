import type { RequestContext } from '@integrity/subgraph-kit';
import { In } from 'typeorm';
import { EvaluationEntity, EvaluationResultEntity } from '../evaluation/evaluation.entity.js';

/** Each department's final grade in the latest published evaluation (null: none, or not in it); two statements. */
export const latestPublishedGrades = (ctx: RequestContext) =>
  ctx.loaders.get<string, { year: number; grade: string } | null>('honours.publishedGrade', async (ids) => {
    const latest = await ctx.dataSource
      .getRepository(EvaluationEntity)
      .findOne({ where: { status: 'PUBLISHED' }, order: { year: 'DESC' } });
    if (!latest) return ids.map(() => null);
    const rows = await ctx.dataSource
      .getRepository(EvaluationResultEntity)
      .findBy({ evaluationId: latest.id, departmentId: In([...ids]) });
    const grades = new Map(rows.map((r) => [r.departmentId, r.finalGrade]));
    return ids.map((id) => (grades.has(id) ? { year: latest.year, grade: grades.get(id)! } : null));
  });
