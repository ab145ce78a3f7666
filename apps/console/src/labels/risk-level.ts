// RiskLevel: what each value is called in each locale (pure data).
import type { Label } from './label';

export type RiskLevel = 'GREEN' | 'YELLOW' | 'ORANGE' | 'RED';

export const RISK_LEVEL: Record<RiskLevel, Label> = {
  GREEN: { 'zh-CN': '绿色', 'en-US': 'Green' },
  YELLOW: { 'zh-CN': '黄色', 'en-US': 'Yellow' },
  ORANGE: { 'zh-CN': '橙色', 'en-US': 'Orange' },
  RED: { 'zh-CN': '红色', 'en-US': 'Red' },
};
