// HonoursBarKind: what each value is called in each locale (pure data).
import type { Label } from './label';

export type HonoursBarKind =
  'DISHONESTY_RECORDS' | 'OVERDUE_PAYMENTS' | 'PROCUREMENT_BREACHES' | 'BREACHED_COMMITMENTS' | 'GRADE_D';

export const HONOURS_BAR_KIND: Record<HonoursBarKind, Label> = {
  DISHONESTY_RECORDS: { 'zh-CN': '存在有效政务失信记录', 'en-US': 'Active dishonesty records' },
  OVERDUE_PAYMENTS: { 'zh-CN': '拖欠中小企业款项', 'en-US': 'Overdue supplier payments' },
  PROCUREMENT_BREACHES: { 'zh-CN': '政府采购违约', 'en-US': 'Procurement breaches' },
  BREACHED_COMMITMENTS: { 'zh-CN': '招商承诺违约', 'en-US': 'Breached commitments' },
  GRADE_D: { 'zh-CN': '年度考核等级为D', 'en-US': 'Graded D in the published evaluation' },
};
