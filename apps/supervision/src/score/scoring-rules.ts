// The integrity score's rules as data: which figure each indicator reads, how many points it deducts, the
// cap, and where the rule comes from. A supervisor publishes a new version with a note; every score names
// the version it used. Pure: the same rules and figures always give the same score.

/**
 * The figures a department's score reads: a `Department` field of another subgraph (via @requires), or one of
 * supervision's own (OWN_FIGURES, from its own tables).
 */
export const SCORE_FIGURES = [
  'creditFileCoverage',
  'activeDishonestyRecordCount',
  'activeSeriousRecordCount',
  'overdueObjectionCount',
  'overduePaymentCount',
  'overduePaymentAmount',
  'breachCount',
  'activeProcurementBreachRecordCount',
  'overdueCommitmentCount',
  'breachedCommitmentCount',
  'commitmentFulfilmentRate',
  'overdueCaseCount',
  'unfulfilledJudgmentCount',
  'courtAppearanceRate',
  'overdueRectificationCount',
  'overdueTaskReportCount',
  'townDebtRiskBand',
  'townArrearsPlanMissed',
] as const;
/** The figures supervision keeps itself: rectification orders gone overdue, task reports not filed in time. */
export const OWN_FIGURES = ['overdueRectificationCount', 'overdueTaskReportCount'] as const;
export type ScoreFigure = (typeof SCORE_FIGURES)[number];
export type Figures = Record<ScoreFigure, number | null>;

export interface IndicatorRule {
  /** Stable name, e.g. OVERDUE_PAYMENTS. */
  indicator: string;
  figure: ScoreFigure;
  /**
   * PER_UNIT: `points` for every `per` of the figure (a count: per 1; an amount in CNY: per 100000).
   * BELOW_TARGET: `points` for every percentage point the ratio lies below `target` (0–1).
   */
  kind: 'PER_UNIT' | 'BELOW_TARGET';
  points: number;
  per?: number;
  target?: number;
  /** Most points this indicator may deduct. */
  cap: number;
  /** Where the rule comes from (plan clause or regulation). */
  source: string;
}

export interface ScoringRules {
  indicators: IndicatorRule[];
  /** Lowest score of each grade; below C is D. */
  grades: { A: number; B: number; C: number };
}

export const GRADES = ['A', 'B', 'C', 'D'] as const;
export type Grade = (typeof GRADES)[number];

