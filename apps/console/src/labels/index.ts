// Every label table by the name of the schema enum it labels (the test checks them against the supergraph).
import { CALENDAR_DAY_KIND } from './calendar-day-kind';
import { COMMITMENT_KIND } from './commitment-kind';
import { COMMITMENT_STATUS } from './commitment-status';
import { CREDIT_CATEGORY } from './credit-category';
import { DEBT_KIND } from './debt-kind';
import { BOND_PURPOSE, DEBT_INCIDENT_GRADE, DEBT_INCIDENT_KIND, DEBT_STOCK_KIND } from './debt-law';
import { DEPARTMENT_KIND } from './department-kind';
import { DOMAIN } from './domain';
import { MILESTONE_STATUS } from './milestone-status';
import { OBJECTION_OUTCOME } from './objection-outcome';
import { OBJECTION_STATUS } from './objection-status';
import { POLICY_STATUS } from './policy-status';
import { PPP_OBLIGATION_STATUS } from './ppp-obligation-status';
import { PPP_PHASE } from './ppp-phase';
import { PPP_MECHANISM } from './ppp-mechanism';
import { ENTERPRISE_SIZE } from './enterprise-size';
import { DUE_BASIS } from './due-basis';
import { PROCUREMENT_CATEGORY } from './procurement-category';
import { PROCUREMENT_METHOD } from './procurement-method';
import { PROCUREMENT_STATUS } from './procurement-status';
import { RECORD_STATUS } from './record-status';
import { REGION_LEVEL } from './region-level';
import { REPAIR_STATUS } from './repair-status';
import { RISK_LEVEL } from './risk-level';
import { ROLE } from './role';
import { SEVERITY } from './severity';
import { SUBJECT_TYPE } from './subject-type';
import { GRADE } from './grade';
import { INDICATOR_KIND } from './indicator-kind';
import { TASK_REPORT_STATE } from './task-report-state';
import { TASK_REPORT_STATUS } from './task-report-status';
import { TASK_ROLE } from './task-role';
import { RECTIFICATION_ORIGIN } from './rectification-origin';
import { RECTIFICATION_STATUS } from './rectification-status';
import { SOURCED_RECORD_KIND } from './sourced-record-kind';
import { EVALUATION_STATUS } from './evaluation-status';
import { HONOURS_BAR_KIND } from './honours-bar-kind';
import { SANCTION_KIND } from './sanction-kind';
import { ELIGIBILITY_BAR_KIND } from './eligibility-bar-kind';
import { WARNING_KIND } from './warning-kind';
import { WARNING_STATUS } from './warning-status';
import { CASE_KIND } from './case-kind';
import { CREDIT_CHECK_STEP } from './credit-check-step';
import { CREDIT_CHECK_RESULT } from './credit-check-result';
import { EXCHANGE_FORMAT } from './exchange-format';
import { CASE_STATUS } from './case-status';
import { COMPLAINT_CATEGORY } from './complaint-category';
import { PROPOSAL_OUTCOME } from './proposal-outcome';
import { DELEGATE_SATISFACTION } from './delegate-satisfaction';
import { CASE_STAGE } from './case-stage';
import { PERIOD_START } from './period-start';
import { PERIOD_UNIT } from './period-unit';
import { JUDGMENT_STATUS } from './judgment-status';
import { HEAD_RANK } from './head-rank';
import { FAIR_COMPETITION_CONCLUSION } from './fair-competition-conclusion';
import type { LabelTable } from './label';

export { labelOf, optionsOf, type Label, type LabelTable } from './label';
export { CALENDAR_DAY_KIND } from './calendar-day-kind';
export { COMMITMENT_KIND } from './commitment-kind';
export { COMMITMENT_STATUS } from './commitment-status';
export { CREDIT_CATEGORY } from './credit-category';
export { DEBT_KIND } from './debt-kind';
export { BOND_PURPOSE, DEBT_INCIDENT_GRADE, DEBT_INCIDENT_KIND, DEBT_STOCK_KIND } from './debt-law';
export { DEPARTMENT_KIND } from './department-kind';
export { DOMAIN } from './domain';
export { MILESTONE_STATUS } from './milestone-status';
export { OBJECTION_OUTCOME } from './objection-outcome';
export { OBJECTION_STATUS } from './objection-status';
export { POLICY_STATUS } from './policy-status';
export { PPP_OBLIGATION_STATUS } from './ppp-obligation-status';
export { PPP_PHASE } from './ppp-phase';
export { PPP_MECHANISM } from './ppp-mechanism';
export { ENTERPRISE_SIZE } from './enterprise-size';
export { DUE_BASIS } from './due-basis';
export { PROCUREMENT_CATEGORY } from './procurement-category';
export { PROCUREMENT_METHOD } from './procurement-method';
export { PROCUREMENT_STATUS } from './procurement-status';
export { RECORD_STATUS } from './record-status';
export { REGION_LEVEL } from './region-level';
export { REPAIR_STATUS } from './repair-status';
export { RISK_LEVEL } from './risk-level';
export { ROLE } from './role';
export { SEVERITY } from './severity';
export { SUBJECT_TYPE } from './subject-type';
export { TASK_ROLE } from './task-role';
export { TASK_REPORT_STATUS } from './task-report-status';
export { TASK_REPORT_STATE } from './task-report-state';
export { INDICATOR_KIND } from './indicator-kind';
export { GRADE } from './grade';
export { RECTIFICATION_ORIGIN } from './rectification-origin';
export { RECTIFICATION_STATUS } from './rectification-status';
export { SCORE_FIGURE, RATIO_FIGURES } from './score-figure';
export { SOURCED_RECORD_KIND } from './sourced-record-kind';
export { EVALUATION_STATUS } from './evaluation-status';
export { HONOURS_BAR_KIND } from './honours-bar-kind';
export { SANCTION_KIND } from './sanction-kind';
export { ELIGIBILITY_BAR_KIND } from './eligibility-bar-kind';
export { WARNING_KIND } from './warning-kind';
export { WARNING_STATUS } from './warning-status';
export { JUDGMENT_STATUS } from './judgment-status';
export { HEAD_RANK } from './head-rank';
export { FAIR_COMPETITION_CONCLUSION } from './fair-competition-conclusion';
export { CASE_KIND } from './case-kind';
export { CREDIT_CHECK_STEP } from './credit-check-step';
export { CREDIT_CHECK_RESULT } from './credit-check-result';
export { EXCHANGE_FORMAT } from './exchange-format';
export { CASE_STATUS } from './case-status';
export { COMPLAINT_CATEGORY } from './complaint-category';
export { PROPOSAL_OUTCOME } from './proposal-outcome';
export { DELEGATE_SATISFACTION } from './delegate-satisfaction';
export { CASE_STAGE } from './case-stage';
export { PERIOD_START } from './period-start';
export { PERIOD_UNIT } from './period-unit';

