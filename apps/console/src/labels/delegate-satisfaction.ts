// DelegateSatisfaction: what each value is called in each locale (pure data).
import type { Label } from './label';

export type DelegateSatisfaction = 'SATISFIED' | 'BASICALLY_SATISFIED' | 'NOT_SATISFIED';

export const DELEGATE_SATISFACTION: Record<DelegateSatisfaction, Label> = {
  SATISFIED: { 'zh-CN': '满意', 'en-US': 'Satisfied' },
  BASICALLY_SATISFIED: { 'zh-CN': '基本满意', 'en-US': 'Basically satisfied' },
  NOT_SATISFIED: { 'zh-CN': '不满意', 'en-US': 'Not satisfied' },
};
