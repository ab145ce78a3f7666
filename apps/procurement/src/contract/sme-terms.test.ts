import { AppError } from '@integrity/subgraph-kit';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_LPR } from '@integrity/rules';
import { checkAcceptancePeriod, checkLateRate, checkMilestoneTerms } from './sme-terms.js';

const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof AppError ? e : null;
  }
  return null;
};

describe('milestone terms to an SME (条例第九条)', () => {
  const relative = (termDays?: number) => [{ amount: '100.00', dueBasis: 'ACCEPTANCE' as const, termDays }];
  it('gives a relative milestone 30 days when no term is agreed, and no due date until its event', () => {
    expect(checkMilestoneTerms(relative(), '2025-07-01', 'SMALL')).toEqual([
      { dueDate: null, dueBasis: 'ACCEPTANCE', termDays: 30, amount: 10_000n },
    ]);
  });
  it('accepts 60 days with an SME and refuses 61, naming the field', () => {
    expect(checkMilestoneTerms(relative(60), '2025-07-01', 'MICRO')[0]!.termDays).toBe(60);
    const e = refusal(() => checkMilestoneTerms(relative(61), '2025-07-01', 'MEDIUM'));
    expect(e?.message).toMatch(/at most 60 days/);
    expect(JSON.stringify(e)).toMatch(/SME_PAYMENT_TERM_TOO_LONG/);
    expect(JSON.stringify(e)).toMatch(/milestones\.0\.termDays/);
  });
  it('leaves a large or undeclared supplier’s term to the contract', () => {
    expect(checkMilestoneTerms(relative(90), '2025-07-01', 'LARGE')[0]!.termDays).toBe(90);
    expect(checkMilestoneTerms(relative(90), '2025-07-01', 'UNKNOWN')[0]!.termDays).toBe(90);
  });
  it('keeps fixed dates as before and refuses a date with a relative basis', () => {
    expect(checkMilestoneTerms([{ amount: '1.00', dueDate: '2025-08-01' }], '2025-07-01', 'SMALL')[0]).toEqual({
      dueDate: '2025-08-01',
      dueBasis: 'FIXED_DATE',
      termDays: null,
      amount: 100n,
    });
    expect(JSON.stringify(refusal(() => checkMilestoneTerms([{ amount: '1.00' }], '2025-07-01', 'SMALL')))).toMatch(
      /REQUIRED/,
    );
    const both = [{ amount: '1.00', dueDate: '2025-08-01', dueBasis: 'DELIVERY' as const }];
    expect(JSON.stringify(refusal(() => checkMilestoneTerms(both, '2025-07-01', 'SMALL')))).toMatch(/INVALID_VALUE/);
  });
});

describe('agreed late rate (条例第十七条)', () => {
  it('needs no LPR when no rate is agreed', () => {
    expect(checkLateRate(undefined, '2030-01-01', BUILT_IN_LPR)).toEqual({ lateRateBp: null, lprBp: null });
  });
  it('accepts a rate equal to the LPR at signing and refuses one basis point below', () => {
    expect(checkLateRate('3.00', '2025-06-01', BUILT_IN_LPR)).toEqual({ lateRateBp: 300, lprBp: 300 });
    const e = refusal(() => checkLateRate('2.99', '2025-06-01', BUILT_IN_LPR));
    expect(JSON.stringify(e)).toMatch(/LATE_RATE_BELOW_LPR/);
    expect(JSON.stringify(e)).toMatch(/lateRatePercent/);
  });
  it('checks against the LPR of the signing date, not today’s', () => {
    expect(checkLateRate('3.10', '2024-10-21', BUILT_IN_LPR)).toEqual({ lateRateBp: 310, lprBp: 310 });
    expect(JSON.stringify(refusal(() => checkLateRate('3.10', '2024-10-20', BUILT_IN_LPR)))).toMatch(
      /LATE_RATE_BELOW_LPR/,
    );
  });
  it('refuses an agreed rate for a signing date past the LPR table', () => {
    expect(JSON.stringify(refusal(() => checkLateRate('5.00', '2026-01-05', BUILT_IN_LPR)))).toMatch(/LPR_NOT_KNOWN/);
  });
});

describe('the acceptance period of an SME paid on acceptance (条例第十条)', () => {
  const onAcceptance = [{ dueBasis: 'FIXED_DATE' as const }, { dueBasis: 'ACCEPTANCE' as const }];
  it('refuses an SME paid on acceptance without an agreed period, naming the field', () => {
    for (const size of ['MEDIUM', 'SMALL', 'MICRO'] as const) {
      const e = refusal(() => checkAcceptancePeriod(onAcceptance, size, undefined));
      expect(JSON.stringify(e)).toMatch(/SME_ACCEPTANCE_PERIOD_REQUIRED/);
      expect(JSON.stringify(e)).toMatch(/acceptancePeriodDays/);
    }
  });
  it('keeps an agreed period, and needs none from a large or undeclared supplier or without acceptance terms', () => {
    expect(checkAcceptancePeriod(onAcceptance, 'SMALL', 15)).toBe(15);
    expect(checkAcceptancePeriod(onAcceptance, 'LARGE', undefined)).toBeNull();
    expect(checkAcceptancePeriod(onAcceptance, 'UNKNOWN', null)).toBeNull();
    expect(checkAcceptancePeriod([{ dueBasis: 'DELIVERY' }], 'SMALL', undefined)).toBeNull();
    expect(checkAcceptancePeriod(onAcceptance, 'LARGE', 20)).toBe(20);
  });
});
