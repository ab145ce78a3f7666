// 二.4 and 三.2–三.4 of the plan: the credit check embedded wherever public money moves. Which steps check and
// what an active SERIOUS dishonesty record does there is data: credit applies it and logs every check.
import type { LocalisedName } from './credit-labels.js';

/** The steps where public money moves to an enterprise. */
export const CREDIT_CHECK_STEPS = [
  'BID',
  'AWARD',
  'CONTRACT',
  'PPP_PARTNER',
  'INVESTMENT_AGREEMENT',
  'COMMITMENT_PAYMENT',
] as const;
export type CreditCheckStep = (typeof CREDIT_CHECK_STEPS)[number];

/** What a check found: nothing in the way, a warning the officer proceeds with, or a refusal. */
export const CREDIT_CHECK_RESULTS = ['CLEAR', 'WARNED', 'REFUSED'] as const;
export type CreditCheckResult = (typeof CREDIT_CHECK_RESULTS)[number];

export interface CreditCheckRule {
  /** What an active SERIOUS dishonesty record of the enterprise does at this step. */
  onSerious: 'REFUSE' | 'WARN';
  /** The subgraph whose service runs the step (only it may log a check of the step). */
  service: 'procurement' | 'investment';
  source: string;
}

const JOINT_PUNISHMENT = '国发〔2016〕33号（联合奖惩）：限制严重失信主体参与政府采购、政府投资项目和招商引资';

export const CREDIT_CHECK_RULES: Record<CreditCheckStep, CreditCheckRule> = {
  BID: { onSerious: 'REFUSE', service: 'procurement', source: `${JOINT_PUNISHMENT}；《政府采购法》第二十二条` },
  AWARD: {
    onSerious: 'REFUSE',
    service: 'procurement',
    source: `${JOINT_PUNISHMENT}；财库〔2016〕125号：中标、成交前查询供应商信用记录`,
  },
  CONTRACT: { onSerious: 'REFUSE', service: 'procurement', source: `${JOINT_PUNISHMENT}；饶府〔2018〕35号 三.2` },
  // the social capital partner of a PPP project is chosen in its procurement phase (财金〔2014〕113号 第三章)
  PPP_PARTNER: {
    onSerious: 'REFUSE',
    service: 'procurement',
    source: `${JOINT_PUNISHMENT}；财金〔2014〕113号（项目采购）；饶府〔2018〕35号 三.3`,
  },
  INVESTMENT_AGREEMENT: {
    onSerious: 'REFUSE',
    service: 'investment',
    source: `${JOINT_PUNISHMENT}；饶府〔2018〕35号 三.6`,
  },
  // paying what a signed agreement promised is the government keeping its word (三.6): withholding it would be a
  // breach of its own, so a record here alerts the officer and is logged, and any stop is for the contract's remedies
  COMMITMENT_PAYMENT: {
    onSerious: 'WARN',
    service: 'investment',
    source: '饶府〔2018〕35号 三.6（依法兑现承诺）；二.4（在业务系统中嵌入信用核查）',
  },
};

/** What the steps are called: the console shows them, credit reports print them. */
export const CREDIT_CHECK_STEP: Record<CreditCheckStep, LocalisedName> = {
  BID: { 'zh-CN': '投标登记', 'en-US': 'Bid' },
  AWARD: { 'zh-CN': '确定中标（成交）', 'en-US': 'Award' },
  CONTRACT: { 'zh-CN': '签订采购合同', 'en-US': 'Contract signing' },
  PPP_PARTNER: { 'zh-CN': '选定PPP社会资本方', 'en-US': 'PPP partner selection' },
  INVESTMENT_AGREEMENT: { 'zh-CN': '签订招商协议', 'en-US': 'Investment agreement' },
  COMMITMENT_PAYMENT: { 'zh-CN': '兑现政策承诺', 'en-US': 'Commitment payment' },
};

export const CREDIT_CHECK_RESULT: Record<CreditCheckResult, LocalisedName> = {
  CLEAR: { 'zh-CN': '通过', 'en-US': 'Clear' },
  WARNED: { 'zh-CN': '提示后办理', 'en-US': 'Warned' },
  REFUSED: { 'zh-CN': '不予办理', 'en-US': 'Refused' },
};
