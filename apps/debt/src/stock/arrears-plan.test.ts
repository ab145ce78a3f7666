import { describe, expect, it } from 'vitest';
import type { ReductionEntity, StockPlanEntity } from './stock.entity.js';
import { arrearsPlanMissed } from './arrears-plan.js';

const plan = (plannedReduction: bigint) =>
  ({ regionCode: '445122101', year: 2025, kind: 'ARREARS', stockAtStart: 1000n, plannedReduction }) as StockPlanEntity;
const cut = (amount: bigint, kind = 'ARREARS') =>
  ({ regionCode: '445122101', year: 2025, kind, amount, reducedOn: '2025-12-31' }) as ReductionEntity;

describe('a town’s arrears plan', () => {
  it('is met at exactly the planned reduction and missed a fen short', () => {
    expect(arrearsPlanMissed({ stockPlans: [plan(300n)], reductions: [cut(200n), cut(100n)] }, 2025)).toBe(false);
    expect(arrearsPlanMissed({ stockPlans: [plan(300n)], reductions: [cut(200n), cut(99n)] }, 2025)).toBe(true);
  });
  it('counts only arrears reductions of the year; a year without a plan filed is missed, a nil plan met', () => {
    expect(arrearsPlanMissed({ stockPlans: [plan(300n)], reductions: [cut(300n, 'HIDDEN_DEBT')] }, 2025)).toBe(true);
    expect(arrearsPlanMissed({ stockPlans: [plan(300n)], reductions: [] }, 2024)).toBe(true);
    const nil = { ...plan(0n), stockAtStart: 0n };
    expect(arrearsPlanMissed({ stockPlans: [nil], reductions: [] }, 2025)).toBe(false);
  });
});
