// RegionLevel: what each value is called in each locale (pure data).
import type { Label } from './label';

export type RegionLevel = 'PROVINCE' | 'CITY' | 'COUNTY' | 'TOWN';

export const REGION_LEVEL: Record<RegionLevel, Label> = {
  PROVINCE: { 'zh-CN': '省', 'en-US': 'Province' },
  CITY: { 'zh-CN': '市', 'en-US': 'City' },
  COUNTY: { 'zh-CN': '县', 'en-US': 'County' },
  TOWN: { 'zh-CN': '镇', 'en-US': 'Town' },
};
