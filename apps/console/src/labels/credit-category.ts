// CreditCategory: what each value is called in each locale (pure data).
import type { Label } from './label';

export type CreditCategory =
  | 'JUDICIAL_JUDGMENT'
  | 'ADMINISTRATIVE_PENALTY'
  | 'DISCIPLINARY_SANCTION'
  | 'ACCOUNTABILITY'
  | 'BROKEN_COMMITMENT'
  | 'ONLINE_SERVICE_SUBSTANDARD'
  | 'COMMENDATION'
  | 'TRAINING';

export const CREDIT_CATEGORY: Record<CreditCategory, Label> = {
  JUDICIAL_JUDGMENT: { 'zh-CN': '司法判决', 'en-US': 'Judicial judgment' },
  ADMINISTRATIVE_PENALTY: { 'zh-CN': '行政处罚', 'en-US': 'Administrative penalty' },
  DISCIPLINARY_SANCTION: { 'zh-CN': '纪律处分', 'en-US': 'Disciplinary sanction' },
  ACCOUNTABILITY: { 'zh-CN': '问责', 'en-US': 'Accountability' },
  BROKEN_COMMITMENT: { 'zh-CN': '违背承诺', 'en-US': 'Broken commitment' },
  ONLINE_SERVICE_SUBSTANDARD: { 'zh-CN': '网上政务服务不达标', 'en-US': 'Substandard online service' },
  COMMENDATION: { 'zh-CN': '表彰', 'en-US': 'Commendation' },
  TRAINING: { 'zh-CN': '诚信教育', 'en-US': 'Integrity training' },
};
