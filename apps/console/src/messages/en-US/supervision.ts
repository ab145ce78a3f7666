// en-US: the warning feed and the dashboard's supervision panels.
import type { supervision as zh } from '../zh-CN/supervision';

export const supervision: Record<keyof typeof zh, string> = {
  'nav.warnings': 'Warnings',
  'warn.feed': 'Early warnings',
  'warn.kind': 'Kind',
  'warn.department': 'Department',
  'warn.figure': 'Figure',
  'warn.threshold': 'Threshold',
  'warn.since': 'Since',
  'warn.status': 'Status',
  'warn.ackNote': 'Acknowledgement',
  'warn.acknowledge': 'Acknowledge',
  'warn.view': 'View',
  'warn.county': 'County-wide',
  'warn.ackTitle': 'Acknowledge warning',
  'warn.ackHint': 'What is being done about it',
  'dashboard.warnings': 'Warnings by kind',
  'dashboard.noWarnings': 'No open warnings',
  'dashboard.integrityScore': 'Integrity score',
  'dashboard.grade': 'Grade',
  'dashboard.scoreRanking': 'Departments and towns by integrity score',
};
