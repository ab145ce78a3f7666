// PppPhase: what each value is called in each locale (pure data).
import type { Label } from './label';

export type PppPhase = 'PREPARATION' | 'PROCUREMENT' | 'FINANCING' | 'CONSTRUCTION' | 'OPERATION' | 'TRANSFER';

export const PPP_PHASE: Record<PppPhase, Label> = {
  PREPARATION: { 'zh-CN': '识别准备', 'en-US': 'Preparation' },
  PROCUREMENT: { 'zh-CN': '采购', 'en-US': 'Procurement' },
  FINANCING: { 'zh-CN': '融资', 'en-US': 'Financing' },
  CONSTRUCTION: { 'zh-CN': '建设', 'en-US': 'Construction' },
  OPERATION: { 'zh-CN': '运营', 'en-US': 'Operation' },
  TRANSFER: { 'zh-CN': '移交', 'en-US': 'Transfer' },
};
