// Grade: what each value is called in each locale (pure data).
import type { Label } from './label';

export type Grade = 'A' | 'B' | 'C' | 'D';

export const GRADE: Record<Grade, Label> = {
  A: { 'zh-CN': 'A（好）', 'en-US': 'A (good)' },
  B: { 'zh-CN': 'B（较好）', 'en-US': 'B (fairly good)' },
  C: { 'zh-CN': 'C（一般）', 'en-US': 'C (passing)' },
  D: { 'zh-CN': 'D（差）', 'en-US': 'D (poor)' },
};
