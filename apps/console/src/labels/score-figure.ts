// The figures the integrity score reads (supervision's SCORE_FIGURES): what a deduction's figure is called.
// Indicator names are data a supervisor may change; the figure they read is not, so deductions are labelled by it.
import type { Label } from './label';

export const SCORE_FIGURE: Readonly<Record<string, Label>> = {
  creditFileCoverage: { 'zh-CN': '公务员信用档案覆盖率', 'en-US': 'Credit-file coverage' },
  activeDishonestyRecordCount: { 'zh-CN': '有效政务失信记录（条）', 'en-US': 'Active dishonesty records' },
  activeSeriousRecordCount: { 'zh-CN': '其中严重失信记录（条）', 'en-US': 'Of which serious' },
  overduePaymentCount: { 'zh-CN': '逾期未付中小企业款项（笔）', 'en-US': 'Overdue supplier payments' },
  overduePaymentAmount: { 'zh-CN': '逾期未付款项金额（元）', 'en-US': 'Overdue payment amount (CNY)' },
  breachCount: { 'zh-CN': '政府采购违约（累计次数）', 'en-US': 'Procurement breaches (all time)' },
  activeProcurementBreachRecordCount: {
    'zh-CN': '有效期内的政府采购违约记录（条）',
    'en-US': 'Procurement breach records in force',
  },
  overdueCommitmentCount: { 'zh-CN': '逾期未兑现招商承诺（项）', 'en-US': 'Overdue commitments' },
  breachedCommitmentCount: { 'zh-CN': '违约招商承诺（项）', 'en-US': 'Breached commitments' },
  commitmentFulfilmentRate: { 'zh-CN': '招商承诺兑现率', 'en-US': 'Commitment fulfilment rate' },
  overdueCaseCount: { 'zh-CN': '逾期未办结投诉、信访、建议提案（件）', 'en-US': 'Overdue cases' },
  unfulfilledJudgmentCount: { 'zh-CN': '逾期未履行生效判决（件）', 'en-US': 'Unfulfilled judgments' },
  courtAppearanceRate: { 'zh-CN': '行政机关负责人出庭应诉率', 'en-US': 'Head’s court appearance rate' },
  overdueRectificationCount: { 'zh-CN': '逾期未完成整改（项）', 'en-US': 'Overdue rectification orders' },
  overdueObjectionCount: { 'zh-CN': '逾期未办结信用异议（件）', 'en-US': 'Overdue credit objections' },
  townDebtRiskBand: { 'zh-CN': '本镇政府债务风险等级', 'en-US': 'Town debt risk band' },
  townArrearsPlanMissed: { 'zh-CN': '未完成上年度拖欠款项化解计划', 'en-US': 'Missed last year’s arrears plan' },
  overdueTaskReportCount: { 'zh-CN': '逾期未报送任务进展（项）', 'en-US': 'Overdue task reports' },
};

/** Figures that are ratios (0–1), shown as percentages. */
export const RATIO_FIGURES: ReadonlySet<string> = new Set([
  'creditFileCoverage',
  'commitmentFulfilmentRate',
  'courtAppearanceRate',
]);

/** What the arrears-plan figure's value 1 means, as a deduction shows it. */
export const PLAN_MISSED: Record<'MISSED', Label> = {
  MISSED: { 'zh-CN': '未完成', 'en-US': 'Missed' },
};
