import { requireRead, today, type RequestContext } from '@integrity/subgraph-kit';
import { CommitmentEntity } from '../commitment/commitment.entity.js';

export interface CommitmentFigures {
  overdue: number;
  breached: number;
  /** Commitments (not waived) that are due or already fulfilled: the base of the fulfilment rate. */
  assessed: number;
  fulfilled: number;
}

const EMPTY: CommitmentFigures = { overdue: 0, breached: 0, assessed: 0, fulfilled: 0 };

/**
 * Every department's commitment figures in one aggregate statement per request, whatever the number
 * of departments asked for. The CASE conditions are the status rule of commitment-status.ts.
 */
export function commitmentFigures(ctx: RequestContext, departmentId: string): Promise<CommitmentFigures> {
  requireRead(ctx, 'INVESTMENT');
  return ctx.loaders
    .get<string, CommitmentFigures>('department.commitmentFigures', async (ids) => {
      const rows: Record<string, unknown>[] = await ctx.dataSource
        .getRepository(CommitmentEntity)
        .createQueryBuilder('c')
        .select('c.department_id', 'departmentId')
        .addSelect(
          `SUM(CASE WHEN c.waived_on IS NULL AND c.breached_on IS NULL AND c.fulfilled_amount < c.amount AND c.due_date < :today THEN 1 ELSE 0 END)`,
          'overdue',
        )
        .addSelect(`SUM(CASE WHEN c.waived_on IS NULL AND c.breached_on IS NOT NULL THEN 1 ELSE 0 END)`, 'breached')
        .addSelect(
          `SUM(CASE WHEN c.waived_on IS NULL AND (c.due_date <= :today OR c.fulfilled_amount >= c.amount) THEN 1 ELSE 0 END)`,
          'assessed',
        )
        .addSelect(
          `SUM(CASE WHEN c.waived_on IS NULL AND c.breached_on IS NULL AND c.fulfilled_amount >= c.amount THEN 1 ELSE 0 END)`,
          'fulfilled',
        )
        .where('c.department_id IN (:...ids)', { ids, today: today() })
        .groupBy('c.department_id')
        .getRawMany();
      const byId = new Map(
        rows.map((r) => [
          String(r.departmentId),
          {
            overdue: Number(r.overdue ?? 0),
            breached: Number(r.breached ?? 0),
            assessed: Number(r.assessed ?? 0),
            fulfilled: Number(r.fulfilled ?? 0),
          },
        ]),
      );
      return ids.map((id) => byId.get(id) ?? EMPTY);
    })
    .load(departmentId);
}

/** fulfilled ÷ assessed, null when nothing is due yet (no rate to judge). */
export const fulfilmentRate = (f: CommitmentFigures): number | null =>
  f.assessed === 0 ? null : Math.round((f.fulfilled / f.assessed) * 1e6) / 1e6;
