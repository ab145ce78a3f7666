// Role: what each value is called in each locale (pure data). A role is what a user does, not a body: an officer
// (经办人) of any department, a supervisor (督查人员) wherever the county places them.
import type { Label } from './label';

export type Role = 'ADMIN' | 'LEADER' | 'SUPERVISOR' | 'OFFICER';

export const ROLE: Record<Role, Label> = {
  ADMIN: { 'zh-CN': '管理员', 'en-US': 'Administrator' },
  LEADER: { 'zh-CN': '县领导', 'en-US': 'Leader' },
  SUPERVISOR: { 'zh-CN': '督查人员', 'en-US': 'Supervisor' },
  OFFICER: { 'zh-CN': '经办人', 'en-US': 'Officer' },
};
