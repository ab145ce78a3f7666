// TaskRole: what each value is called in each locale (pure data).
import type { Label } from './label';

export type TaskRole = 'LEAD' | 'COOPERATING';

export const TASK_ROLE: Record<TaskRole, Label> = {
  LEAD: { 'zh-CN': '牵头', 'en-US': 'Lead' },
  COOPERATING: { 'zh-CN': '配合', 'en-US': 'Co-operating' },
};
