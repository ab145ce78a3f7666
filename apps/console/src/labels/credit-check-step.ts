// CreditCheckStep: what each value is called in each locale (pure data).
import type { CreditCheckStep } from '@integrity/rules';
import type { Label } from './label';

export const CREDIT_CHECK_STEP: Record<CreditCheckStep, Label> = {
  BID: { 'zh-CN': '投标登记', 'en-US': 'Bid' },
  AWARD: { 'zh-CN': '确定中标（成交）', 'en-US': 'Award' },
  CONTRACT: { 'zh-CN': '签订采购合同', 'en-US': 'Contract signing' },
  INVESTMENT_AGREEMENT: { 'zh-CN': '签订招商协议', 'en-US': 'Investment agreement' },
  COMMITMENT_PAYMENT: { 'zh-CN': '兑现政策承诺', 'en-US': 'Commitment payment' },
};
