// ObjectionStatus: what each value is called in each locale (pure data).
import type { Label } from './label';

export type ObjectionStatus = 'FILED' | 'ACCEPTED' | 'UPHELD' | 'REJECTED';

export const OBJECTION_STATUS: Record<ObjectionStatus, Label> = {
  FILED: { 'zh-CN': '待受理', 'en-US': 'Filed' },
  ACCEPTED: { 'zh-CN': '已受理', 'en-US': 'Accepted' },
  UPHELD: { 'zh-CN': '异议成立', 'en-US': 'Upheld' },
  REJECTED: { 'zh-CN': '异议不成立', 'en-US': 'Rejected' },
};
