// MilestoneStatus: what each value is called in each locale (pure data).
import type { Label } from './label';

export type MilestoneStatus = 'SCHEDULED' | 'PARTIALLY_PAID' | 'PAID' | 'OVERDUE';

export const MILESTONE_STATUS: Record<MilestoneStatus, Label> = {
  SCHEDULED: { 'zh-CN': '未到期', 'en-US': 'Scheduled' },
  PARTIALLY_PAID: { 'zh-CN': '部分支付', 'en-US': 'Partly paid' },
  PAID: { 'zh-CN': '已支付', 'en-US': 'Paid' },
  OVERDUE: { 'zh-CN': '逾期未付', 'en-US': 'Overdue' },
};
