// en-US: the supervisors' audit trail (every domain's).
import type { audit as zh } from '../zh-CN/audit';

export const audit: Record<keyof typeof zh, string> = {
  'nav.auditTrail': 'Audit trail',
  'au.title': 'Audit trail',
  'au.domain': 'Domain',
  'au.at': 'Time',
  'au.actor': 'By',
  'au.action': 'Change',
  'au.otherAction': 'Other change',
  'au.entityType': 'Kind of record',
  'au.entityId': 'Record id',
  'au.recordHistory': 'Every change to this record',
  'au.listEntry': 'Entry {n}',
  'au.requestId': 'Request id',
  'au.detail': 'Detail',
  'au.view': 'View',
  'au.entryTitle': 'Change detail',
  'au.changedOnly': 'Changed items only ({changed} / {all})',
  'au.item': 'Item',
  'au.before': 'Before',
  'au.after': 'After',
  'au.absent': '(none)',
  'au.empty': 'none',
  'au.recorded': 'What was recorded',
  'au.content': 'Content',
  'au.changed': 'changed',
};
