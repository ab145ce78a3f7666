// CalendarDayKind: what each value is called in each locale (pure data).
import type { Label } from './label';

export type CalendarDayKind = 'HOLIDAY' | 'WORKDAY' | 'NORMAL';

export const CALENDAR_DAY_KIND: Record<CalendarDayKind, Label> = {
  HOLIDAY: { 'zh-CN': '法定节假日', 'en-US': 'Public holiday' },
  WORKDAY: { 'zh-CN': '调休工作日', 'en-US': 'Exchanged working day' },
  NORMAL: { 'zh-CN': '按周末规则', 'en-US': 'Ordinary (weekend rule)' },
};
