// Role: what each value is called in each locale (pure data).
import type { Label } from './label';

export type Role = 'ADMIN' | 'LEADER' | 'SUPERVISOR' | 'OFFICER';

export const ROLE: Record<Role, Label> = {
  ADMIN: { 'zh-CN': '管理员', 'en-US': 'Administrator' },
  LEADER: { 'zh-CN': '县领导', 'en-US': 'Leader' },
  SUPERVISOR: { 'zh-CN': '监察委', 'en-US': 'Supervisor' },
  OFFICER: { 'zh-CN': '主管部门', 'en-US': 'Officer' },
};
