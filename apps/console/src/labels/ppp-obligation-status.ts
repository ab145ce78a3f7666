// PppObligationStatus: what each value is called in each locale (pure data).
import type { Label } from './label';

export type PppObligationStatus = 'SCHEDULED' | 'DUE' | 'OVERDUE' | 'PAID';

export const PPP_OBLIGATION_STATUS: Record<PppObligationStatus, Label> = {
  SCHEDULED: { 'zh-CN': '未到年度', 'en-US': 'Scheduled' },
  DUE: { 'zh-CN': '本年待付', 'en-US': 'Due this year' },
  OVERDUE: { 'zh-CN': '逾期未付', 'en-US': 'Overdue' },
  PAID: { 'zh-CN': '已支付', 'en-US': 'Paid' },
};
