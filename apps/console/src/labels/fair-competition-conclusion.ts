// FairCompetitionConclusion: what each value is called in each locale (pure data).
import type { FairCompetitionConclusion } from '@integrity/rules';
import type { Label } from './label';

export const FAIR_COMPETITION_CONCLUSION: Record<FairCompetitionConclusion, Label> = {
  PASSED: { 'zh-CN': '通过（可以出台）', 'en-US': 'Passed' },
  PASSED_BY_EXCEPTION: { 'zh-CN': '适用例外规定（可以出台）', 'en-US': 'Passed by an exception' },
  FAILED: { 'zh-CN': '未通过（不得出台）', 'en-US': 'Failed' },
};
