// EligibilityBarKind: what each value is called in each locale (pure data).
import type { Label } from './label';

export type EligibilityBarKind = 'ACTIVE_DISHONESTY_RECORD' | 'SANCTION_PERIOD';

export const ELIGIBILITY_BAR_KIND: Record<EligibilityBarKind, Label> = {
  ACTIVE_DISHONESTY_RECORD: { 'zh-CN': '有效失信记录', 'en-US': 'Active dishonesty record' },
  SANCTION_PERIOD: { 'zh-CN': '处分期内', 'en-US': 'Within a sanction period' },
};
