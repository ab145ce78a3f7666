// 三.4 of the plan: a credit report (信用报告) on a department or an enterprise, numbered so that whoever receives
// it can verify it. Who may ask for one, where it downloads and what a number looks like are shared by the credit
// subgraph (which enforces them) and the console (which offers the button).
import { canRead, canWrite } from './access.js';
import type { Caller } from './roles.js';
import { SUBJECT_TYPE, type LocalisedName } from './credit-labels.js';

export const CREDIT_REPORT_SUBJECTS = ['DEPARTMENT', 'ENTERPRISE'] as const;
export type CreditReportSubject = (typeof CREDIT_REPORT_SUBJECTS)[number];

export const CREDIT_REPORT_SUBJECT: Record<CreditReportSubject, LocalisedName> = {
  DEPARTMENT: SUBJECT_TYPE.DEPARTMENT,
  ENTERPRISE: SUBJECT_TYPE.ENTERPRISE,
};

/**
 * Who may have a report made: readers of credit data (credit officers, supervisors, leaders) on anyone;
 * procurement and investment officers on an enterprise (they deal with it where money moves); any officer
 * on their own department (for an honours application, a loan, a partner).
 */
export function mayRequestCreditReport(
  caller: Caller | null,
  subjectType: CreditReportSubject,
  subjectId: string,
): boolean {
  if (!caller || caller.kind !== 'user') return false;
  if (canRead(caller, 'CREDIT')) return true;
  if (subjectType === 'ENTERPRISE') return canWrite(caller, 'PROCUREMENT') || canWrite(caller, 'INVESTMENT');
  return caller.departmentId === subjectId;
}

/** XYBG-yyyymmdd-XXXXXXXX: the day it was made and 8 characters of Crockford base32 (40 random bits). */
export const CREDIT_REPORT_NUMBER = /^XYBG-\d{8}-[0-9A-HJKMNP-TV-Z]{8}$/;

/** The GET path on the gateway that returns a report's PDF to a caller allowed to have it made. */
export const CREDIT_REPORT_ROUTE = '/credit-reports/:number';
export const creditReportPath = (number: string): string => `/credit-reports/${encodeURIComponent(number)}`;
