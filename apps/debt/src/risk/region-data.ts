import { groupByKey, readRows, requireRead, today, type RequestContext, type RowOrder } from '@integrity/subgraph-kit';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { InstrumentEntity, RepaymentEntity, ScheduledPaymentEntity } from '../instrument/instrument.entity.js';
import { DebtLimitEntity, FiscalResourcesEntity } from '../limit/limit.entity.js';
import { AccountabilityFindingEntity, EmergencyPlanEntity } from '../oversight/oversight.entity.js';
import { IncidentEntity } from '../incident/incident.entity.js';
import { ReductionEntity, StockPlanEntity } from '../stock/stock.entity.js';
import { yearFigures, type RegionDebtData, type YearFigures, type YearTotals } from './risk.js';

/** What every region's risk figures need: its debt, schedule, repayments, resources and stock plans. */
export interface RegionData extends RegionDebtData {
  code: string;
  stockPlans: StockPlanEntity[];
}

/**
 * The rows of one table for a set of regions: one statement per table however many regions and years one query
 * asks for, and only for the tables the fields asked need (the dashboard's band reads five, not ten). Async, so a
 * caller who may not read is a rejected promise, never a synchronous throw: a throw while a Promise.all's array
 * is being built left the promises already made in it rejected with no handler (an unhandled rejection).
 */
async function regionRows<T extends ObjectLiteral & { regionCode: string }>(
  ctx: RequestContext,
  entity: EntityTarget<T>,
  key: string,
  regionCode: string,
  order?: RowOrder<T>,
): Promise<T[]> {
  requireRead(ctx, 'DEBT');
  return ctx.loaders
    .get<string, T[]>(`debt.${key}`, async (codes) => {
      // hand-written SQL, not find(): on the dashboard TypeORM's query building and hydration cost more than the query
      const rows = await readRows(ctx.dataSource, entity, 'regionCode', codes, order);
      // linear: a county's schedule is thousands of rows, all under one region code
      return groupByKey(codes, rows, (r) => r.regionCode);
    })
    .load(regionCode);
}

export async function regionData(ctx: RequestContext, code: string): Promise<RegionData> {
  const [instruments, schedule, repayments, resources, stockPlans] = await Promise.all([
    regionRows(ctx, InstrumentEntity, 'instruments', code),
    regionRows(ctx, ScheduledPaymentEntity, 'schedule', code),
    regionRows(ctx, RepaymentEntity, 'repayments', code),
    regionResources(ctx, code),
    regionStockPlans(ctx, code),
  ]);
  return { code, instruments, schedule, repayments, resources, stockPlans };
}

/** What a region's balance, ratio and band need: yearly totals, resources, and whether anything is recorded. */
export interface RegionHead extends YearTotals {
  code: string;
  resources: Map<number, bigint>;
  /** Any debt, resources or stock plan recorded: a region with none has no risk to show. */
  recorded: boolean;
}

/**
 * Principal per region and calendar year, summed by the database: one grouped statement for every region of a
 * query, a row per region and year however many instruments or repayments there are (at city scale the rows the
 * dashboard's band read were two thirds of its CPU). Dates are YYYY-MM-DD text in both databases.
 */
async function principalByYear(
  ctx: RequestContext,
  entity: typeof InstrumentEntity | typeof RepaymentEntity,
  dateProperty: 'issuedOn' | 'paidOn',
  key: string,
  regionCode: string,
): Promise<Map<number, bigint>> {
  requireRead(ctx, 'DEBT');
  return ctx.loaders
    .get<string, Map<number, bigint>>(`debt.${key}`, async (codes) => {
      const year = `SUBSTR(t.${dateProperty}, 1, 4)`;
      const rows = await ctx.dataSource
        .createQueryBuilder(entity, 't')
        .select('t.regionCode', 'code')
        .addSelect(year, 'year')
        // as text: exact in both databases however large the sum (MariaDB's SUM of BIGINT is a DECIMAL)
        .addSelect('CAST(SUM(t.principal) AS CHAR)', 'amount')
        .where('t.regionCode IN (:...codes)', { codes: [...codes] })
        .groupBy('t.regionCode')
        .addGroupBy(year)
        .getRawMany<{ code: string; year: string; amount: string | number }>();
      const byRegion = new Map(codes.map((c) => [c, new Map<number, bigint>()]));
      for (const r of rows) byRegion.get(r.code)?.set(Number(r.year), BigInt(String(r.amount)));
      return codes.map((c) => byRegion.get(c)!);
    })
    .load(regionCode);
}

export async function regionHead(ctx: RequestContext, code: string): Promise<RegionHead> {
  const [issued, repaid, resources, stockPlans] = await Promise.all([
    principalByYear(ctx, InstrumentEntity, 'issuedOn', 'issuedByYear', code),
    principalByYear(ctx, RepaymentEntity, 'paidOn', 'repaidByYear', code),
    regionResources(ctx, code),
    regionStockPlans(ctx, code),
  ]);
  return { code, issued, repaid, resources, recorded: issued.size > 0 || resources.size > 0 || stockPlans.length > 0 };
}

/**
 * A region's figures of a year from its rows (schedule and payments included), once per request for each region
 * and year however many fields read them.
 */
export const regionYearFigures = (ctx: RequestContext, code: string, year: number): Promise<YearFigures> =>
  ctx.loaders
    .get<string, YearFigures>('debt.yearFigures', (keys) =>
      Promise.all(
        keys.map(async (k) => {
          const [region, y] = k.split('|');
          return yearFigures(await regionData(ctx, region!), Number(y), today());
        }),
      ),
    )
    .load(`${code}|${year}`);

export const regionStockPlans = (ctx: RequestContext, code: string) =>
  regionRows(ctx, StockPlanEntity, 'stockPlans', code);
/** Comprehensive financial resources by year. */
export const regionResources = async (ctx: RequestContext, code: string): Promise<Map<number, bigint>> =>
  new Map((await regionRows(ctx, FiscalResourcesEntity, 'resources', code)).map((f) => [f.year, f.amount]));
export const regionLimits = async (ctx: RequestContext, code: string): Promise<Map<number, bigint>> =>
  new Map((await regionRows(ctx, DebtLimitEntity, 'limits', code)).map((l) => [l.year, l.amount]));
export const regionPlans = (ctx: RequestContext, code: string) =>
  regionRows(ctx, EmergencyPlanEntity, 'plans', code, { adoptedOn: 'DESC' });
export const regionFindings = (ctx: RequestContext, code: string) =>
  regionRows(ctx, AccountabilityFindingEntity, 'findings', code, { recordedOn: 'DESC' });
export const regionReductions = (ctx: RequestContext, code: string) =>
  regionRows(ctx, ReductionEntity, 'reductions', code);
export const regionIncidents = (ctx: RequestContext, code: string) =>
  regionRows(ctx, IncidentEntity, 'incidents', code, { occurredOn: 'DESC' });
