// JudgmentStatus: what each value is called in each locale (pure data).
import type { Label } from './label';

export type JudgmentStatus = 'PENDING' | 'UNFULFILLED' | 'FULFILLED';

export const JUDGMENT_STATUS: Record<JudgmentStatus, Label> = {
  PENDING: { 'zh-CN': '履行期内', 'en-US': 'Pending' },
  UNFULFILLED: { 'zh-CN': '逾期未履行', 'en-US': 'Unfulfilled' },
  FULFILLED: { 'zh-CN': '已履行', 'en-US': 'Fulfilled' },
};
