// Domain: what each value is called in each locale (pure data).
import type { Label } from './label';

export type Domain = 'DIRECTORY' | 'CREDIT' | 'PROCUREMENT' | 'INVESTMENT' | 'DEBT' | 'SUPERVISION' | 'CASEWORK';

export const DOMAIN: Record<Domain, Label> = {
  DIRECTORY: { 'zh-CN': '基础目录', 'en-US': 'Directory' },
  CREDIT: { 'zh-CN': '信用', 'en-US': 'Credit' },
  PROCUREMENT: { 'zh-CN': '采购', 'en-US': 'Procurement' },
  INVESTMENT: { 'zh-CN': '招商', 'en-US': 'Investment' },
  DEBT: { 'zh-CN': '债务', 'en-US': 'Debt' },
  SUPERVISION: { 'zh-CN': '监督评价', 'en-US': 'Supervision' },
  CASEWORK: { 'zh-CN': '投诉与办件', 'en-US': 'Casework' },
};
