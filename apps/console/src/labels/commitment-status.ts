// CommitmentStatus: what each value is called in each locale (pure data).
import type { Label } from './label';

export type CommitmentStatus = 'PENDING' | 'PARTIALLY_FULFILLED' | 'FULFILLED' | 'OVERDUE' | 'BREACHED' | 'WAIVED';

export const COMMITMENT_STATUS: Record<CommitmentStatus, Label> = {
  PENDING: { 'zh-CN': '待兑现', 'en-US': 'Pending' },
  PARTIALLY_FULFILLED: { 'zh-CN': '部分兑现', 'en-US': 'Partly fulfilled' },
  FULFILLED: { 'zh-CN': '已兑现', 'en-US': 'Fulfilled' },
  OVERDUE: { 'zh-CN': '逾期', 'en-US': 'Overdue' },
  BREACHED: { 'zh-CN': '违约', 'en-US': 'Breached' },
  WAIVED: { 'zh-CN': '已豁免', 'en-US': 'Waived' },
};
