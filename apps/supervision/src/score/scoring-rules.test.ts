import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RULES,
  deductionFor,
  gradeOf,
  invalidRules,
  scoreOf,
  type Figures,
  type IndicatorRule,
} from './scoring-rules.js';

const clean: Figures = {
  creditFileCoverage: 1,
  activeDishonestyRecordCount: 0,
  activeSeriousRecordCount: 0,
  overdueObjectionCount: 0,
  overduePaymentCount: 0,
  overduePaymentAmount: 0,
  breachCount: 0,
  activeProcurementBreachRecordCount: 0,
  overdueCommitmentCount: 0,
  breachedCommitmentCount: 0,
  commitmentFulfilmentRate: null,
  overdueCaseCount: 0,
  unfulfilledJudgmentCount: 0,
  courtAppearanceRate: null,
  overdueRectificationCount: 0,
  overdueTaskReportCount: 0,
  townDebtRiskBand: null,
  townArrearsPlanMissed: null,
};
const rule = (indicator: string) => DEFAULT_RULES.indicators.find((r) => r.indicator === indicator)!;

describe('the integrity score', () => {
  it('is 100 and grade A with nothing to deduct', () => {
    expect(scoreOf(DEFAULT_RULES, clean)).toEqual({ score: 100, grade: 'A', deductions: [] });
  });

  it('deducts 2 points per overdue objection for the department that must answer them, at most 10', () => {
    const objections = rule('OVERDUE_OBJECTIONS');
    expect(deductionFor(objections, 0)).toBeNull();
    expect(deductionFor(objections, 1)!.points).toBe(2);
    expect(deductionFor(objections, 5)!.points).toBe(10);
    expect(deductionFor(objections, 6)!.points).toBe(10);
  });

  it('deducts nothing at a target and half a point per percentage point below it', () => {
    const coverage = rule('CREDIT_FILE_COVERAGE');
    expect(deductionFor(coverage, 1)).toBeNull();
    expect(deductionFor(coverage, 0.99)!.points).toBe(0.5);
    expect(deductionFor(coverage, 0.9)!.points).toBe(5);
    expect(deductionFor(coverage, 0.5)).toMatchObject({ points: 10, reason: expect.stringContaining('capped at 10') });
    const rate = rule('COMMITMENT_FULFILMENT_RATE');
    expect(deductionFor(rate, 0.9)).toBeNull();
    // 0.01 percentage point below → 0.005 points, kept in hundredths: 0.01
    expect(deductionFor(rate, 0.8999)!.points).toBe(0.01);
    expect(deductionFor(rate, null)).toBeNull();
  });

  it('counts per unit and per amount, up to the cap', () => {
    expect(deductionFor(rule('OVERDUE_PAYMENTS'), 1)!.points).toBe(2);
    expect(deductionFor(rule('OVERDUE_PAYMENTS'), 5)!.points).toBe(10);
    expect(deductionFor(rule('OVERDUE_PAYMENTS'), 6)!.points).toBe(10);
    const amount = rule('OVERDUE_PAYMENT_AMOUNT');
    expect(deductionFor(amount, 99999.99)).toBeNull();
    expect(deductionFor(amount, 100000)!.points).toBe(1);
    expect(deductionFor(amount, 250000)).toMatchObject({ points: 2, reason: '250000 is 2 × 100000' });
    expect(deductionFor(rule('ACTIVE_DISHONESTY_RECORDS'), 7)!.points).toBe(30);
    // a SERIOUS record weighs 5 more, up to 20: 4 reach the cap, 5 stay at it
    expect([1, 4, 5].map((n) => deductionFor(rule('ACTIVE_SERIOUS_RECORDS'), n)!.points)).toEqual([5, 20, 20]);
  });

  it('deducts for supervision’s own figures on their boundaries: overdue orders 3 each up to 15, overdue reports 1 each up to 10', () => {
    const orders = rule('OVERDUE_RECTIFICATIONS');
    expect(deductionFor(orders, 0)).toBeNull();
    expect([1, 5, 6].map((n) => deductionFor(orders, n)!.points)).toEqual([3, 15, 15]);
    const reports = rule('OVERDUE_TASK_REPORTS');
    expect(deductionFor(reports, 0)).toBeNull();
    expect([1, 10, 11].map((n) => deductionFor(reports, n)!.points)).toEqual([1, 10, 10]);
    expect(scoreOf(DEFAULT_RULES, { ...clean, overdueRectificationCount: 1, overdueTaskReportCount: 2 })).toMatchObject(
      {
        score: 95,
        grade: 'A',
      },
    );
  });

  it('deducts 5 from a town government that missed last year’s arrears plan, nothing when met or unknown', () => {
    const arrears = rule('TOWN_ARREARS_PLAN_MISSED');
    expect(deductionFor(arrears, null)).toBeNull();
    expect(deductionFor(arrears, 0)).toBeNull();
    expect(deductionFor(arrears, 1)!.points).toBe(5);
    // towns are not rated any more: the debt band is no default indicator
    expect(DEFAULT_RULES.indicators.some((r) => r.figure === 'townDebtRiskBand')).toBe(false);
  });

  it('grades on the band boundaries: 90 A, 89.99 B, 75 B, 74.99 C, 60 C, 59.99 D', () => {
    const g = DEFAULT_RULES.grades;
    expect([90, 89.99, 75, 74.99, 60, 59.99].map((s) => gradeOf(s, g))).toEqual(['A', 'B', 'B', 'C', 'C', 'D']);
  });

  it('adds deductions exactly and never goes below 0', () => {
    const result = scoreOf(DEFAULT_RULES, {
      ...clean,
      creditFileCoverage: 0.97,
      overduePaymentCount: 2,
      // breaches ever recorded no longer deduct; those whose credit record is in force do
      breachCount: 7,
      activeProcurementBreachRecordCount: 1,
    });
    expect(result.deductions.map((d) => [d.indicator, d.points])).toEqual([
      ['CREDIT_FILE_COVERAGE', 1.5],
      ['OVERDUE_PAYMENTS', 4],
      ['PROCUREMENT_BREACHES', 5],
    ]);
    expect(result).toMatchObject({ score: 89.5, grade: 'B' });
    const worst = scoreOf(DEFAULT_RULES, {
      creditFileCoverage: 0,
      activeDishonestyRecordCount: 99,
      activeSeriousRecordCount: 99,
      overdueObjectionCount: 99,
      overduePaymentCount: 99,
      overduePaymentAmount: 1e9,
      breachCount: 99,
      activeProcurementBreachRecordCount: 99,
      overdueCommitmentCount: 99,
      breachedCommitmentCount: 99,
      commitmentFulfilmentRate: 0,
      overdueCaseCount: 99,
      unfulfilledJudgmentCount: 99,
      courtAppearanceRate: 0,
      overdueRectificationCount: 99,
      overdueTaskReportCount: 99,
      townDebtRiskBand: 3,
      townArrearsPlanMissed: 1,
    });
    expect(worst).toMatchObject({ score: 0, grade: 'D' });
  });

  it('deducts for casework: overdue cases, unfulfilled judgments, the head absent from court', () => {
    const result = scoreOf(DEFAULT_RULES, {
      ...clean,
      overdueCaseCount: 3,
      unfulfilledJudgmentCount: 1,
      courtAppearanceRate: 0.75,
    });
    expect(result.deductions.map((d) => [d.indicator, d.points])).toEqual([
      ['OVERDUE_CASES', 3],
      ['UNFULFILLED_JUDGMENTS', 5],
      ['COURT_APPEARANCE_RATE', 2.5],
    ]);
    // no hearing this year: no rate, nothing to deduct; every hearing attended: nothing either
    expect(scoreOf(DEFAULT_RULES, { ...clean, courtAppearanceRate: 1 }).deductions).toEqual([]);
    expect(scoreOf(DEFAULT_RULES, { ...clean, overdueCaseCount: 40 }).deductions[0]!.points).toBe(10);
  });

  it('refuses rule sets that cannot be applied, naming the field', () => {
    expect(invalidRules(DEFAULT_RULES)).toBeNull();
    // the band out of order is named, so the form marks it
    expect(invalidRules({ ...DEFAULT_RULES, grades: { A: 75, B: 90, C: 60 } })).toEqual({
      field: 'grades.B',
      reason: 'GRADE_BANDS_NOT_DESCENDING',
    });
    expect(invalidRules({ ...DEFAULT_RULES, grades: { A: 90, B: 75, C: 75 } })).toMatchObject({ field: 'grades.C' });
    expect(invalidRules({ ...DEFAULT_RULES, grades: { A: 101, B: 75, C: 60 } })).toMatchObject({ field: 'grades.A' });
    const bad: IndicatorRule = { ...rule('OVERDUE_PAYMENTS'), figure: 'nothing' as never };
    expect(invalidRules({ ...DEFAULT_RULES, indicators: [bad] })).toEqual({
      field: 'indicators.0.figure',
      reason: 'UNKNOWN_FIGURE',
    });
    const twice = [rule('OVERDUE_PAYMENTS'), rule('OVERDUE_PAYMENTS')];
    expect(invalidRules({ ...DEFAULT_RULES, indicators: twice })).toEqual({
      field: 'indicators.1.indicator',
      reason: 'INDICATOR_NAME',
    });
  });
});
