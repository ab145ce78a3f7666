// WarningKind: what each value is called in each locale (pure data).
import type { Label } from './label';

export type WarningKind =
  | 'OBJECTION_OVERDUE'
  | 'REPAIR_OVERDUE'
  | 'PAYMENT_OVERDUE'
  | 'COMMITMENT_OVERDUE'
  | 'COMMITMENT_BREACHED'
  | 'COVERAGE_BELOW_TARGET'
  | 'PPP_CAP_NEAR'
  | 'PPP_CAP_EXCEEDED'
  | 'DEBT_ORANGE'
  | 'DEBT_RED'
  | 'RED_WITHOUT_PLAN'
  | 'EMERGENCY_PLAN_MISSING'
  | 'DEFAULT_WITHOUT_INCIDENT'
  | 'CASE_OVERDUE'
  | 'JUDGMENT_UNFULFILLED'
  | 'COURT_APPEARANCE_LOW'
  | 'RECTIFICATION_OVERDUE'
  | 'TASK_REPORT_OVERDUE'
  | 'CALENDAR_MISSING'
  | 'DELIVERY_STUCK';

export const WARNING_KIND: Record<WarningKind, Label> = {
  OBJECTION_OVERDUE: { 'zh-CN': '异议逾期未处理', 'en-US': 'Objection overdue' },
  REPAIR_OVERDUE: { 'zh-CN': '信用修复逾期未决定', 'en-US': 'Repair decision overdue' },
  PAYMENT_OVERDUE: { 'zh-CN': '拖欠企业账款', 'en-US': 'Supplier payments overdue' },
  COMMITMENT_OVERDUE: { 'zh-CN': '承诺逾期未兑现', 'en-US': 'Commitments overdue' },
  COMMITMENT_BREACHED: { 'zh-CN': '承诺违约', 'en-US': 'Commitments breached' },
  COVERAGE_BELOW_TARGET: { 'zh-CN': '诚信档案覆盖率未达标', 'en-US': 'Credit-file coverage below target' },
  PPP_CAP_NEAR: { 'zh-CN': 'PPP支出达到7%预警线', 'en-US': 'PPP spending at the 7% warning line' },
  PPP_CAP_EXCEEDED: { 'zh-CN': 'PPP支出超过10%红线', 'en-US': 'PPP spending above the 10% cap' },
  DEBT_ORANGE: { 'zh-CN': '债务风险橙色', 'en-US': 'Debt risk orange' },
  DEBT_RED: { 'zh-CN': '债务风险红色', 'en-US': 'Debt risk red' },
  RED_WITHOUT_PLAN: { 'zh-CN': '红色风险未制定应急预案', 'en-US': 'Red risk without an emergency plan' },
  EMERGENCY_PLAN_MISSING: { 'zh-CN': '未制定债务风险应急处置预案', 'en-US': 'No debt-risk emergency plan' },
  DEFAULT_WITHOUT_INCIDENT: { 'zh-CN': '债务违约未作风险事件处置', 'en-US': 'Default without an incident' },
  CASE_OVERDUE: { 'zh-CN': '案件逾期未办结', 'en-US': 'Case overdue' },
  JUDGMENT_UNFULFILLED: { 'zh-CN': '生效判决未履行', 'en-US': 'Judgment unfulfilled' },
  COURT_APPEARANCE_LOW: { 'zh-CN': '负责人出庭应诉率未达100%', 'en-US': 'Head’s court appearance below 100%' },
  RECTIFICATION_OVERDUE: { 'zh-CN': '逾期未整改', 'en-US': 'Rectification overdue' },
  TASK_REPORT_OVERDUE: { 'zh-CN': '任务进展逾期未报', 'en-US': 'Task report overdue' },
  CALENDAR_MISSING: { 'zh-CN': '下一年度工作日历未载入', 'en-US': 'Next year’s calendar not loaded' },
  DELIVERY_STUCK: { 'zh-CN': '跨领域数据传递受阻', 'en-US': 'Cross-domain delivery blocked' },
};
