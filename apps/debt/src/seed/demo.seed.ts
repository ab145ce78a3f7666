import { DEMO_COUNTY_CODE, demoTowns, stableId } from '@integrity/demo-data';
import { addDays, today, type DebtStockKind } from '@integrity/subgraph-kit';
import type { DataSource } from 'typeorm';
import {
  InstrumentEntity,
  RepaymentEntity,
  ScheduledPaymentEntity,
  type DebtKind,
} from '../instrument/instrument.entity.js';
import { generateSchedule } from '../instrument/schedule.js';
import { DebtLimitEntity, FiscalResourcesEntity } from '../limit/limit.entity.js';
import { IncidentEntity } from '../incident/incident.entity.js';
import { AccountabilityFindingEntity, EmergencyPlanEntity } from '../oversight/oversight.entity.js';
import { ReductionEntity, StockPlanEntity } from '../stock/stock.entity.js';
import { demoBondDates } from './demo-bond-dates.js';

const YUAN = 100n;

/** The county borrows (towns do not): its resources (元) and the debt ratio reached this year, YELLOW. */
const COUNTY = { code: DEMO_COUNTY_CODE, resources: 3_000_000_000n, target: 1.35 };

/** Towns' arrears (元) at 1 January of last year and this year, and how much of each year's plan they met. */
const TOWN_ARREARS: { town: number; stock: bigint; met: [number, number] }[] = [
  { town: 0, stock: 18_000_000n, met: [1, 0.6] }, // 黄冈镇
  { town: 1, stock: 42_000_000n, met: [0.7, 0.2] }, // 饶洋镇: behind its plan
  { town: 2, stock: 9_500_000n, met: [1, 0.9] },
  { town: 9, stock: 6_000_000n, met: [1, 1] },
];

/**
 * Five years of bonds on-lent to the county by the province, one older bond that matured on the last 15 March
 * passed and was repaid by a refinancing bond (demoBondDates), the county's emergency plan, its hidden-debt stock
 * with last year's and this year's 化债 plans, towns' arrears with theirs (a nil plan where a town has none), and
 * one Ⅳ grade incident two years ago (interest paid five days late).
 */
