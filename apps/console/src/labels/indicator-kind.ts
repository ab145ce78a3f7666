// IndicatorKind: what each value is called in each locale (pure data).
import type { Label } from './label';

export type IndicatorKind = 'PER_UNIT' | 'BELOW_TARGET';

export const INDICATOR_KIND: Record<IndicatorKind, Label> = {
  PER_UNIT: { 'zh-CN': '按数量扣分', 'en-US': 'Per unit' },
  BELOW_TARGET: { 'zh-CN': '低于目标值扣分', 'en-US': 'Below target' },
};
