import {
  badInput,
  formatMoney,
  isTownCode,
  parseMoney,
  recordAudit,
  updateVersioned,
  type AuditChange,
  type RequestContext,
} from '@integrity/subgraph-kit';
import { checkRegisteredRegion, checkYear } from '../debt-access.js';
import { DebtLimitEntity, FiscalResourcesEntity } from './limit.entity.js';

type Yearly = typeof DebtLimitEntity | typeof FiscalResourcesEntity;

const view = (row: DebtLimitEntity | FiscalResourcesEntity) => ({ ...row, amount: formatMoney(row.amount) });

/** The two yearly figures: what a conflict calls each, and how the audit trail names its change. */
interface Figure {
  target: Yearly;
  label: string;
  action: AuditChange['action'];
  entityType: AuditChange['entityType'];
}
const FIGURES = {
  limit: { target: DebtLimitEntity, label: 'debt limit', action: 'debt-limit.set', entityType: 'DebtLimit' },
  resources: {
    target: FiscalResourcesEntity,
    label: 'fiscal resources',
    action: 'fiscal-resources.set',
    entityType: 'FiscalResources',
  },
} satisfies Record<string, Figure>;

/**
 * Set a region's yearly figure. A new row is inserted; an existing one is updated under optimistic
 * locking when the caller sends the version it read (without one, the latest version is taken).
 */
async function setYearly(
  ctx: RequestContext,
  { target, label, action, entityType }: Figure,
  regionCode: string,
  year: number,
  amountText: string,
  version?: number | null,
) {
  checkYear(year);
  const amount = parseMoney(amountText, 'amount', { allowZero: target === DebtLimitEntity });
  await checkRegisteredRegion(ctx, regionCode);
  // towns do not borrow (预算法 第三十五条): no limit or resources are kept for them
  if (isTownCode(regionCode))
    throw badInput(
      'regionCode',
      'TOWN_MAY_NOT_BORROW',
      'towns do not borrow: limits and resources are kept for the county',
    );
  return ctx.dataSource.transaction(async (m) => {
    const before = await m.findOne(target, { where: { regionCode, year } });
    const updatedAt = new Date().toISOString();
    let after: DebtLimitEntity | FiscalResourcesEntity;
    if (!before) {
      after = { regionCode, year, amount, updatedAt, version: 1 };
      await m.insert(target, after);
    } else {
      after = await updateVersioned<DebtLimitEntity>(
        m,
        target,
        label,
        { regionCode, year },
        version ?? before.version,
        { amount, updatedAt },
      );
    }
    await recordAudit(m, ctx, {
      action,
      entityType,
      entityId: `${regionCode}/${year}`,
      before,
      after,
    });
    return view(after);
  });
}

export const setDebtLimit = (
  ctx: RequestContext,
  regionCode: string,
  year: number,
  amount: string,
  version?: number | null,
) => setYearly(ctx, FIGURES.limit, regionCode, year, amount, version);

export const setFiscalResources = (
  ctx: RequestContext,
  regionCode: string,
  year: number,
  amount: string,
  version?: number | null,
) => setYearly(ctx, FIGURES.resources, regionCode, year, amount, version);

export async function listYearly(
  ctx: RequestContext,
  target: Yearly,
  regionCode?: string | null,
  year?: number | null,
) {
  const where: Record<string, unknown> = {};
  if (regionCode) where.regionCode = regionCode;
  if (year) where.year = year;
  const rows = await ctx.dataSource.manager.find(target, { where, order: { year: 'DESC', regionCode: 'ASC' } });
  return rows.map(view);
}
