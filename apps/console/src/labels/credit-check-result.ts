// CreditCheckResult: what each value is called in each locale (pure data).
import type { CreditCheckResult } from '@integrity/rules';
import type { Label } from './label';

export const CREDIT_CHECK_RESULT: Record<CreditCheckResult, Label> = {
  CLEAR: { 'zh-CN': '通过', 'en-US': 'Clear' },
  WARNED: { 'zh-CN': '提示后办理', 'en-US': 'Warned' },
  REFUSED: { 'zh-CN': '不予办理', 'en-US': 'Refused' },
};
