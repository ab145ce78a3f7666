// ProcurementMethod: what each value is called in each locale (pure data).
import type { Label } from './label';

export type ProcurementMethod =
  'OPEN' | 'SELECTIVE' | 'COMPETITIVE_NEGOTIATION' | 'COMPETITIVE_CONSULTATION' | 'LIMITED' | 'INQUIRY';

export const PROCUREMENT_METHOD: Record<ProcurementMethod, Label> = {
  OPEN: { 'zh-CN': '公开招标', 'en-US': 'Open tender' },
  SELECTIVE: { 'zh-CN': '邀请招标', 'en-US': 'Selective tender' },
  COMPETITIVE_NEGOTIATION: { 'zh-CN': '竞争性谈判', 'en-US': 'Competitive negotiation' },
  COMPETITIVE_CONSULTATION: { 'zh-CN': '竞争性磋商', 'en-US': 'Competitive consultation' },
  LIMITED: { 'zh-CN': '单一来源', 'en-US': 'Single source' },
  INQUIRY: { 'zh-CN': '询价', 'en-US': 'Request for quotation' },
};
