// WarningStatus: what each value is called in each locale (pure data).
import type { Label } from './label';

export type WarningStatus = 'OPEN' | 'ACKNOWLEDGED' | 'RESOLVED';

export const WARNING_STATUS: Record<WarningStatus, Label> = {
  OPEN: { 'zh-CN': '待处置', 'en-US': 'Open' },
  ACKNOWLEDGED: { 'zh-CN': '已签收', 'en-US': 'Acknowledged' },
  RESOLVED: { 'zh-CN': '已消除', 'en-US': 'Resolved' },
};
