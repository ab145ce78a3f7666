// ObjectionOutcome: what each value is called in each locale (pure data).
import type { Label } from './label';

export type ObjectionOutcome = 'UPHELD' | 'REJECTED';

export const OBJECTION_OUTCOME: Record<ObjectionOutcome, Label> = {
  UPHELD: { 'zh-CN': '异议成立', 'en-US': 'Upheld' },
  REJECTED: { 'zh-CN': '异议不成立', 'en-US': 'Rejected' },
};
