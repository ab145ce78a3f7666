// ObjectionStatus: what each value is called in each locale (pure data).
import type { Label } from './label';

export type ObjectionStatus = 'FILED' | 'ACCEPTED' | 'MATERIAL_REQUESTED' | 'UPHELD' | 'REJECTED';

export const OBJECTION_STATUS: Record<ObjectionStatus, Label> = {
  FILED: { 'zh-CN': '待受理', 'en-US': 'Filed' },
  ACCEPTED: { 'zh-CN': '已受理', 'en-US': 'Accepted' },
  MATERIAL_REQUESTED: { 'zh-CN': '待补正材料', 'en-US': 'Awaiting material' },
  UPHELD: { 'zh-CN': '异议成立', 'en-US': 'Upheld' },
  REJECTED: { 'zh-CN': '异议不成立', 'en-US': 'Rejected' },
};
