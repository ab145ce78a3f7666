// EvaluationStatus: what each value is called in each locale (pure data).
import type { Label } from './label';

export type EvaluationStatus = 'PRELIMINARY' | 'FINAL' | 'PUBLISHED';

export const EVALUATION_STATUS: Record<EvaluationStatus, Label> = {
  PRELIMINARY: { 'zh-CN': '初步结果（反馈期）', 'en-US': 'Preliminary (feedback open)' },
  FINAL: { 'zh-CN': '最终结果', 'en-US': 'Final' },
  PUBLISHED: { 'zh-CN': '已公布', 'en-US': 'Published' },
};