export const LABELS: Readonly<Record<string, LabelTable>> = {
  // a year's arrangement takes the same two kinds a single day can be
  ArrangedDayKind: { HOLIDAY: CALENDAR_DAY_KIND.HOLIDAY, WORKDAY: CALENDAR_DAY_KIND.WORKDAY },
  SanctionKind: SANCTION_KIND,
  EligibilityBarKind: ELIGIBILITY_BAR_KIND,
  TaskRole: TASK_ROLE,
  TaskReportStatus: TASK_REPORT_STATUS,
  TaskReportState: TASK_REPORT_STATE,
  IndicatorKind: INDICATOR_KIND,
  Grade: GRADE,
  RectificationStatus: RECTIFICATION_STATUS,
  RectificationOrigin: RECTIFICATION_ORIGIN,
  SourcedRecordKind: SOURCED_RECORD_KIND,
  WarningKind: WARNING_KIND,
  EvaluationStatus: EVALUATION_STATUS,
  HonoursBarKind: HONOURS_BAR_KIND,
  WarningStatus: WARNING_STATUS,
  CalendarDayKind: CALENDAR_DAY_KIND,
  CommitmentKind: COMMITMENT_KIND,
  CommitmentStatus: COMMITMENT_STATUS,
  FairCompetitionConclusion: FAIR_COMPETITION_CONCLUSION,
  CreditCategory: CREDIT_CATEGORY,
  DebtKind: DEBT_KIND,
  BondPurpose: BOND_PURPOSE,
  DebtIncidentGrade: DEBT_INCIDENT_GRADE,
  DebtIncidentKind: DEBT_INCIDENT_KIND,
  DebtStockKind: DEBT_STOCK_KIND,
  DepartmentKind: DEPARTMENT_KIND,
  Domain: DOMAIN,
  MilestoneStatus: MILESTONE_STATUS,
  ObjectionOutcome: OBJECTION_OUTCOME,
  ObjectionStatus: OBJECTION_STATUS,
  PolicyStatus: POLICY_STATUS,
  PppObligationStatus: PPP_OBLIGATION_STATUS,
  PppPhase: PPP_PHASE,
  PppMechanism: PPP_MECHANISM,
  EnterpriseSize: ENTERPRISE_SIZE,
  DueBasis: DUE_BASIS,
  ProcurementCategory: PROCUREMENT_CATEGORY,
  ProcurementMethod: PROCUREMENT_METHOD,
  ProcurementStatus: PROCUREMENT_STATUS,
  RecordStatus: RECORD_STATUS,
  RegionLevel: REGION_LEVEL,
  RepairStatus: REPAIR_STATUS,
  RiskLevel: RISK_LEVEL,
  Role: ROLE,
  Severity: SEVERITY,
  SubjectType: SUBJECT_TYPE,
  CaseKind: CASE_KIND,
  CaseStatus: CASE_STATUS,
  ComplaintCategory: COMPLAINT_CATEGORY,
  ProposalOutcome: PROPOSAL_OUTCOME,
  DelegateSatisfaction: DELEGATE_SATISFACTION,
  CaseStage: CASE_STAGE,
  PeriodStart: PERIOD_START,
  PeriodUnit: PERIOD_UNIT,
  JudgmentStatus: JUDGMENT_STATUS,
  HeadRank: HEAD_RANK,
  CreditCheckStep: CREDIT_CHECK_STEP,
  CreditCheckResult: CREDIT_CHECK_RESULT,
  ExchangeFormat: EXCHANGE_FORMAT,
};
