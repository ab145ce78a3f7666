// HonoursBarKind: what each value is called in each locale (pure data).
import type { Label } from './label';

export type HonoursBarKind = 'DISHONESTY_RECORDS' | 'GRADE_D';

export const HONOURS_BAR_KIND: Record<HonoursBarKind, Label> = {
  DISHONESTY_RECORDS: { 'zh-CN': '存在有效政务失信记录', 'en-US': 'Active dishonesty records' },
  GRADE_D: { 'zh-CN': '年度考核等级为D', 'en-US': 'Graded D in the published evaluation' },
};
