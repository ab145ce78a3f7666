import { describe, expect, it } from 'vitest';
import { CREDIT_REPORT_NUMBER, creditReportPath, mayRequestCreditReport } from './credit-report.js';
import type { Caller } from './roles.js';

const user = (over: Partial<Caller>): Caller => ({
  kind: 'user',
  id: 'u',
  username: 'u',
  roles: ['OFFICER'],
  domains: [],
  departmentId: 'd1',
  regionCode: null,
  countyWide: [],
  ...over,
});

describe('credit report access', () => {
  it('lets credit readers report on anyone', () => {
    for (const c of [user({ roles: ['LEADER'] }), user({ roles: ['SUPERVISOR'] }), user({ domains: ['CREDIT'] })]) {
      expect(mayRequestCreditReport(c, 'DEPARTMENT', 'd2')).toBe(true);
      expect(mayRequestCreditReport(c, 'ENTERPRISE', '91360000MA00000000')).toBe(true);
    }
  });
  it('lets procurement and investment officers report on enterprises, not on other departments', () => {
    for (const domain of ['PROCUREMENT', 'INVESTMENT'] as const) {
      const c = user({ domains: [domain] });
      expect(mayRequestCreditReport(c, 'ENTERPRISE', 'x')).toBe(true);
      expect(mayRequestCreditReport(c, 'DEPARTMENT', 'd2')).toBe(false);
    }
    expect(mayRequestCreditReport(user({ domains: ['DEBT'] }), 'ENTERPRISE', 'x')).toBe(false);
  });
  it('lets an officer report on their own department only; services and the anonymous never', () => {
    const c = user({ domains: ['DEBT'] });
    expect(mayRequestCreditReport(c, 'DEPARTMENT', 'd1')).toBe(true);
    expect(mayRequestCreditReport(c, 'DEPARTMENT', 'd2')).toBe(false);
    expect(mayRequestCreditReport(null, 'DEPARTMENT', 'd1')).toBe(false);
    expect(mayRequestCreditReport(user({ kind: 'service', domains: ['CREDIT'] }), 'DEPARTMENT', 'd1')).toBe(false);
  });
  it('numbers reports in one form and gives their download path', () => {
    expect(CREDIT_REPORT_NUMBER.test('XYBG-20261204-7K3M9Q2W')).toBe(true);
    for (const bad of ['XYBG-2026124-7K3M9Q2W', 'XYBG-20261204-7K3M9Q2I', 'xybg-20261204-7K3M9Q2W'])
      expect(CREDIT_REPORT_NUMBER.test(bad), bad).toBe(false);
    expect(creditReportPath('XYBG-20261204-7K3M9Q2W')).toBe('/credit-reports/XYBG-20261204-7K3M9Q2W');
  });
});