export async function seedDebt(dataSource: DataSource): Promise<void> {
  if (await dataSource.getRepository(InstrumentEntity).count()) return;
  const now = today();
  const thisYear = Number(now.slice(0, 4));
  const years = [4, 3, 2, 1, 0].map((k) => thisYear - k);
  const stamp = new Date().toISOString();
  const instruments: InstrumentEntity[] = [];
  const schedule: ScheduledPaymentEntity[] = [];
  const repayments: RepaymentEntity[] = [];
  const resources: FiscalResourcesEntity[] = [];
  const limits: DebtLimitEntity[] = [];
  const code = COUNTY.code;
  const yearly =
    ((COUNTY.resources * BigInt(Math.round(COUNTY.target * 100))) / 100n / BigInt(years.length) / 10_000n) * 10_000n;
  const lateInterest = { year: thisYear - 2, days: 5 };
  let late: { instrumentId: string; dueDate: string; paidOn: string; interest: bigint } | null = null;

  const add = (
    kind: DebtKind,
    principal: bigint,
    issuedOn: string,
    maturesOn: string,
    project: string,
    n: number,
    bondPurpose: 'NEW' | 'REFINANCING',
  ) => {
    const inst: InstrumentEntity = {
      id: stableId('debt', `${code}-${n}`),
      regionCode: code,
      kind,
      principal: principal * YUAN,
      rateUnits: bondPurpose === 'REFINANCING' ? 24_500 : 32_000,
      issuedOn,
      maturesOn,
      project,
      bondPurpose,
      onLendingDocument: `粤财债〔${issuedOn.slice(0, 4)}〕${20 + n}号`,
      createdAt: stamp,
      version: 1,
    };
    instruments.push(inst);
    generateSchedule(inst).forEach((s, k) => {
      const row = { id: stableId('debt-schedule', `${inst.id}-${k}`), instrumentId: inst.id, regionCode: code, ...s };
      schedule.push(row);
      // paid when due, up to and including the day the demo starts (one due that day is not yet a default)
      if (s.dueDate > now) return;
      const isLate = !late && kind === 'SPECIAL_BOND' && s.dueDate.startsWith(`${lateInterest.year}-`);
      const paidOn = isLate ? addDays(s.dueDate, lateInterest.days) : s.dueDate;
      if (isLate) late = { instrumentId: inst.id, dueDate: s.dueDate, paidOn, interest: s.interest };
      repayments.push({
        id: stableId('debt-repay', row.id),
        instrumentId: inst.id,
        regionCode: code,
        paidOn,
        principal: s.principal,
        interest: s.interest,
        recordedBy: 'seed',
        recordedAt: stamp,
      });
    });
  };
  // a ten-year bond that matured last March, its principal repaid by the refinancing bond issued days before
  const dates = demoBondDates(now);
  const matured = yearly / 2n;
  add('GENERAL_BOND', matured, dates.matured.issuedOn, dates.matured.maturesOn, '县城供水管网改造', 10, 'NEW');
  years.forEach((y, k) =>
    add(
      k % 2 ? 'SPECIAL_BOND' : 'GENERAL_BOND',
      yearly,
      dates.issuedOn(y),
      `${y + 10}-03-15`,
      k % 2 ? '产业园区基础设施专项' : '城乡道路改造',
      k,
      'NEW',
    ),
  );
  add(
    'GENERAL_BOND',
    matured,
    dates.refinancing.issuedOn,
    dates.refinancing.maturesOn,
    '偿还到期地方政府债券本金',
    11,
    'REFINANCING',
  );
  // the years before the last five: the province's limit for the one bond outstanding then (an issue from 2015
  // on needs the limit of its year, 预算法 art. 35)
  for (let y = dates.refinancedIn - 10; y < years[0]!; y += 1)
    limits.push({ regionCode: code, year: y, amount: matured * 2n * YUAN, updatedAt: stamp, version: 1 });
  years.forEach((y, k) => {
    resources.push({ regionCode: code, year: y, amount: COUNTY.resources * YUAN, updatedAt: stamp, version: 1 });
    limits.push({
      regionCode: code,
      year: y,
      amount: ((yearly * BigInt(k + 1) * 115n) / 100n + matured * 2n) * YUAN,
      updatedAt: stamp,
      version: 1,
    });
  });

  const plans: StockPlanEntity[] = [];
  const reductions: ReductionEntity[] = [];
  const plan = (regionCode: string, year: number, kind: DebtStockKind, stock: bigint, met: number) => {
    const planned = ((stock * 30n) / 100n / 10_000n) * 10_000n;
    plans.push({
      regionCode,
      year,
      kind,
      stockAtStart: stock * YUAN,
      plannedReduction: planned * YUAN,
      updatedAt: stamp,
      version: 1,
    });
    const done = ((planned * BigInt(Math.round(met * 100))) / 100n / 10_000n) * 10_000n;
    const last = year === thisYear ? now : `${year}-12-20`;
    // in two parts: mid-year and at the year's last recorded day
    [done / 2n, done - done / 2n].forEach((amount, k) => {
      if (amount <= 0n) return;
      const reducedOn = k === 0 ? (`${year}-06-30` <= last ? `${year}-06-30` : last) : last;
      reductions.push({
        id: stableId('debt-reduction', `${regionCode}-${year}-${kind}-${k}`),
        regionCode,
        year,
        kind,
        amount: amount * YUAN,
        reducedOn,
        means:
          kind === 'HIDDEN_DEBT' ? (k ? '安排财政资金偿还' : '盘活国有资产处置收入') : '安排镇级财力清偿拖欠工程款',
        recordedBy: 'czj',
        recordedAt: stamp,
      });
    });
    return stock - done;
  };
  // the county's hidden-debt stock: last year's plan met, this year's two-thirds met so far
  const left = plan(code, thisYear - 1, 'HIDDEN_DEBT', 860_000_000n, 1);
  plan(code, thisYear, 'HIDDEN_DEBT', left, 0.66);
  for (const t of TOWN_ARREARS) {
    const townCode = demoTowns[t.town]!.code;
    const stock = plan(townCode, thisYear - 1, 'ARREARS', t.stock, t.met[0]);
    plan(townCode, thisYear, 'ARREARS', stock, t.met[1]);
  }
  // every other town files a nil plan each year: no arrears, nothing planned (a town with no plan misses it)
  for (const [k, town] of demoTowns.entries())
    if (!TOWN_ARREARS.some((t) => t.town === k))
      for (const year of [thisYear - 1, thisYear]) plan(town.code, year, 'ARREARS', 0n, 0);
  const lagging = demoTowns[TOWN_ARREARS[1]!.town]!.code;
  const lateRow = late as { instrumentId: string; dueDate: string; paidOn: string; interest: bigint } | null;

  await dataSource.transaction(async (m) => {
    await m.insert(FiscalResourcesEntity, resources);
    await m.insert(DebtLimitEntity, limits);
    await m.insert(InstrumentEntity, instruments);
    for (let i = 0; i < schedule.length; i += 200) await m.insert(ScheduledPaymentEntity, schedule.slice(i, i + 200));
    for (let i = 0; i < repayments.length; i += 200) await m.insert(RepaymentEntity, repayments.slice(i, i + 200));
    await m.insert(StockPlanEntity, plans);
    await m.insert(ReductionEntity, reductions);
    await m.insert(EmergencyPlanEntity, {
      id: stableId('emergency-plan', code),
      regionCode: code,
      year: thisYear - 3,
      title: '饶平县政府性债务风险应急处置预案',
      documentNumber: `饶府办〔${thisYear - 3}〕18号`,
      adoptedOn: `${thisYear - 3}-06-20`,
      recordedBy: 'czj',
    });
    if (lateRow)
      await m.insert(IncidentEntity, {
        id: stableId('debt-incident', lateRow.instrumentId),
        regionCode: code,
        instrumentId: lateRow.instrumentId,
        kind: 'INTEREST',
        grade: 'IV',
        occurredOn: lateRow.dueDate,
        amount: lateRow.interest,
        response: '县债务管理领导小组转为债务应急领导小组，统筹库款于5日内补付专项债券利息，并向市财政局报告。',
        resolvedOn: lateRow.paidOn,
        resolution: '利息已全额补付，相关责任人已约谈。',
        recordedBy: 'czj',
        version: 1,
      });
    await m.insert(AccountabilityFindingEntity, {
      id: stableId('finding', lagging),
      regionCode: lagging,
      year: thisYear,
      finding: '拖欠工程款化解进度明显滞后于年度计划，未按期报告化解情况。',
      responsible: '镇财政所',
      recordedBy: 'supervisor',
      recordedOn: now,
    });
  });
}
