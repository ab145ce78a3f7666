// ProcurementStatus: what each value is called in each locale (pure data).
import type { Label } from './label';

export type ProcurementStatus =
  | 'PLANNING'
  | 'TENDERING'
  | 'EVALUATION'
  | 'AWARDED'
  | 'CONTRACTED'
  | 'IN_PERFORMANCE'
  | 'ACCEPTED'
  | 'CLOSED'
  | 'CANCELLED';

export const PROCUREMENT_STATUS: Record<ProcurementStatus, Label> = {
  PLANNING: { 'zh-CN': '计划', 'en-US': 'Planning' },
  TENDERING: { 'zh-CN': '招标中', 'en-US': 'Tendering' },
  EVALUATION: { 'zh-CN': '评审', 'en-US': 'Evaluation' },
  AWARDED: { 'zh-CN': '已定标', 'en-US': 'Awarded' },
  CONTRACTED: { 'zh-CN': '已签约', 'en-US': 'Contracted' },
  IN_PERFORMANCE: { 'zh-CN': '履约中', 'en-US': 'In performance' },
  ACCEPTED: { 'zh-CN': '已验收', 'en-US': 'Accepted' },
  CLOSED: { 'zh-CN': '已关闭', 'en-US': 'Closed' },
  CANCELLED: { 'zh-CN': '已取消', 'en-US': 'Cancelled' },
};
