// TaskReportStatus: what each value is called in each locale (pure data).
import type { Label } from './label';

export type TaskReportStatus = 'ON_TRACK' | 'DELAYED' | 'COMPLETED';

export const TASK_REPORT_STATUS: Record<TaskReportStatus, Label> = {
  ON_TRACK: { 'zh-CN': '按计划推进', 'en-US': 'On track' },
  DELAYED: { 'zh-CN': '进度滞后', 'en-US': 'Delayed' },
  COMPLETED: { 'zh-CN': '已完成', 'en-US': 'Completed' },
};
