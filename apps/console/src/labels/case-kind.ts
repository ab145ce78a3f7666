// CaseKind: what each value is called in each locale (pure data).
import type { Label } from './label';

export type CaseKind =
  | 'COMPLAINT'
  | 'PETITION'
  | 'HOTLINE'
  | 'NPC_SUGGESTION'
  | 'CPPCC_PROPOSAL'
  | 'JUDICIAL_RECOMMENDATION'
  | 'PROCURATORIAL_RECOMMENDATION';

export const CASE_KIND: Record<CaseKind, Label> = {
  COMPLAINT: { 'zh-CN': '投诉举报', 'en-US': 'Complaint' },
  PETITION: { 'zh-CN': '信访', 'en-US': 'Petition' },
  HOTLINE: { 'zh-CN': '12345 热线', 'en-US': '12345 hotline' },
  NPC_SUGGESTION: { 'zh-CN': '人大代表建议', 'en-US': 'NPC suggestion' },
  CPPCC_PROPOSAL: { 'zh-CN': '政协提案', 'en-US': 'CPPCC proposal' },
  JUDICIAL_RECOMMENDATION: { 'zh-CN': '司法建议', 'en-US': 'Judicial recommendation' },
  PROCURATORIAL_RECOMMENDATION: { 'zh-CN': '检察建议', 'en-US': 'Procuratorial recommendation' },
};
