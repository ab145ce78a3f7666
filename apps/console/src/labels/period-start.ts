// PeriodStart: what each value is called in each locale (pure data).
import type { Label } from './label';

export type PeriodStart = 'RECEIVED' | 'ACCEPTED' | 'ASSIGNED';

export const PERIOD_START: Record<PeriodStart, Label> = {
  RECEIVED: { 'zh-CN': '收到之日', 'en-US': 'Day received' },
  ACCEPTED: { 'zh-CN': '受理之日', 'en-US': 'Day accepted' },
  ASSIGNED: { 'zh-CN': '交办之日', 'en-US': 'Day assigned' },
};
