// CaseStatus: what each value is called in each locale (pure data).
import type { Label } from './label';

export type CaseStatus = 'RECEIVED' | 'ACCEPTED' | 'ASSIGNED' | 'REPLIED' | 'CLOSED' | 'OUT_OF_SCOPE';

export const CASE_STATUS: Record<CaseStatus, Label> = {
  RECEIVED: { 'zh-CN': '待受理', 'en-US': 'Received' },
  ACCEPTED: { 'zh-CN': '已受理待交办', 'en-US': 'Accepted' },
  ASSIGNED: { 'zh-CN': '办理中', 'en-US': 'Assigned' },
  REPLIED: { 'zh-CN': '已答复', 'en-US': 'Replied' },
  CLOSED: { 'zh-CN': '已办结', 'en-US': 'Closed' },
  OUT_OF_SCOPE: { 'zh-CN': '不予受理', 'en-US': 'Out of scope' },
};
