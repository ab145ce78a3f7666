// ProposalOutcome: what each value is called in each locale (pure data).
import type { Label } from './label';

export type ProposalOutcome = 'A' | 'B' | 'C';

export const PROPOSAL_OUTCOME: Record<ProposalOutcome, Label> = {
  A: { 'zh-CN': 'A 类：已解决或采纳', 'en-US': 'A: solved or adopted' },
  B: { 'zh-CN': 'B 类：正在解决或列入计划', 'en-US': 'B: being solved or planned' },
  C: { 'zh-CN': 'C 类：因条件限制留作参考', 'en-US': 'C: kept for reference' },
};
