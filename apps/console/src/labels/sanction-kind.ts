// SanctionKind: what each value is called in each locale (pure data); the periods are @integrity/rules'.
import type { Label } from './label';

export type SanctionKind = 'WARNING' | 'DEMERIT' | 'MAJOR_DEMERIT' | 'DEMOTION' | 'REMOVAL' | 'EXPULSION';

export const SANCTION_KIND: Record<SanctionKind, Label> = {
  WARNING: { 'zh-CN': '警告', 'en-US': 'Warning' },
  DEMERIT: { 'zh-CN': '记过', 'en-US': 'Demerit' },
  MAJOR_DEMERIT: { 'zh-CN': '记大过', 'en-US': 'Major demerit' },
  DEMOTION: { 'zh-CN': '降级', 'en-US': 'Demotion' },
  REMOVAL: { 'zh-CN': '撤职', 'en-US': 'Removal from post' },
  EXPULSION: { 'zh-CN': '开除', 'en-US': 'Expulsion' },
};
