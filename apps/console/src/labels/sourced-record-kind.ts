// SourcedRecordKind: what each value is called in each locale (pure data).
import type { Label } from './label';

export type SourcedRecordKind = 'RECTIFICATION_OVERDUE';

export const SOURCED_RECORD_KIND: Record<SourcedRecordKind, Label> = {
  RECTIFICATION_OVERDUE: { 'zh-CN': '逾期未整改', 'en-US': 'Rectification overdue' },
};
