import { groupByKey, readRows, requireRead, type RequestContext, type RowOrder } from '@integrity/subgraph-kit';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { InstrumentEntity, RepaymentEntity, ScheduledPaymentEntity } from '../instrument/instrument.entity.js';
import { DebtLimitEntity, FiscalResourcesEntity } from '../limit/limit.entity.js';
import { AccountabilityFindingEntity, EmergencyPlanEntity } from '../oversight/oversight.entity.js';
import { IncidentEntity } from '../incident/incident.entity.js';
import { ReductionEntity, StockPlanEntity } from '../stock/stock.entity.js';
import type { RegionDebtData } from './risk.js';

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
    regionRows(ctx, FiscalResourcesEntity, 'resources', code),
    regionRows(ctx, StockPlanEntity, 'stockPlans', code),
  ]);
  return {
    code,
    instruments,
    schedule,
    repayments,
    resources: new Map(resources.map((f) => [f.year, f.amount])),
    stockPlans,
  };
}

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
