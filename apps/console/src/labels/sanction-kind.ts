// SanctionKind: what each value is called in each locale (pure data); the periods are @integrity/rules'.
import type { Label } from './label';

export type SanctionKind =
  | 'WARNING'
  | 'DEMERIT'
  | 'MAJOR_DEMERIT'
  | 'DEMOTION'
  | 'REMOVAL'
  | 'EXPULSION'
  | 'PARTY_WARNING'
  | 'PARTY_SERIOUS_WARNING'
  | 'PARTY_POST_REMOVAL'
  | 'PARTY_PROBATION_1Y'
  | 'PARTY_PROBATION_2Y'
  | 'PARTY_EXPULSION';

export const SANCTION_KIND: Record<SanctionKind, Label> = {
  WARNING: { 'zh-CN': '警告', 'en-US': 'Warning' },
  DEMERIT: { 'zh-CN': '记过', 'en-US': 'Demerit' },
  MAJOR_DEMERIT: { 'zh-CN': '记大过', 'en-US': 'Major demerit' },
  DEMOTION: { 'zh-CN': '降级', 'en-US': 'Demotion' },
  REMOVAL: { 'zh-CN': '撤职', 'en-US': 'Removal from post' },
  EXPULSION: { 'zh-CN': '开除', 'en-US': 'Expulsion' },
  PARTY_WARNING: { 'zh-CN': '党内警告', 'en-US': 'Party warning' },
  PARTY_SERIOUS_WARNING: { 'zh-CN': '党内严重警告', 'en-US': 'Serious Party warning' },
  PARTY_POST_REMOVAL: { 'zh-CN': '撤销党内职务', 'en-US': 'Removal from Party posts' },
  PARTY_PROBATION_1Y: { 'zh-CN': '留党察看一年', 'en-US': 'Party probation, one year' },
  PARTY_PROBATION_2Y: { 'zh-CN': '留党察看二年', 'en-US': 'Party probation, two years' },
  PARTY_EXPULSION: { 'zh-CN': '开除党籍', 'en-US': 'Expulsion from the Party' },
};
