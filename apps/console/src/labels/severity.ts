// Severity: what each value is called in each locale (pure data).
import type { Label } from './label';

export type Severity = 'MINOR' | 'GENERAL' | 'SERIOUS';

export const SEVERITY: Record<Severity, Label> = {
  MINOR: { 'zh-CN': '轻微', 'en-US': 'Minor' },
  GENERAL: { 'zh-CN': '一般', 'en-US': 'General' },
  SERIOUS: { 'zh-CN': '严重', 'en-US': 'Serious' },
};
