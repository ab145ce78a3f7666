import { addDays } from '@integrity/subgraph-kit';
import type { DataSource } from 'typeorm';
import { random } from './random.js';
import { insertRows, type Row } from './rows.js';
import type { Progress } from './progress.js';
import type { World } from './world.js';

// bonds the province on-lent (issued within the last ten years, so after loans ended on 2015-01-01)
const KIND_WEIGHTS = { SPECIAL_BOND: 55, GENERAL_BOND: 45 } as const;
const PROJECTS = [
  '城乡供水一体化',
  '棚户区改造',
  '产业园区基础设施',
  '乡村振兴示范带',
  '县域医共体建设',
  '污水处理厂',
  '学校扩容',
  '冷链物流中心',
];

/**
 * debt: on-lent bonds of county-level regions (towns do not borrow) issued over ten years, one in seven a
 * refinancing bond, with annual interest and
 * principal at maturity scheduled and, when due, repaid (about one payment in forty late and unpaid, so
 * some regions carry overdue debt); each indebted region gets five years of limits and fiscal resources
 * set so its debt ratio falls in every risk band somewhere; every generated county has this year's hidden-debt plan
 * and every generated town this year's arrears plan, each partly met.
 */
export async function seedDebt(ds: DataSource, world: World, progress: Progress): Promise<void> {
  const rnd = random(world.seed, 'debt');
  const withData = new Set(
    ((await ds.query('SELECT DISTINCT region_code FROM fiscal_resources')) as { region_code: string }[]).map(
      (r) => r.region_code,
    ),
  );
  // demo regions only where the demo already laid out their figures (their limits and resources stay the demo's)
  const regions = world.regions.filter(
    (r) => (r.level === 'COUNTY' || r.level === 'TOWN') && (r.generated || withData.has(r.code)),
  );
  const counties = regions.filter((r) => r.level === 'COUNTY');
  const year = Number(world.today.slice(0, 4));
  const instruments: Row[] = [];
  const schedule: Row[] = [];
  const repayments: Row[] = [];
  const issuedBy = new Map<string, bigint>();
  for (let n = 0; n < world.count('debtInstruments'); n += 1) {
    const region = rnd.pick(counties);
    const principal = rnd.money(5_000_000, 800_000_000);
    const rateBp = rnd.int(220, 420);
    const issuedOn = world.daysAgo(rnd.int(30, 3650));
    const years = rnd.pick([3, 5, 7, 10, 15]);
    const maturesOn = addDays(issuedOn, years * 365);
    const id = rnd.id('instrument', n);
    issuedBy.set(region.code, (issuedBy.get(region.code) ?? 0n) + principal);
    instruments.push({
      id,
      region_code: region.code,
      kind: rnd.weighted(KIND_WEIGHTS),
      principal,
      rate_bp: rateBp,
      issued_on: issuedOn,
      matures_on: maturesOn,
      project: `${region.name}${rnd.pick(PROJECTS)}项目`,
      bond_purpose: rnd.chance(1 / 7) ? 'REFINANCING' : 'NEW',
      on_lending_document: null,
      created_at: `${issuedOn}T09:00:00.000Z`,
      version: 1,
    });
    for (let y = 1; y <= years; y += 1) {
      const dueDate = y === years ? maturesOn : addDays(issuedOn, y * 365);
      const row = {
        id: rnd.id('scheduled', `${n}-${y}`),
        instrument_id: id,
        region_code: region.code,
        due_date: dueDate,
        principal: y === years ? principal : 0n,
        interest: (principal * BigInt(rateBp)) / 10_000n,
      };
      schedule.push(row);
      if (dueDate < world.today && !rnd.chance(0.025))
        repayments.push({
          id: rnd.id('repayment', `${n}-${y}`),
          instrument_id: id,
          region_code: region.code,
          paid_on: dueDate,
          principal: row.principal,
          interest: row.interest,
          recorded_by: 'seed-scale',
          recorded_at: `${dueDate}T09:00:00.000Z`,
        });
    }
  }
  const limits: Row[] = [];
  const resources: Row[] = [];
  for (const region of regions.filter((r) => r.generated && issuedBy.has(r.code))) {
    const issued = issuedBy.get(region.code)!;
    for (let y = year - 4; y <= year; y += 1) {
      limits.push({ region_code: region.code, year: y, amount: issued * 2n, updated_at: world.stamp, version: 1 });
      resources.push({
        region_code: region.code,
        year: y,
        amount: (issued * BigInt(rnd.int(60, 300))) / 100n,
        updated_at: world.stamp,
        version: 1,
      });
    }
    // bonds reach back ten years (issuedOn above), and an issue from 2015 on lies under its year's limit: the
    // earlier years' limits too (no draw, so the rest of the generated county stays as it was)
    for (let y = year - 10; y < year - 4; y += 1)
      limits.push({ region_code: region.code, year: y, amount: issued * 2n, updated_at: world.stamp, version: 1 });
  }
  const plans: Row[] = [];
  const reductions: Row[] = [];
  for (const region of regions.filter((r) => r.generated)) {
    const kind = region.level === 'TOWN' ? 'ARREARS' : 'HIDDEN_DEBT';
    const stock = region.level === 'TOWN' ? rnd.money(1_000_000, 60_000_000) : rnd.money(100_000_000, 2_000_000_000);
    const planned = (stock * 30n) / 100n;
    plans.push({
      region_code: region.code,
      year,
      kind,
      stock_at_start: stock,
      planned_reduction: planned,
      updated_at: world.stamp,
      version: 1,
    });
    reductions.push({
      id: rnd.id('reduction', region.code),
      region_code: region.code,
      year,
      kind,
      amount: (planned * BigInt(rnd.int(10, 100))) / 100n,
      reduced_on: `${year}-01-15` <= world.today ? `${year}-01-15` : world.today,
      means: '安排财政资金偿还',
      recorded_by: 'seed-scale',
      recorded_at: world.stamp,
    });
  }
  await insertRows(ds, 'debt_instrument', instruments, progress);
  await insertRows(ds, 'scheduled_payment', schedule, progress);
  await insertRows(ds, 'repayment', repayments, progress);
  await insertRows(ds, 'debt_limit', limits, progress);
  await insertRows(ds, 'fiscal_resources', resources, progress);
  await insertRows(ds, 'debt_stock_plan', plans, progress);
  await insertRows(ds, 'debt_reduction', reductions, progress);
}

export const debtRows = (world: World): number => world.count('debtInstruments') * 16;
