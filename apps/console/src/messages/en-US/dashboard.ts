// en-US: the leaders' dashboard (every zh-CN key of the area, checked by tsc).
import type { dashboard as zh } from '../zh-CN/dashboard';

export const dashboard: Record<keyof typeof zh, string> = {
  'dashboard.title': 'County integrity overview',
  'dashboard.partial': 'Some data is unavailable: {names}. The other panels still show.',
  'dashboard.otherData': 'other data',
  'dashboard.coverage': 'Credit file coverage',
  'dashboard.coverageDetail': '{withFile} of {total} with a file',
  'dashboard.dishonesty': 'Active dishonesty records',
  'dashboard.overduePayments': 'Overdue supplier payments',
  'dashboard.overdueCommitments': 'Overdue commitments',
  'dashboard.fulfilmentRate': 'Commitment fulfilment',
  'dashboard.debtRisk': 'Debt risk (debt ratio, county-level governments)',
  'dashboard.warningLine': '100% warning line',
  'dashboard.ranking': 'Departments by integrity signals',
  'dashboard.departments': 'Departments',
  'dashboard.debtDetail': 'Town arrears and incidents →',
  'dashboard.signal': 'Signals',
  'dashboard.noData': 'No data yet',
  'dashboard.departmentChart': 'Dishonesty and overdue items by department',
  'dashboard.fulfilmentDetail': '({fulfilled} of {due} due fulfilled)',
  'dashboard.breaches': 'Breach records',
  'dashboard.breachedCommitments': 'Breached commitments',
};
