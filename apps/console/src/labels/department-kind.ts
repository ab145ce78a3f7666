// DepartmentKind: what each value is called in each locale (pure data).
import type { Label } from './label';

export type DepartmentKind = 'COUNTY_DEPARTMENT' | 'TOWN_GOVERNMENT' | 'OTHER';

export const DEPARTMENT_KIND: Record<DepartmentKind, Label> = {
  COUNTY_DEPARTMENT: { 'zh-CN': '县直部门', 'en-US': 'County department' },
  TOWN_GOVERNMENT: { 'zh-CN': '镇人民政府', 'en-US': 'Town government' },
  OTHER: { 'zh-CN': '其他', 'en-US': 'Other' },
};
