// ProcurementCategory: what each value is called in each locale (pure data).
import type { Label } from './label';

export type ProcurementCategory = 'GOODS' | 'WORKS' | 'SERVICES';

export const PROCUREMENT_CATEGORY: Record<ProcurementCategory, Label> = {
  GOODS: { 'zh-CN': '货物', 'en-US': 'Goods' },
  WORKS: { 'zh-CN': '工程', 'en-US': 'Works' },
  SERVICES: { 'zh-CN': '服务', 'en-US': 'Services' },
};
