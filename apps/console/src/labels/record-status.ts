// RecordStatus: what each value is called in each locale (pure data).
import type { Label } from './label';

export type RecordStatus = 'ACTIVE' | 'REPAIRED' | 'REVOKED' | 'EXPIRED';

export const RECORD_STATUS: Record<RecordStatus, Label> = {
  ACTIVE: { 'zh-CN': '有效', 'en-US': 'Active' },
  REPAIRED: { 'zh-CN': '已修复', 'en-US': 'Repaired' },
  REVOKED: { 'zh-CN': '已撤销', 'en-US': 'Revoked' },
  EXPIRED: { 'zh-CN': '已到期', 'en-US': 'Expired' },
};
