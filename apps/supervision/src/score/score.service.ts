import { RISK_LEVELS } from '@integrity/rules';
import type { RequestContext } from '@integrity/subgraph-kit';
import type { Department } from '../department/department.type.js';
import { overdueReportCounts } from '../ledger/overdue-reports.js';
import { overdueRectificationCounts } from '../rectification/overdue-count.loader.js';
import { coverageJudged } from '../warning/warning-kinds.js';
import { currentRules } from './rules.service.js';
import { scoreOf, type Figures, type ScoreFigure } from './scoring-rules.js';

/** Which subgraph owns each figure: where the console drills down from a deduction. */
const OWNER: Record<ScoreFigure, string> = {
  creditFileCoverage: 'credit',
  activeDishonestyRecordCount: 'credit',
  activeSeriousRecordCount: 'credit',
  overdueObjectionCount: 'credit',
  overduePaymentCount: 'procurement',
  overduePaymentAmount: 'procurement',
  breachCount: 'procurement',
  activeProcurementBreachRecordCount: 'credit',
  overdueCommitmentCount: 'investment',
  breachedCommitmentCount: 'investment',
  commitmentFulfilmentRate: 'investment',
  overdueCaseCount: 'casework',
  unfulfilledJudgmentCount: 'casework',
  courtAppearanceRate: 'casework',
  overdueRectificationCount: 'supervision',
  overdueTaskReportCount: 'supervision',
  townDebtRiskBand: 'debt',
  townArrearsPlanMissed: 'debt',
};

/** Supervision's own figures of a department, loaded for every department of the request at once. */
interface OwnFigures {
  overdueRectificationCount: number;
  overdueTaskReportCount: number;
}

async function ownFigures(ctx: RequestContext, departmentId: string): Promise<OwnFigures> {
  const [overdueRectificationCount, overdueTaskReportCount] = await Promise.all([
    overdueRectificationCounts(ctx).load(departmentId),
    overdueReportCounts(ctx).load(departmentId),
  ]);
  return { overdueRectificationCount, overdueTaskReportCount };
}

const num = (v: number | string | null | undefined): number | null =>
  v === null || v === undefined ? null : Number(v);

export function figuresOf(d: Department, own: OwnFigures): Figures {
  return {
    ...own,
    // a department with no civil servants has no files to keep: credit's coverage reads 0 there, no shortfall
    creditFileCoverage: coverageJudged(d.civilServantCount) ? num(d.creditFileCoverage) : null,
    activeDishonestyRecordCount: num(d.activeDishonestyRecordCount),
    activeSeriousRecordCount: num(d.activeSeriousRecordCount),
    overdueObjectionCount: num(d.overdueObjectionCount),
    overduePaymentCount: num(d.overduePaymentCount),
    overduePaymentAmount: num(d.overduePaymentAmount),
    breachCount: num(d.breachCount),
    activeProcurementBreachRecordCount: num(d.activeProcurementBreachRecordCount),
    overdueCommitmentCount: num(d.overdueCommitmentCount),
    breachedCommitmentCount: num(d.breachedCommitmentCount),
    commitmentFulfilmentRate: num(d.commitmentFulfilmentRate),
    overdueCaseCount: num(d.overdueCaseCount),
    unfulfilledJudgmentCount: num(d.unfulfilledJudgmentCount),
    courtAppearanceRate: num(d.courtAppearanceRate),
    townDebtRiskBand:
      // a town government's debt band this year as a number: its place in the shared RISK_LEVELS (GREEN 0 … RED 3)
      d.kind === 'TOWN_GOVERNMENT' && d.regionDebtRiskLevel ? RISK_LEVELS.indexOf(d.regionDebtRiskLevel) : null,
    // a town government that missed last year's arrears plan: 1 (null when the town had no plan)
    townArrearsPlanMissed:
      d.kind === 'TOWN_GOVERNMENT' && typeof d.regionArrearsPlanMissed === 'boolean'
        ? Number(d.regionArrearsPlanMissed)
        : null,
  };
}

export async function scoreDepartment(ctx: RequestContext, d: Department) {
  const [{ version, rules }, own] = await Promise.all([currentRules(ctx), ownFigures(ctx, d.id)]);
  const result = scoreOf(rules, figuresOf(d, own));
  return {
    score: result.score,
    grade: result.grade,
    ruleVersion: version,
    deductions: result.deductions.map((x) => ({ ...x, basis: x.source, source: OWNER[x.figure] })),
  };
}
