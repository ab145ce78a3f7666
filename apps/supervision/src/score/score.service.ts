import type { RequestContext } from '@integrity/subgraph-kit';
import type { Department } from '../department/department.type.js';
import { currentRules } from './rules.service.js';
import { scoreOf, type Figures, type ScoreFigure } from './scoring-rules.js';

/** Which subgraph owns each figure: where the console drills down from a deduction. */
const OWNER: Record<ScoreFigure, string> = {
  creditFileCoverage: 'credit',
  activeDishonestyRecordCount: 'credit',
  overduePaymentCount: 'procurement',
  overduePaymentAmount: 'procurement',
  breachCount: 'procurement',
  overdueCommitmentCount: 'investment',
  breachedCommitmentCount: 'investment',
  commitmentFulfilmentRate: 'investment',
};

const num = (v: number | string | null | undefined): number | null =>
  v === null || v === undefined ? null : Number(v);

export function figuresOf(d: Department): Figures {
  return {
    creditFileCoverage: num(d.creditFileCoverage),
    activeDishonestyRecordCount: num(d.activeDishonestyRecordCount),
    overduePaymentCount: num(d.overduePaymentCount),
    overduePaymentAmount: num(d.overduePaymentAmount),
    breachCount: num(d.breachCount),
    overdueCommitmentCount: num(d.overdueCommitmentCount),
    breachedCommitmentCount: num(d.breachedCommitmentCount),
    commitmentFulfilmentRate: num(d.commitmentFulfilmentRate),
  };
}

export async function scoreDepartment(ctx: RequestContext, d: Department) {
  const { version, rules } = await currentRules(ctx);
  const result = scoreOf(rules, figuresOf(d));
  return {
    score: result.score,
    grade: result.grade,
    ruleVersion: version,
    deductions: result.deductions.map((x) => ({ ...x, basis: x.source, source: OWNER[x.figure] })),
  };
}
