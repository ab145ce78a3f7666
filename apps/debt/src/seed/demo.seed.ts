import { DEMO_COUNTY_CODE, demoTowns, stableId } from '@integrity/demo-data';
import { today } from '@integrity/subgraph-kit';
import type { DataSource } from 'typeorm';
import {
  InstrumentEntity,
  RepaymentEntity,
  ScheduledPaymentEntity,
  type DebtKind,
} from '../instrument/instrument.entity.js';
import { generateSchedule } from '../instrument/schedule.js';
import { DebtLimitEntity, FiscalResourcesEntity } from '../limit/limit.entity.js';
import { AccountabilityFindingEntity } from '../oversight/oversight.entity.js';

const YUAN = 100n;

/** Demo regions: resources (元) and the debt ratio reached this year. Earlier years climb to it, crossing the bands. */
const PROFILES: { code: string; resources: bigint; target: number; missesThisYear?: boolean }[] = [
  { code: DEMO_COUNTY_CODE, resources: 3_000_000_000n, target: 0.95 },
  { code: demoTowns[0]!.code, resources: 200_000_000n, target: 1.5 }, // 黄冈镇: YELLOW
  { code: demoTowns[1]!.code, resources: 120_000_000n, target: 2.4, missesThisYear: true }, // 饶洋镇: ORANGE, with overdue interest
  { code: demoTowns[2]!.code, resources: 150_000_000n, target: 0.8 },
  { code: demoTowns[3]!.code, resources: 100_000_000n, target: 1.25 },
  { code: demoTowns[9]!.code, resources: 180_000_000n, target: 0.6 },
];

/** Five years of bonds and a county loan per region, repaid on schedule except the misses that make overdue debt. */
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

  for (const p of PROFILES) {
    const yearly =
      ((p.resources * BigInt(Math.round(p.target * 100))) / 100n / BigInt(years.length) / 10_000n) * 10_000n;
    const add = (
      kind: DebtKind,
      principal: bigint,
      issuedOn: string,
      maturesOn: string,
      project: string,
      n: number,
    ) => {
      const inst: InstrumentEntity = {
        id: stableId('debt', `${p.code}-${n}`),
        regionCode: p.code,
        kind,
        principal: principal * YUAN,
        rateUnits: kind === 'LOAN' ? 42_000 : 32_000,
        issuedOn,
        maturesOn,
        project,
        createdAt: stamp,
        version: 1,
      };
      instruments.push(inst);
      generateSchedule(inst).forEach((s, k) => {
        const row = {
          id: stableId('debt-schedule', `${inst.id}-${k}`),
          instrumentId: inst.id,
          regionCode: p.code,
          ...s,
        };
        schedule.push(row);
        const missed = p.missesThisYear && s.dueDate.startsWith(String(thisYear));
        if (s.dueDate < now && !missed) {
          repayments.push({
            id: stableId('debt-repay', row.id),
            instrumentId: inst.id,
            regionCode: p.code,
            paidOn: s.dueDate,
            principal: s.principal,
            interest: s.interest,
            recordedBy: 'seed',
            recordedAt: stamp,
          });
        }
      });
    };
    years.forEach((y, k) =>
      add(
        k % 2 ? 'SPECIAL_BOND' : 'GENERAL_BOND',
        yearly,
        `${y}-03-15`,
        `${y + 10}-03-15`,
        k % 2 ? '产业园区基础设施专项' : '城乡道路改造',
        k,
      ),
    );
    if (p.code === DEMO_COUNTY_CODE)
      add('LOAN', 30_000_000n, `${years[1]}-06-30`, `${years[1]! + 5}-06-30`, '污水处理厂建设贷款', 9);
    years.forEach((y, k) => {
      resources.push({ regionCode: p.code, year: y, amount: p.resources * YUAN, updatedAt: stamp, version: 1 });
      limits.push({
        regionCode: p.code,
        year: y,
        amount:
          ((yearly * BigInt(k + 1) * 115n) / 100n) * YUAN + (p.code === DEMO_COUNTY_CODE ? 40_000_000n * YUAN : 0n),
        updatedAt: stamp,
        version: 1,
      });
    });
  }
  const orange = PROFILES.find((p) => p.missesThisYear)!;
  await dataSource.transaction(async (m) => {
    await m.insert(FiscalResourcesEntity, resources);
    await m.insert(DebtLimitEntity, limits);
    await m.insert(InstrumentEntity, instruments);
    for (let i = 0; i < schedule.length; i += 200) await m.insert(ScheduledPaymentEntity, schedule.slice(i, i + 200));
    for (let i = 0; i < repayments.length; i += 200) await m.insert(RepaymentEntity, repayments.slice(i, i + 200));
    await m.insert(AccountabilityFindingEntity, {
      id: stableId('finding', orange.code),
      regionCode: orange.code,
      year: thisYear,
      finding: '专项债券利息未按期支付，债务率超过200%，未及时制定化解计划。',
      responsible: '镇财政所',
      recordedBy: 'supervisor',
      recordedOn: now,
    });
  });
}
