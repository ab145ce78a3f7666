import { randomUUID } from 'node:crypto';
import {
  badInput,
  formatMoney,
  parseMoney,
  ratio,
  recordAudit,
  requireCaller,
  expectedOpeningStock,
  openingStockCarriesOver,
  requiredText,
  stockPlanMayBeLowered,
  stockPlanOpen,
  stockReductionsOpen,
  today,
  updateVersioned,
  type DebtStockKind,
  type RequestContext,
} from '@integrity/subgraph-kit';
import { checkRegisteredRegion, checkYear } from '../debt-access.js';
import { carryOver } from './stock-carry-over.js';
import { ReductionEntity, StockPlanEntity } from './stock.entity.js';
import type { RecordDebtReductionInput, SetDebtStockPlanInput } from './stock.input.js';
import { stockYear } from './stock-year.js';

const planView = (p: StockPlanEntity) => ({
  ...p,
  stockAtStart: formatMoney(p.stockAtStart),
  plannedReduction: formatMoney(p.plannedReduction),
});

/**
 * Set the stock at 1 January and the year's planned reduction, within the year (a closed year's plan is not fitted
 * to its outcome); a plan that is already there is versioned. A new opening carries into later years recorded.
 */
export async function setStockPlan(ctx: RequestContext, input: SetDebtStockPlanInput) {
  checkYear(input.year);
  if (!stockPlanOpen(input.year, today()))
    throw badInput('year', 'YEAR_CLOSED', `the plan for ${input.year} can no longer be set or changed`, {
      year: input.year,
    });
  const stockAtStart = parseMoney(input.stockAtStart, 'stockAtStart', { allowZero: true });
  const plannedReduction = parseMoney(input.plannedReduction, 'plannedReduction', { allowZero: true });
  if (plannedReduction > stockAtStart)
    throw badInput('plannedReduction', 'PLAN_EXCEEDS_STOCK', 'the planned reduction cannot exceed the opening stock');
  const regionCode = await checkRegisteredRegion(ctx, input.regionCode);
  const key = { regionCode, year: input.year, kind: input.kind };
  return ctx.dataSource.transaction(async (m) => {
    const before = await m.findOne(StockPlanEntity, { where: key });
    if (before && plannedReduction < before.plannedReduction && !stockPlanMayBeLowered(input.year, today()))
      throw badInput('plannedReduction', 'PLAN_LOWERED', `the plan for ${input.year} can no longer be lowered`, {
        year: input.year,
      });
    // the stock carries over: last year's opening less what was reduced in it (when last year is recorded)
    const previousKey = { ...key, year: input.year - 1 };
    const previous = await m.findOne(StockPlanEntity, { where: previousKey });
    const reducedBefore = previous
      ? (await m.find(ReductionEntity, { where: previousKey })).reduce((s, r) => s + r.amount, 0n)
      : 0n;
    const last = previous && { stockAtStart: previous.stockAtStart, reduced: reducedBefore };
    if (!openingStockCarriesOver(stockAtStart, last)) {
      const expected = formatMoney(expectedOpeningStock(last)!);
      throw badInput(
        'stockAtStart',
        'OPENING_STOCK_MISMATCH',
        `the opening stock must be ${expected}, last year's left`,
        {
          expected,
        },
      );
    }
    // a first plan takes last year's row version while last year still takes reductions, as such a reduction does:
    // of the two racing, one gets CONFLICT, so a reduction cannot slip in unseen between this check and the insert
    if (previous && !before && stockReductionsOpen(previous.year, today()))
      await updateVersioned(m, StockPlanEntity, 'debt stock plan', previousKey, previous.version, {});
    const updatedAt = new Date().toISOString();
    let after: StockPlanEntity;
    if (!before) {
      after = { ...key, stockAtStart, plannedReduction, updatedAt, version: 1 };
      await m.insert(StockPlanEntity, after);
    } else {
      const reduced = (await m.find(ReductionEntity, { where: key })).reduce((s, r) => s + r.amount, 0n);
      if (reduced > stockAtStart)
        throw badInput('stockAtStart', 'REDUCTION_EXCEEDS_STOCK', 'more has been reduced than this stock', {
          remaining: formatMoney(0n),
        });
      after = await updateVersioned(m, StockPlanEntity, 'debt stock plan', key, input.version ?? before.version, {
        stockAtStart,
        plannedReduction,
        updatedAt,
      });
    }
    await recordAudit(m, ctx, {
      action: 'debt.stock-plan',
      entityType: 'DebtStockPlan',
      entityId: `${regionCode}/${input.year}/${input.kind}`,
      before,
      after,
    });
    // later years already recorded open with this year's new opening less its reductions
    if (!before || before.stockAtStart !== stockAtStart)
      await carryOver(m, ctx, after, 'stockAtStart', { action: 'debt.stock-plan', year: input.year });
    return planView(after);
  });
}