/** Version 1, seeded: the plan's duties turned into deductions from 100. */
export const DEFAULT_RULES: ScoringRules = {
  grades: { A: 90, B: 75, C: 60 },
  indicators: [
    {
      indicator: 'CREDIT_FILE_COVERAGE',
      figure: 'creditFileCoverage',
      kind: 'BELOW_TARGET',
      target: 1,
      points: 0.5,
      cap: 10,
      source: '饶府〔2018〕35号 二.3：公务员信用档案覆盖率达到100%',
    },
    {
      indicator: 'ACTIVE_DISHONESTY_RECORDS',
      figure: 'activeDishonestyRecordCount',
      kind: 'PER_UNIT',
      per: 1,
      points: 5,
      cap: 30,
      source: '饶府〔2018〕35号 二.3、二.5：政务失信记录',
    },
    {
      indicator: 'ACTIVE_SERIOUS_RECORDS',
      figure: 'activeSeriousRecordCount',
      kind: 'PER_UNIT',
      per: 1,
      points: 5,
      cap: 20,
      source: '饶府〔2018〕35号 二.（五）：严重失信记录，在政务失信记录扣分之外加扣',
    },
    {
      // credit answers it only for the department that accepts and decides objections (county-wide CREDIT)
      indicator: 'OVERDUE_OBJECTIONS',
      figure: 'overdueObjectionCount',
      kind: 'PER_UNIT',
      per: 1,
      points: 2,
      cap: 10,
      source: '饶府〔2018〕35号 二.（六）：信用信息异议处理；受理2个工作日、决定10个工作日',
    },
    {
      indicator: 'OVERDUE_PAYMENTS',
      figure: 'overduePaymentCount',
      kind: 'PER_UNIT',
      per: 1,
      points: 2,
      cap: 10,
      source: '饶府〔2018〕35号 三.2；《保障中小企业款项支付条例》',
    },
    {
      indicator: 'OVERDUE_PAYMENT_AMOUNT',
      figure: 'overduePaymentAmount',
      kind: 'PER_UNIT',
      per: 100000,
      points: 1,
      cap: 10,
      source: '饶府〔2018〕35号 三.2：拖欠账款',
    },
    {
      // the breaches whose credit records are active: a breach stops deducting when its record's period ends or
      // it is repaired or removed on objection, as it stops barring honours (breachCount counts every one ever)
      indicator: 'PROCUREMENT_BREACHES',
      figure: 'activeProcurementBreachRecordCount',
      kind: 'PER_UNIT',
      per: 1,
      points: 5,
      cap: 15,
      source: '饶府〔2018〕35号 三.2–三.4：违约失信',
    },
    {
      indicator: 'OVERDUE_COMMITMENTS',
      figure: 'overdueCommitmentCount',
      kind: 'PER_UNIT',
      per: 1,
      points: 2,
      cap: 10,
      source: '饶府〔2018〕35号 三.6：兑现承诺',
    },
    {
      indicator: 'BREACHED_COMMITMENTS',
      figure: 'breachedCommitmentCount',
      kind: 'PER_UNIT',
      per: 1,
      points: 5,
      cap: 15,
      source: '饶府〔2018〕35号 三.6：履行合同协议',
    },
    {
      indicator: 'COMMITMENT_FULFILMENT_RATE',
      figure: 'commitmentFulfilmentRate',
      kind: 'BELOW_TARGET',
      target: 0.9,
      points: 0.5,
      cap: 10,
      source: '饶府〔2018〕35号 三.6：兑现承诺情况作为考核评价内容',
    },
    {
      indicator: 'OVERDUE_CASES',
      figure: 'overdueCaseCount',
      kind: 'PER_UNIT',
      per: 1,
      points: 1,
      cap: 10,
      source: '饶府〔2018〕35号 一.（二）、一.（四）、二.（六）：建议提案、投诉举报按期办理答复',
    },
    {
      indicator: 'UNFULFILLED_JUDGMENTS',
      figure: 'unfulfilledJudgmentCount',
      kind: 'PER_UNIT',
      per: 1,
      points: 5,
      cap: 15,
      source: '饶府〔2018〕35号 一.（三）：认真履行法院生效判决',
    },
    {
      indicator: 'COURT_APPEARANCE_RATE',
      figure: 'courtAppearanceRate',
      kind: 'BELOW_TARGET',
      target: 1,
      points: 0.1,
      cap: 5,
      source: '饶府〔2018〕35号 一.（三）；法释〔2020〕3号：行政机关负责人出庭应诉',
    },
    {
      indicator: 'OVERDUE_RECTIFICATIONS',
      figure: 'overdueRectificationCount',
      kind: 'PER_UNIT',
      per: 1,
      points: 3,
      cap: 15,
      source: '饶府〔2018〕35号 三.8：对未按时完成整改的单位依法依规进行处理',
    },
    {
      indicator: 'OVERDUE_TASK_REPORTS',
      figure: 'overdueTaskReportCount',
      kind: 'PER_UNIT',
      per: 1,
      points: 1,
      cap: 10,
      source: '饶府〔2018〕35号 四.1：建立任务台账，及时总结政务诚信建设情况',
    },
    // towns do not borrow and are not rated (预算法 art. 35): a town answers for its arrears plan instead of a debt
    // band; TOWN_DEBT_RISK (figure townDebtRiskBand) stays readable for rule versions published before
    {
      indicator: 'TOWN_ARREARS_PLAN_MISSED',
      figure: 'townArrearsPlanMissed',
      kind: 'PER_UNIT',
      per: 1,
      points: 5,
      cap: 5,
      source: '饶府〔2018〕35号 三.（七）；中发〔2018〕27号：未完成上年度拖欠款项化解计划的乡镇扣5分',
    },
  ],
};

export interface Deduction {
  indicator: string;
  figure: ScoreFigure;
  value: number;
  points: number;
  reason: string;
  source: string;
}

export interface ScoreResult {
  score: number;
  grade: Grade;
  deductions: Deduction[];
}

