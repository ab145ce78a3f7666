// A contract's latest acceptance result as procurement stores it (Contract.acceptanceResult): text, not a
// GraphQL enum (the API gives each acceptance as passed true/false), so it stays out of LABELS.
import type { Label } from './label';

export const ACCEPTANCE_RESULT: Readonly<Record<'PASSED' | 'FAILED', Label>> = {
  PASSED: { 'zh-CN': '验收合格', 'en-US': 'Passed' },
  FAILED: { 'zh-CN': '验收不合格', 'en-US': 'Failed' },
};
