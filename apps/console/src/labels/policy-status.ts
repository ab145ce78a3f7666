// PolicyStatus: what each value is called in each locale (pure data).
import type { Label } from './label';

export type PolicyStatus = 'DRAFT' | 'UNDER_REVIEW' | 'APPROVED' | 'REJECTED';

export const POLICY_STATUS: Record<PolicyStatus, Label> = {
  DRAFT: { 'zh-CN': '草稿', 'en-US': 'Draft' },
  UNDER_REVIEW: { 'zh-CN': '审查中', 'en-US': 'Under review' },
  APPROVED: { 'zh-CN': '已通过', 'en-US': 'Approved' },
  REJECTED: { 'zh-CN': '未通过', 'en-US': 'Rejected' },
};