// Points are kept in hundredths so that 0.5 per point below a target adds up exactly.
const hundredths = (n: number) => Math.round(n * 100);

export function deductionFor(rule: IndicatorRule, value: number | null): Deduction | null {
  if (value === null || value === undefined) return null; // nothing due yet: no deduction
  let raw: number;
  let reason: string;
  if (rule.kind === 'BELOW_TARGET') {
    const target = rule.target ?? 1;
    const pointsBelow = Math.max(0, Math.round((target - value) * 10000) / 100); // percentage points, 2 decimals
    if (pointsBelow <= 0) return null;
    raw = hundredths(pointsBelow * rule.points);
    reason = `${(value * 100).toFixed(2)}% is ${pointsBelow.toFixed(2)} points below the target ${(target * 100).toFixed(0)}%`;
  } else {
    const units = Math.floor(value / (rule.per ?? 1));
    if (units <= 0) return null;
    raw = hundredths(units * rule.points);
    reason = rule.per && rule.per !== 1 ? `${value} is ${units} × ${rule.per}` : `${value}`;
  }
  const capped = Math.min(raw, hundredths(rule.cap));
  if (capped <= 0) return null;
  return {
    indicator: rule.indicator,
    figure: rule.figure,
    value,
    points: capped / 100,
    reason: capped < raw ? `${reason}; capped at ${rule.cap}` : reason,
    source: rule.source,
  };
}

export function gradeOf(score: number, grades: ScoringRules['grades']): Grade {
  if (score >= grades.A) return 'A';
  if (score >= grades.B) return 'B';
  if (score >= grades.C) return 'C';
  return 'D';
}

/** 100 less every deduction, never below 0, with its grade. */
export function scoreOf(rules: ScoringRules, figures: Figures): ScoreResult {
  const deductions = rules.indicators
    .map((r) => deductionFor(r, figures[r.figure]))
    .filter((d): d is Deduction => d !== null);
  const total = deductions.reduce((sum, d) => sum + hundredths(d.points), 0);
  const score = Math.max(0, 10000 - total) / 100;
  return { score, grade: gradeOf(score, rules.grades), deductions };
}

/** Why a rule set cannot be published, or null: the field at fault (the band out of order) and the reason. */
export function invalidRules(rules: ScoringRules): {
  field: string;
  reason: 'GRADE_BANDS_NOT_DESCENDING' | 'INDICATOR_NAME' | 'UNKNOWN_FIGURE' | 'OUT_OF_RANGE' | 'REQUIRED';
} | null {
  const { A, B, C } = rules.grades;
  if (!(A > B && B > C && C > 0 && A <= 100))
    return {
      field: !(A <= 100) ? 'grades.A' : !(A > B) ? 'grades.B' : 'grades.C',
      reason: 'GRADE_BANDS_NOT_DESCENDING',
    };
  const seen = new Set<string>();
  for (const [i, r] of rules.indicators.entries()) {
    if (!/^[A-Z][A-Z0-9_]{1,63}$/.test(r.indicator) || seen.has(r.indicator))
      return { field: `indicators.${i}.indicator`, reason: 'INDICATOR_NAME' };
    seen.add(r.indicator);
    if (!(SCORE_FIGURES as readonly string[]).includes(r.figure))
      return { field: `indicators.${i}.figure`, reason: 'UNKNOWN_FIGURE' };
    if (!(r.points > 0 && r.points <= 100)) return { field: `indicators.${i}.points`, reason: 'OUT_OF_RANGE' };
    if (!(r.cap > 0 && r.cap <= 100)) return { field: `indicators.${i}.cap`, reason: 'OUT_OF_RANGE' };
    if (r.kind === 'BELOW_TARGET' && !(r.target !== undefined && r.target > 0 && r.target <= 1))
      return { field: `indicators.${i}.target`, reason: 'OUT_OF_RANGE' };
    if (r.kind === 'PER_UNIT' && !(r.per !== undefined && r.per >= 1))
      return { field: `indicators.${i}.per`, reason: 'OUT_OF_RANGE' };
    if (!r.source.trim()) return { field: `indicators.${i}.source`, reason: 'REQUIRED' };
  }
  return null;
}
