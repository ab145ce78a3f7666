// RectificationOrigin: what each value is called in each locale (pure data).
import type { Label } from './label';

export type RectificationOrigin = 'MANUAL' | 'WARNING' | 'INSPECTION';

export const RECTIFICATION_ORIGIN: Record<RectificationOrigin, Label> = {
  MANUAL: { 'zh-CN': '督导交办', 'en-US': 'Entered by a supervisor' },
  WARNING: { 'zh-CN': '预警转办', 'en-US': 'From a warning' },
  INSPECTION: { 'zh-CN': '督查发现', 'en-US': 'From an inspection' },
};
