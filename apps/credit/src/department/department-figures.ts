import { PROCUREMENT_BREACH_SOURCE_PREFIX, requireRead, today, type RequestContext } from '@integrity/subgraph-kit';
import { CivilServantEntity, CreditFileEntity } from '../civil-servant/civil-servant.entity.js';
import { CreditRecordEntity } from '../record/record.entity.js';
import { activeSql, dishonestySql } from '../rules/record-sql.js';

/** A per-department count over `entity`, grouped in one statement for every department in the request. */
function countBy(
  ctx: RequestContext,
  name: string,
  build: (ids: readonly string[]) => Promise<{ departmentId: string; n: unknown }[]>,
) {
  return (departmentId: string): Promise<number> => {
    requireRead(ctx, 'CREDIT');
    return ctx.loaders
      .get<string, number>(name, async (ids) => {
        const counts = new Map((await build(ids)).map((r) => [String(r.departmentId), Number(r.n)]));
        return ids.map((id) => counts.get(id) ?? 0);
      })
      .load(departmentId);
  };
}

export const servantCount = (ctx: RequestContext, departmentId: string) =>
  countBy(ctx, 'figures.servants', (ids) =>
    ctx.dataSource.manager
      .createQueryBuilder(CivilServantEntity, 'c')
      .select('c.department_id', 'departmentId')
      .addSelect('COUNT(*)', 'n')
      .where('c.department_id IN (:...ids)', { ids })
      .groupBy('c.department_id')
      .getRawMany(),
  )(departmentId);

export const fileCount = (ctx: RequestContext, departmentId: string) =>
  countBy(ctx, 'figures.files', (ids) =>
    ctx.dataSource.manager
      .createQueryBuilder(CreditFileEntity, 'f')
      .select('f.department_id', 'departmentId')
      .addSelect('COUNT(*)', 'n')
      .where('f.department_id IN (:...ids)', { ids })
      .groupBy('f.department_id')
      .getRawMany(),
  )(departmentId);

interface DishonestyCounts {
  all: number;
  serious: number;
  procurementBreaches: number;
}

/**
 * Active dishonesty records counting against the department (its own and its civil servants'), of those the
 * SERIOUS ones (they weigh more in the score), and those procurement sent as breaches (三.3; the score deducts
 * for them while they are active): one grouped statement gives all three for every department.
 */
function dishonestyCounts(ctx: RequestContext, departmentId: string): Promise<DishonestyCounts> {
  requireRead(ctx, 'CREDIT');
  return ctx.loaders
    .get<string, DishonestyCounts>('figures.dishonesty', async (ids) => {
      const rows: { departmentId: string; n: unknown; serious: unknown; breaches: unknown }[] =
        await ctx.dataSource.manager
          .createQueryBuilder(CreditRecordEntity, 'r')
          .select('r.department_id', 'departmentId')
          .addSelect('COUNT(*)', 'n')
          .addSelect("SUM(CASE WHEN r.severity = 'SERIOUS' THEN 1 ELSE 0 END)", 'serious')
          .addSelect(
            "SUM(CASE WHEN r.source_subgraph = 'procurement' AND r.source_id LIKE :breach THEN 1 ELSE 0 END)",
            'breaches',
          )
          .where('r.department_id IN (:...ids)', { ids: [...ids] })
          .andWhere(`${activeSql('r')} AND ${dishonestySql('r')}`, { today: today() })
          .setParameter('breach', `${PROCUREMENT_BREACH_SOURCE_PREFIX}%`)
          .groupBy('r.department_id')
          .getRawMany();
      const counts = new Map(
        rows.map((r) => [
          String(r.departmentId),
          { all: Number(r.n), serious: Number(r.serious), procurementBreaches: Number(r.breaches) },
        ]),
      );
      return ids.map((id) => counts.get(id) ?? { all: 0, serious: 0, procurementBreaches: 0 });
    })
    .load(departmentId);
}

export const activeDishonestyCount = async (ctx: RequestContext, departmentId: string) =>
  (await dishonestyCounts(ctx, departmentId)).all;

export const activeSeriousCount = async (ctx: RequestContext, departmentId: string) =>
  (await dishonestyCounts(ctx, departmentId)).serious;

export const activeProcurementBreachCount = async (ctx: RequestContext, departmentId: string) =>
  (await dishonestyCounts(ctx, departmentId)).procurementBreaches;

export async function coverage(ctx: RequestContext) {
  const [total, withFile] = await Promise.all([
    ctx.dataSource.manager.count(CivilServantEntity),
    ctx.dataSource.manager.count(CreditFileEntity),
  ]);
  return { total, withFile, ratio: total ? Math.round((withFile / total) * 1e6) / 1e6 : 0 };
}
