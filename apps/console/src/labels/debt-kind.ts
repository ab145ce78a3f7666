// DebtKind: what each value is called in each locale (pure data).
import type { Label } from './label';

export type DebtKind = 'GENERAL_BOND' | 'SPECIAL_BOND' | 'LOAN' | 'OTHER';

export const DEBT_KIND: Record<DebtKind, Label> = {
  GENERAL_BOND: { 'zh-CN': '一般债券', 'en-US': 'General bond' },
  SPECIAL_BOND: { 'zh-CN': '专项债券', 'en-US': 'Special bond' },
  LOAN: { 'zh-CN': '贷款', 'en-US': 'Loan' },
  OTHER: { 'zh-CN': '其他', 'en-US': 'Other' },
};
