// HeadRank: what each value is called in each locale (pure data).
import type { Label } from './label';

export type HeadRank = 'HEAD' | 'DEPUTY';

export const HEAD_RANK: Record<HeadRank, Label> = {
  HEAD: { 'zh-CN': '正职负责人', 'en-US': 'Head' },
  DEPUTY: { 'zh-CN': '副职负责人', 'en-US': 'Deputy head' },
};
