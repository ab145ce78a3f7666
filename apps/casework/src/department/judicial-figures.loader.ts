import { today, type RequestContext } from '@integrity/subgraph-kit';
import { appearanceRate } from '../hearing/court-appearance-rules.js';
import { CourtAppearanceEntity } from '../hearing/court-appearance.entity.js';
import { JudgmentEntity } from '../judgment/judgment.entity.js';

/** Judgments not fulfilled after their due date, per obligor: one statement for every department asked. */
export const unfulfilledJudgmentCounts = (ctx: RequestContext) =>
  ctx.loaders.get<string, number>('department.unfulfilledJudgments', async (ids) => {
    const rows = await ctx.dataSource
      .getRepository(JudgmentEntity)
      .createQueryBuilder('j')
      .select('j.department_id', 'departmentId')
      .addSelect('COUNT(*)', 'n')
      .where('j.department_id IN (:...ids)', { ids: [...ids] })
      .andWhere('j.fulfilled_on IS NULL AND j.due_on < :today', { today: today() })
      .groupBy('j.department_id')
      .getRawMany();
    const counts = new Map(rows.map((r: Record<string, unknown>) => [String(r.departmentId), Number(r.n)]));
    return ids.map((id) => counts.get(id) ?? 0);
  });

/** This calendar year's head-appearance rate per defendant body, null without a hearing: one statement. */
export const courtAppearanceRates = (ctx: RequestContext) =>
  ctx.loaders.get<string, number | null>('department.courtAppearanceRate', async (ids) => {
    const year = today().slice(0, 4);
    const rows = await ctx.dataSource
      .getRepository(CourtAppearanceEntity)
      .createQueryBuilder('a')
      .select('a.department_id', 'departmentId')
      .addSelect('COUNT(*)', 'hearings')
      .addSelect('SUM(CASE WHEN a.head_appeared = :yes THEN 1 ELSE 0 END)', 'appeared')
      .where('a.department_id IN (:...ids)', { ids: [...ids], yes: true })
      .andWhere('a.hearing_date BETWEEN :from AND :to', { from: `${year}-01-01`, to: `${year}-12-31` })
      .groupBy('a.department_id')
      .getRawMany();
    const rates = new Map(
      rows.map((r: Record<string, unknown>) => [
        String(r.departmentId),
        appearanceRate(Number(r.hearings), Number(r.appeared ?? 0)),
      ]),
    );
    return ids.map((id) => rates.get(id) ?? null);
  });
