// TaskReportState: what each value is called in each locale (pure data).
import type { Label } from './label';

export type TaskReportState = 'NOT_DUE' | 'DUE' | 'ON_TIME' | 'LATE' | 'OVERDUE';

export const TASK_REPORT_STATE: Record<TaskReportState, Label> = {
  NOT_DUE: { 'zh-CN': '未到报送期', 'en-US': 'Not due' },
  DUE: { 'zh-CN': '待报送', 'en-US': 'Due' },
  ON_TIME: { 'zh-CN': '按时报送', 'en-US': 'On time' },
  LATE: { 'zh-CN': '逾期报送', 'en-US': 'Late' },
  OVERDUE: { 'zh-CN': '逾期未报', 'en-US': 'Overdue' },
};
