import { requireRead, type RequestContext } from '@integrity/subgraph-kit';
import { In } from 'typeorm';
import { InstrumentEntity, RepaymentEntity, ScheduledPaymentEntity } from '../instrument/instrument.entity.js';
import { DebtLimitEntity, FiscalResourcesEntity } from '../limit/limit.entity.js';
import { AccountabilityFindingEntity, EmergencyPlanEntity } from '../oversight/oversight.entity.js';
import { IncidentEntity } from '../incident/incident.entity.js';
import { ReductionEntity, StockPlanEntity } from '../stock/stock.entity.js';
import type { RegionDebtData } from './risk.js';

export interface RegionData extends RegionDebtData {
  code: string;
  limits: Map<number, bigint>;
  plans: EmergencyPlanEntity[];
  findings: AccountabilityFindingEntity[];
  stockPlans: StockPlanEntity[];
  reductions: ReductionEntity[];
  incidents: IncidentEntity[];
}

const group = <T extends { regionCode: string }>(rows: T[]) => {
  const out = new Map<string, T[]>();
  for (const r of rows) out.set(r.regionCode, [...(out.get(r.regionCode) ?? []), r]);
  return out;
};

/**
 * Everything the risk figures of a set of regions need, in a fixed number of statements (one per
 * table) however many regions and years one query asks for; every figure is then computed exactly in memory.
 */
export function regionData(ctx: RequestContext, regionCode: string): Promise<RegionData> {
  requireRead(ctx, 'DEBT');
  return ctx.loaders
    .get<string, RegionData>('debt.regionData', async (codes) => {
      const where = { regionCode: In([...codes]) };
      const m = ctx.dataSource.manager;
      const [instruments, schedule, repayments, resources, limits, plans, findings, stock, reductions, incidents] =
        await Promise.all([
          m.find(InstrumentEntity, { where }),
          m.find(ScheduledPaymentEntity, { where }),
          m.find(RepaymentEntity, { where }),
          m.find(FiscalResourcesEntity, { where }),
          m.find(DebtLimitEntity, { where }),
          m.find(EmergencyPlanEntity, { where, order: { adoptedOn: 'DESC' } }),
          m.find(AccountabilityFindingEntity, { where, order: { recordedOn: 'DESC' } }),
          m.find(StockPlanEntity, { where }),
          m.find(ReductionEntity, { where }),
          m.find(IncidentEntity, { where, order: { occurredOn: 'DESC' } }),
        ]);
      const [gi, gs, gr, gf, gl, gp, ga, gk, gd, gn] = [
        instruments,
        schedule,
        repayments,
        resources,
        limits,
        plans,
        findings,
        stock,
        reductions,
        incidents,
      ].map((rows) => group(rows as { regionCode: string }[]));
      return codes.map((code) => ({
        code,
        instruments: (gi!.get(code) ?? []) as InstrumentEntity[],
        schedule: (gs!.get(code) ?? []) as ScheduledPaymentEntity[],
        repayments: (gr!.get(code) ?? []) as RepaymentEntity[],
        resources: new Map(((gf!.get(code) ?? []) as FiscalResourcesEntity[]).map((f) => [f.year, f.amount])),
        limits: new Map(((gl!.get(code) ?? []) as DebtLimitEntity[]).map((l) => [l.year, l.amount])),
        plans: (gp!.get(code) ?? []) as EmergencyPlanEntity[],
        findings: (ga!.get(code) ?? []) as AccountabilityFindingEntity[],
        stockPlans: (gk!.get(code) ?? []) as StockPlanEntity[],
        reductions: (gd!.get(code) ?? []) as ReductionEntity[],
        incidents: (gn!.get(code) ?? []) as IncidentEntity[],
      }));
    })
    .load(regionCode);
}
