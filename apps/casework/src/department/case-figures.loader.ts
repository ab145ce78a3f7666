import { OPEN_CASE_STATUSES } from '@integrity/rules';
import { today, type RequestContext } from '@integrity/subgraph-kit';
import { CaseEntity } from '../case/case.entity.js';
import { ComplaintEntity } from '../complaint/complaint.entity.js';

const countsBy = (rows: Record<string, unknown>[], key: string) =>
  new Map(rows.map((r) => [String(r.departmentId), Number(r[key] ?? 0)]));

/** Open cases past their deadline per responsible department: one statement for every department asked. */
export const overdueCaseCounts = (ctx: RequestContext) =>
  ctx.loaders.get<string, number>('department.overdueCases', async (ids) => {
    const rows = await ctx.dataSource
      .getRepository(CaseEntity)
      .createQueryBuilder('c')
      .select('c.department_id', 'departmentId')
      .addSelect('COUNT(*)', 'n')
      .where('c.department_id IN (:...ids)', { ids: [...ids] })
      .andWhere('c.status IN (:...open)', { open: OPEN_CASE_STATUSES })
      .andWhere('c.deadline < :today', { today: today() })
      .groupBy('c.department_id')
      .getRawMany();
    const counts = countsBy(rows, 'n');
    return ids.map((id) => counts.get(id) ?? 0);
  });

export interface SatisfactionCounts {
  rated: number;
  satisfied: number;
}

/**
 * Ratings of the department's replies: complainants' ratings of public complaints and deputies' and members'
 * views of NPC/CPPCC replies (满意 and 基本满意 count as satisfied). One statement for every department asked.
 */
export const satisfactionCounts = (ctx: RequestContext) =>
  ctx.loaders.get<string, SatisfactionCounts>('department.caseSatisfaction', async (ids) => {
    const rows = await ctx.dataSource
      .getRepository(CaseEntity)
      .createQueryBuilder('c')
      .leftJoin(ComplaintEntity, 'p', 'p.case_id = c.id')
      .select('c.department_id', 'departmentId')
      .addSelect(
        'SUM(CASE WHEN p.satisfied IS NOT NULL OR c.delegate_satisfaction IS NOT NULL THEN 1 ELSE 0 END)',
        'rated',
      )
      .addSelect(
        "SUM(CASE WHEN p.satisfied = :yes OR c.delegate_satisfaction IN ('SATISFIED', 'BASICALLY_SATISFIED') THEN 1 ELSE 0 END)",
        'satisfied',
      )
      .where('c.department_id IN (:...ids)', { ids: [...ids], yes: true })
      .groupBy('c.department_id')
      .getRawMany();
    const rated = countsBy(rows, 'rated');
    const satisfied = countsBy(rows, 'satisfied');
    return ids.map((id) => ({ rated: rated.get(id) ?? 0, satisfied: satisfied.get(id) ?? 0 }));
  });

/** satisfied ÷ rated, null while nothing has been rated. */
export const satisfactionRate = (s: SatisfactionCounts): number | null =>
  s.rated === 0 ? null : Math.round((s.satisfied / s.rated) * 1e6) / 1e6;
