// SourcedRecordKind: what each value is called in each locale (pure data).
import type { Label } from './label';

export type SourcedRecordKind =
  | 'RECTIFICATION_OVERDUE'
  | 'PROCUREMENT_BREACH'
  | 'OVERDUE_SUPPLIER_PAYMENT'
  | 'COMMITMENT_BREACHED'
  | 'JUDGMENT_DEBTOR_LISTED'
  | 'PPP_OBLIGATION_UNPAID';

export const SOURCED_RECORD_KIND: Record<SourcedRecordKind, Label> = {
  RECTIFICATION_OVERDUE: { 'zh-CN': '逾期未整改', 'en-US': 'Rectification overdue' },
  PROCUREMENT_BREACH: { 'zh-CN': '政府采购违约', 'en-US': 'Procurement breach' },
  OVERDUE_SUPPLIER_PAYMENT: { 'zh-CN': '拖欠企业账款', 'en-US': 'Supplier payment in arrears' },
  COMMITMENT_BREACHED: { 'zh-CN': '招商承诺违约', 'en-US': 'Investment commitment breached' },
  JUDGMENT_DEBTOR_LISTED: { 'zh-CN': '被列为失信被执行人', 'en-US': 'Listed as a dishonest judgment debtor' },
  PPP_OBLIGATION_UNPAID: { 'zh-CN': 'PPP 政府付费逾期未付', 'en-US': 'PPP government payment unpaid' },
};
