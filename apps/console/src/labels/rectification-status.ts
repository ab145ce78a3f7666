// RectificationStatus: what each value is called in each locale (pure data).
import type { Label } from './label';

export type RectificationStatus = 'ORDERED' | 'REPORTED' | 'ACCEPTED' | 'RETURNED' | 'OVERDUE';

export const RECTIFICATION_STATUS: Record<RectificationStatus, Label> = {
  ORDERED: { 'zh-CN': '待整改', 'en-US': 'Ordered' },
  REPORTED: { 'zh-CN': '已报告待审核', 'en-US': 'Reported' },
  ACCEPTED: { 'zh-CN': '整改验收通过', 'en-US': 'Accepted' },
  RETURNED: { 'zh-CN': '退回重新整改', 'en-US': 'Returned' },
  OVERDUE: { 'zh-CN': '逾期未整改', 'en-US': 'Overdue' },
};
