// PeriodUnit: what each value is called in each locale (pure data).
import type { Label } from './label';

export type PeriodUnit = 'DAYS' | 'WORKING_DAYS' | 'MONTHS';

export const PERIOD_UNIT: Record<PeriodUnit, Label> = {
  DAYS: { 'zh-CN': '日', 'en-US': 'Days' },
  WORKING_DAYS: { 'zh-CN': '工作日', 'en-US': 'Working days' },
  MONTHS: { 'zh-CN': '个月', 'en-US': 'Months' },
};
