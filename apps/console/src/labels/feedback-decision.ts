// The supervisors' decision on a department's feedback (EvaluationFeedback.decision): text in the API, so it
// stays out of LABELS; the evaluation page words the same decision with the adjusted score.
import type { Label } from './label';

export const FEEDBACK_DECISION: Readonly<Record<'ADJUSTED' | 'KEPT', Label>> = {
  ADJUSTED: { 'zh-CN': '调整结果', 'en-US': 'Result adjusted' },
  KEPT: { 'zh-CN': '维持原结果', 'en-US': 'Result kept' },
};
