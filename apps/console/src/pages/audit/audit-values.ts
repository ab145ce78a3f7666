// How an audited record's items read, by kind of record and item: which label table names the codes it holds,
// so the 操作日志 shows 部门 / 司法判决 / 严重, not DEPARTMENT; and which hold money kept in fen (BIGINT), shown
// in yuan. An item not listed is shown as stored.
import type { Label, LabelTable } from '../../labels/label';
import type { ItemKind } from './audit-items';
import { auditFieldName } from './audit-fields';
import { ACCEPTANCE_RESULT } from '../../labels/acceptance-result';
import { CALENDAR_DAY_KIND } from '../../labels/calendar-day-kind';
import { CASE_KIND } from '../../labels/case-kind';
import { CASE_STAGE } from '../../labels/case-stage';
import { CASE_STATUS } from '../../labels/case-status';
import { COMMITMENT_KIND } from '../../labels/commitment-kind';
import { COMPLAINT_CATEGORY } from '../../labels/complaint-category';
import { CREDIT_CATEGORY } from '../../labels/credit-category';
import { DEBT_KIND } from '../../labels/debt-kind';
import { BOND_PURPOSE, DEBT_INCIDENT_GRADE, DEBT_INCIDENT_KIND, DEBT_STOCK_KIND } from '../../labels/debt-law';
import { DELEGATE_SATISFACTION } from '../../labels/delegate-satisfaction';
import { DEPARTMENT_KIND } from '../../labels/department-kind';
import { DOMAIN } from '../../labels/domain';
import { DUE_BASIS } from '../../labels/due-basis';
import { ENTERPRISE_SIZE } from '../../labels/enterprise-size';
import { EVALUATION_STATUS } from '../../labels/evaluation-status';
import { FEEDBACK_DECISION } from '../../labels/feedback-decision';
import { FAIR_COMPETITION_CONCLUSION } from '../../labels/fair-competition-conclusion';
import { HEAD_RANK } from '../../labels/head-rank';
import { OBJECTION_STATUS } from '../../labels/objection-status';
import { PERIOD_START } from '../../labels/period-start';
import { PERIOD_UNIT } from '../../labels/period-unit';
import { POLICY_STATUS } from '../../labels/policy-status';
import { PPP_MECHANISM } from '../../labels/ppp-mechanism';
import { PPP_PHASE } from '../../labels/ppp-phase';
import { PROCUREMENT_CATEGORY } from '../../labels/procurement-category';
import { PROCUREMENT_METHOD } from '../../labels/procurement-method';
import { PROCUREMENT_STATUS } from '../../labels/procurement-status';
import { PROPOSAL_OUTCOME } from '../../labels/proposal-outcome';
import { RECORD_STATUS } from '../../labels/record-status';
import { RECTIFICATION_ORIGIN } from '../../labels/rectification-origin';
import { RECTIFICATION_STATUS } from '../../labels/rectification-status';
import { REPAIR_STATUS } from '../../labels/repair-status';
import { ROLE } from '../../labels/role';
import { SANCTION_KIND } from '../../labels/sanction-kind';
import { SEVERITY } from '../../labels/severity';
import { SOURCED_RECORD_KIND } from '../../labels/sourced-record-kind';
import { SUBJECT_TYPE } from '../../labels/subject-type';
import { TASK_REPORT_STATUS } from '../../labels/task-report-status';
import { WARNING_KIND } from '../../labels/warning-kind';
import { WARNING_STATUS } from '../../labels/warning-status';

export const AUDIT_VALUES: Readonly<Record<string, Readonly<Record<string, LabelTable>>>> = {
  Department: { kind: DEPARTMENT_KIND, countyWideDomains: DOMAIN },
  Enterprise: { size: ENTERPRISE_SIZE },
  User: { roles: ROLE, domains: DOMAIN },
  CreditRecord: {
    subjectType: SUBJECT_TYPE,
    category: CREDIT_CATEGORY,
    severity: SEVERITY,
    // stored: ACTIVE, REPAIRED, REVOKED (EXPIRED is worked out when read, never stored)
    status: RECORD_STATUS,
    sanctionKind: SANCTION_KIND,
    // a record made from another domain's fact (record.fromSource): the kind of fact reported
    kind: SOURCED_RECORD_KIND,
  },
  Objection: { status: OBJECTION_STATUS },
  RepairApplication: { status: REPAIR_STATUS },
  // a report is on a department or an enterprise only
  CreditReport: { subjectType: SUBJECT_TYPE },
  // set to NORMAL, a day's exception is removed: the change records NORMAL
  CalendarDay: { kind: CALENDAR_DAY_KIND },
  ProcurementProject: { category: PROCUREMENT_CATEGORY, method: PROCUREMENT_METHOD, status: PROCUREMENT_STATUS },
  Contract: { supplierSize: ENTERPRISE_SIZE, acceptanceResult: ACCEPTANCE_RESULT },
  PaymentMilestone: { dueBasis: DUE_BASIS },
  PppProject: { phase: PPP_PHASE, mechanism: PPP_MECHANISM },
  IncentivePolicy: { status: POLICY_STATUS },
  Commitment: { kind: COMMITMENT_KIND, competitionReviewConclusion: FAIR_COMPETITION_CONCLUSION },
  DebtInstrument: { kind: DEBT_KIND, bondPurpose: BOND_PURPOSE },
  DebtIncident: { kind: DEBT_INCIDENT_KIND, grade: DEBT_INCIDENT_GRADE },
  DebtStockPlan: { kind: DEBT_STOCK_KIND },
  DebtReduction: { kind: DEBT_STOCK_KIND },
  Evaluation: { status: EVALUATION_STATUS },
  EvaluationFeedback: { decision: FEEDBACK_DECISION },
  AcceptanceAttempt: { result: ACCEPTANCE_RESULT },
  Rectification: { status: RECTIFICATION_STATUS, origin: RECTIFICATION_ORIGIN },
  TaskReport: { status: TASK_REPORT_STATUS },
  IntegrityWarning: { kind: WARNING_KIND, status: WARNING_STATUS },
  Case: {
    kind: CASE_KIND,
    status: CASE_STATUS,
    category: COMPLAINT_CATEGORY,
    outcome: PROPOSAL_OUTCOME,
    delegateSatisfaction: DELEGATE_SATISFACTION,
  },
  DeadlineRule: { kind: CASE_KIND, stage: CASE_STAGE, startsFrom: PERIOD_START, unit: PERIOD_UNIT },
  CourtAppearance: { rank: HEAD_RANK },
};

