// CaseStage: what each value is called in each locale (pure data).
import type { Label } from './label';

export type CaseStage = 'ACCEPT' | 'REPLY';

export const CASE_STAGE: Record<CaseStage, Label> = {
  ACCEPT: { 'zh-CN': '受理', 'en-US': 'Acceptance' },
  REPLY: { 'zh-CN': '答复', 'en-US': 'Reply' },
};
