/**
 * Casework (issue 13): the kinds of case, their states, the public complaint categories and the NPC/CPPCC
 * outcome codes, and who sees and works a case. Browser-safe: the console builds its filters and menus
 * from the same lists the casework subgraph enforces.
 */
import { actsCountyWide, canWrite, overseesEveryDepartment } from './access.js';
import type { Caller } from './roles.js';

export const CASE_KINDS = [
  'COMPLAINT',
  'PETITION',
  'HOTLINE',
  'NPC_SUGGESTION',
  'CPPCC_PROPOSAL',
  'JUDICIAL_RECOMMENDATION',
  'PROCURATORIAL_RECOMMENDATION',
] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

/**
 * RECEIVED: registered, acceptance not yet decided; ACCEPTED: in scope, not yet assigned; ASSIGNED: a lead
 * department handles it; REPLIED: answered; CLOSED: finished; OUT_OF_SCOPE: not accepted, with a reason.
 */
export const CASE_STATUSES = ['RECEIVED', 'ACCEPTED', 'ASSIGNED', 'REPLIED', 'CLOSED', 'OUT_OF_SCOPE'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/**
 * A reply period is extended within it, on its last day at the latest, never after it has run out: the extension
 * is approved while the case is still on time (《信访工作条例》: 情况复杂的，经批准可以适当延长办理期限).
 */
export const extensionInTime = (replyDeadline: string, today: string): boolean => today <= replyDeadline;

/** States in which a case still waits on someone, so its deadline can pass. */
export const OPEN_CASE_STATUSES: readonly CaseStatus[] = ['RECEIVED', 'ACCEPTED', 'ASSIGNED'];

/** The public complaint form's categories (issue 13, 投诉举报), in the order the form shows them. */
export const COMPLAINT_CATEGORIES = [
  'INACTION',
  'MISCONDUCT',
  'BROKEN_PROMISE',
  'ARREARS',
  'POLICY_NOT_HONOURED',
  'SERVICE',
  'OTHER',
] as const;
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];

/** Outcome of an NPC suggestion or CPPCC proposal: A 已解决或采纳, B 正在解决或列入计划, C 因条件限制留作参考. */
export const PROPOSAL_OUTCOMES = ['A', 'B', 'C'] as const;
export type ProposalOutcome = (typeof PROPOSAL_OUTCOMES)[number];
/** The kinds whose reply carries an A/B/C outcome and the delegate's satisfaction. */
export const PROPOSAL_KINDS: readonly CaseKind[] = ['NPC_SUGGESTION', 'CPPCC_PROPOSAL'];

export const DELEGATE_SATISFACTIONS = ['SATISFIED', 'BASICALLY_SATISFIED', 'NOT_SATISFIED'] as const;
export type DelegateSatisfaction = (typeof DELEGATE_SATISFACTIONS)[number];

/**
 * Who sees every case: those who oversee every department (leaders, supervisors, admins, county-wide SUPERVISION
 * officers: they supervise the answers) and CASEWORK officers acting county-wide (县信访局, 县政务服务数据管理局).
 * Anyone else sees the cases their own department leads or co-handles.
 */
export const seesEveryCase = (caller: Caller | null): boolean =>
  !!caller && (caller.kind === 'service' || overseesEveryDepartment(caller) || actsCountyWide(caller, 'CASEWORK'));

/** Whether the caller may work (reply to) a case led by this department: county-wide, or its own CASEWORK officer. */
export const worksCaseOf = (caller: Caller | null, departmentId: string | null): boolean =>
  canWrite(caller, 'CASEWORK', departmentId ?? '');

/**
 * A complainant's contact as shown to anyone but the officers handling the case: a phone number keeps its
 * first three and last four digits (138****5678), anything else its first character.
 */
export function maskContact(contact: string): string {
  const digits = contact.replace(/\D/g, '');
  if (digits.length >= 7 && digits.length === contact.replace(/[\s-]/g, '').length)
    return `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`;
  const chars = [...contact.trim()];
  return chars.length <= 1 ? '*' : `${chars[0]}${'*'.repeat(Math.min(chars.length - 1, 8))}`;
}
