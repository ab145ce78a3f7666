// ComplaintCategory: what each value is called in each locale (pure data).
import type { Label } from './label';

export type ComplaintCategory =
  'INACTION' | 'MISCONDUCT' | 'BROKEN_PROMISE' | 'ARREARS' | 'POLICY_NOT_HONOURED' | 'SERVICE' | 'OTHER';

export const COMPLAINT_CATEGORY: Record<ComplaintCategory, Label> = {
  INACTION: { 'zh-CN': '行政不作为', 'en-US': 'Inaction' },
  MISCONDUCT: { 'zh-CN': '乱作为', 'en-US': 'Misconduct' },
  BROKEN_PROMISE: { 'zh-CN': '失信违约', 'en-US': 'Broken promise' },
  ARREARS: { 'zh-CN': '拖欠账款', 'en-US': 'Arrears' },
  POLICY_NOT_HONOURED: { 'zh-CN': '政策不兑现', 'en-US': 'Policy not honoured' },
  SERVICE: { 'zh-CN': '服务问题', 'en-US': 'Service' },
  OTHER: { 'zh-CN': '其他', 'en-US': 'Other' },
};
