// RepairStatus: what each value is called in each locale (pure data).
import type { Label } from './label';

export type RepairStatus = 'PENDING' | 'APPROVED' | 'REJECTED' | 'TERMINATED';

export const REPAIR_STATUS: Record<RepairStatus, Label> = {
  PENDING: { 'zh-CN': '待审核', 'en-US': 'Pending' },
  APPROVED: { 'zh-CN': '已批准', 'en-US': 'Approved' },
  REJECTED: { 'zh-CN': '已驳回', 'en-US': 'Rejected' },
  // the source department withdrew the record while the application was pending
  TERMINATED: { 'zh-CN': '已终止', 'en-US': 'Ended' },
};