/**
 * Record a reduction: within the year, not in the future, while the year is open (to 31 January of the next), and
 * never more than the stock left; it lowers the opening of the later years already recorded (carryOver).
 */
export async function recordReduction(ctx: RequestContext, input: RecordDebtReductionInput) {
  const caller = requireCaller(ctx);
  checkYear(input.year);
  const amount = parseMoney(input.amount, 'amount');
  const means = requiredText(input.means, 'means');
  if (!input.reducedOn.startsWith(`${input.year}-`))
    throw badInput('reducedOn', 'DATE_OUTSIDE_YEAR', `reducedOn must fall in ${input.year}`, { year: input.year });
  if (input.reducedOn > today()) throw badInput('reducedOn', 'DATE_IN_FUTURE', 'reducedOn cannot be in the future');
  if (!stockReductionsOpen(input.year, today()))
    throw badInput('year', 'YEAR_CLOSED', `${input.year} is closed to further reductions`, { year: input.year });
  const regionCode = await checkRegisteredRegion(ctx, input.regionCode);
  const key = { regionCode, year: input.year, kind: input.kind };
  return ctx.dataSource.transaction(async (m) => {
    // the plan row's version is bumped first: of two concurrent reductions, the one that read the older version gets
    // CONFLICT (to be tried again), so two cannot both fit in the stock left
    const plan = await m.findOne(StockPlanEntity, { where: key });
    if (!plan)
      throw badInput('year', 'NO_STOCK_PLAN', `no stock and plan recorded for ${input.year}`, { year: input.year });
    await updateVersioned(m, StockPlanEntity, 'debt stock plan', key, plan.version, {});
    const reduced = (await m.find(ReductionEntity, { where: key })).reduce((s, r) => s + r.amount, 0n);
    const remaining = plan.stockAtStart - reduced;
    if (amount > remaining)
      throw badInput('amount', 'REDUCTION_EXCEEDS_STOCK', `only ${formatMoney(remaining)} of the stock is left`, {
        remaining: formatMoney(remaining),
      });
    const row: ReductionEntity = {
      id: randomUUID(),
      ...key,
      amount,
      reducedOn: input.reducedOn,
      means,
      recordedBy: caller.username,
      recordedAt: new Date().toISOString(),
    };
    await m.insert(ReductionEntity, row);
    await recordAudit(m, ctx, { action: 'debt.reduction', entityType: 'DebtReduction', entityId: row.id, after: row });
    // a late reduction of last year (recorded up to 31 January) lowers this year's opening, and the years after
    await carryOver(m, ctx, plan, 'amount', {
      action: 'debt.reduction',
      reductionId: row.id,
      year: row.year,
      amount: formatMoney(amount),
    });
    return { ...row, amount: formatMoney(row.amount) };
  });
}

/**
 * A year's resolution of one stock: reduced ÷ planned. Debt service of the year (the old, misnamed measure) is
 * still given in the deprecated fields.
 */
export function clearance(
  plans: StockPlanEntity[],
  reductions: ReductionEntity[],
  year: number,
  kind: DebtStockKind,
  service: { dueInYear: bigint; repaidInYear: bigint },
) {
  const { plan, rows, reduced } = stockYear(plans, reductions, year, kind);
  const stock = plan?.stockAtStart ?? 0n;
  return {
    year,
    kind,
    planRecorded: !!plan,
    stockAtStart: formatMoney(stock),
    plannedReduction: formatMoney(plan?.plannedReduction ?? 0n),
    reduced: formatMoney(reduced),
    remaining: formatMoney(stock - reduced),
    progress: plan && plan.plannedReduction > 0n ? ratio(reduced, plan.plannedReduction) : null,
    reductions: rows.map((r) => ({ ...r, amount: formatMoney(r.amount) })),
    dueInYear: formatMoney(service.dueInYear),
    repaidInYear: formatMoney(service.repaidInYear),
  };
}
