// What a credit record's change trail (`CreditRecord.history`, `AuditEntry.action`) calls each change: the credit
// subgraph writes these codes (each call site is checked against this list by tsc), the console names them.
import type { LocalisedName } from './credit-labels.js';

export const RECORD_AUDIT_ACTIONS = [
  'record.add',
  'record.importCourtList',
  'record.fromSource',
  'record.under-objection',
  'record.objection-rejected',
  'record.correct',
  'record.revoke',
  'record.repair',
  'record.sourceCured',
  'record.sourceWithdrawn',
] as const;
export type RecordAuditAction = (typeof RECORD_AUDIT_ACTIONS)[number];

export const RECORD_AUDIT_ACTION: Readonly<Record<RecordAuditAction, LocalisedName>> = {
  'record.add': { 'zh-CN': '登记记录', 'en-US': 'Recorded' },
  'record.importCourtList': { 'zh-CN': '导入法院失信被执行人名单', 'en-US': "Imported from the court's list" },
  'record.fromSource': { 'zh-CN': '来源部门推送登记', 'en-US': 'Recorded from the source department' },
  'record.under-objection': { 'zh-CN': '提出异议', 'en-US': 'Objection filed' },
  'record.objection-rejected': { 'zh-CN': '异议不成立', 'en-US': 'Objection rejected' },
  'record.correct': { 'zh-CN': '异议成立，更正记录', 'en-US': 'Objection upheld: corrected' },
  'record.revoke': { 'zh-CN': '异议成立，撤销记录', 'en-US': 'Objection upheld: revoked' },
  'record.repair': { 'zh-CN': '信用修复', 'en-US': 'Repaired' },
  'record.sourceCured': { 'zh-CN': '来源部门报告失信行为已纠正', 'en-US': 'Source reported the cause cured' },
  'record.sourceWithdrawn': {
    'zh-CN': '来源部门更正，撤销记录',
    'en-US': 'Withdrawn by the source department: revoked',
  },
};
