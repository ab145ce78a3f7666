// SubjectType: what each value is called in each locale (pure data).
import type { Label } from './label';

export type SubjectType = 'CIVIL_SERVANT' | 'DEPARTMENT' | 'ENTERPRISE';

export const SUBJECT_TYPE: Record<SubjectType, Label> = {
  CIVIL_SERVANT: { 'zh-CN': '公务员', 'en-US': 'Civil servant' },
  DEPARTMENT: { 'zh-CN': '政府部门', 'en-US': 'Department' },
  ENTERPRISE: { 'zh-CN': '企业', 'en-US': 'Enterprise' },
};