/** The label table for an item of a kind of record, if its values are codes. */
const valueTable = (entityType: string, item: string): LabelTable | undefined =>
  Object.hasOwn(AUDIT_VALUES, entityType) ? AUDIT_VALUES[entityType]![item] : undefined;

/**
 * Money the subgraphs keep in fen, by kind of record (`debt.repay` also stores the repayment's principal and
 * interest). Listed, not guessed from the name: a credit record from a source keeps its amount as the sender's
 * yuan text, and a deadline rule's amount is a number of days.
 */
const MONEY: Readonly<Record<string, readonly string[]>> = {
  ProcurementProject: ['budget'],
  Bid: ['amount'],
  RefusedBid: ['amount'],
  Contract: ['amount'],
  PaymentMilestone: ['amount', 'paidAmount'],
  PppProject: ['totalInvestment'],
  PppObligation: ['amount', 'paidAmount'],
  PppFiscalCapacity: ['generalBudgetExpenditure'],
  InvestmentAgreement: ['amount', 'investedToDate'],
  Commitment: ['amount', 'fulfilledAmount'],
  DebtInstrument: ['principal', 'interest'],
  DebtIncident: ['amount'],
  DebtLimit: ['amount'],
  FiscalResources: ['amount'],
  DebtStockPlan: ['stockAtStart', 'plannedReduction'],
  DebtReduction: ['amount'],
  Judgment: ['amount', 'fulfilledAmount'],
  // kept inside other records' snapshots (NESTED)
  ScheduledPayment: ['principal', 'interest'],
  MilestonePayment: ['amount'],
  PppPayment: ['amount'],
  CommitmentFulfilment: ['amount'],
  JudgmentFulfilment: ['amount'],
};

/** A list snapshot's entries (items 1, 2, …): debt's replaced schedule is a list of scheduled payments. */
const LIST_ENTRY = '#';

/** The kind of record an item keeps inside it, so its items are named and read as that kind's. */
const NESTED: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  Contract: {
    milestones: 'PaymentMilestone',
    attempt: 'AcceptanceAttempt',
    redelivery: 'Redelivery',
    moved: 'DueDateMove',
  },
  PaymentMilestone: { payment: 'MilestonePayment' },
  PppObligation: { payment: 'PppPayment' },
  Commitment: { event: 'CommitmentFulfilment' },
  Judgment: { fulfilment: 'JudgmentFulfilment' },
  Case: { rating: 'ComplaintRating' },
  Objection: { materialRound: 'MaterialRound' },
  DebtInstrument: { schedule: 'ScheduledPayment', [LIST_ENTRY]: 'ScheduledPayment' },
  CalendarYear: { days: 'CalendarDay', loaded: 'CalendarYear' },
};

const nestedKind = (entityType: string, item: string): string | undefined => {
  const key = /^\d+$/.test(item) ? LIST_ENTRY : item;
  return Object.hasOwn(NESTED, entityType) && Object.hasOwn(NESTED[entityType]!, key)
    ? NESTED[entityType]![key]
    : undefined;
};

/** A deadline rule's id (`COMPLAINT.ACCEPT.1`: kind, stage, version) in words: 群众投诉 · 受理 · 第1版. */
export function deadlineRuleText(id: string, locale: keyof Label): string {
  const [kind = '', stage = '', version = ''] = id.split('.');
  const known = (table: LabelTable, code: string) => Object.hasOwn(table, code);
  if (!known(CASE_KIND, kind) || !known(CASE_STAGE, stage) || !/^\d+$/.test(version)) return id;
  const edition = locale === 'zh-CN' ? `第${version}版` : `version ${version}`;
  return `${(CASE_KIND as LabelTable)[kind]![locale]} · ${(CASE_STAGE as LabelTable)[stage]![locale]} · ${edition}`;
}

/** Items that hold a deadline rule's id. */
const DEADLINE_RULE_IDS: Readonly<Record<string, readonly string[]>> = {
  Case: ['acceptRuleId', 'replyRuleId'],
  DeadlineRule: ['id'],
};

const listed = (table: Readonly<Record<string, readonly string[]>>, entityType: string, item: string) =>
  Object.hasOwn(table, entityType) && table[entityType]!.includes(item);

/** How an item of a kind of record reads: its codes' table, money in fen, a deadline rule's id, a nested record. */
export function itemKind(entityType: string, item: string): ItemKind {
  const inner = nestedKind(entityType, item);
  return {
    table: valueTable(entityType, item),
    money: listed(MONEY, entityType, item),
    ...(listed(DEADLINE_RULE_IDS, entityType, item) ? { format: deadlineRuleText } : {}),
    ...(inner ? { nested: { name: (key) => auditFieldName(inner, key), kind: (key) => itemKind(inner, key) } } : {}),
  };
}
