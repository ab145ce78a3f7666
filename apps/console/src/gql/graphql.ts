/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date in ISO 8601 form, YYYY-MM-DD (no time, no time zone). */
  Date: { input: string; output: string; }
  /** An exact decimal number serialised as a string, e.g. "1234.56". Money is in CNY (元) with 2 decimal places. */
  Decimal: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
};

/** One acceptance (履约验收) of the delivery, passed or failed. Every one is kept: a failure within the agreed period means the purchaser did not delay, so the SME payment term waits for a passed one (条例第十条). */
export type AcceptanceAttempt = {
  __typename?: 'AcceptanceAttempt';
  /** The day of the acceptance. */
  acceptedOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  /** The acceptance record’s remarks (验收意见). */
  note?: Maybe<Scalars['String']['output']>;
  /** Whether the delivery passed. */
  passed: Scalars['Boolean']['output'];
  /** When it was recorded (ISO-8601 UTC). */
  recordedAt: Scalars['String']['output'];
  /** Who recorded it. */
  recordedBy: Scalars['String']['output'];
};

/** An accountability finding (问责) on a region’s debt management. */
export type AccountabilityFinding = {
  __typename?: 'AccountabilityFinding';
  finding: Scalars['String']['output'];
  id: Scalars['String']['output'];
  /** Username of the supervisor who recorded it. */
  recordedBy: Scalars['String']['output'];
  recordedOn: Scalars['Date']['output'];
  /** Who is held responsible. */
  responsible: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

/** A government commitment; it must rest on an APPROVED policy. */
export type AddCommitmentInput = {
  /** Value, CNY, more than zero. */
  amount: Scalars['Decimal']['input'];
  /** What exactly is promised. */
  description: Scalars['String']['input'];
  /** Due date, not before the signing date. */
  dueDate: Scalars['Date']['input'];
  /** The fair-competition review it passed; required for every kind the review table names (today all): FAIR_COMPETITION_REVIEW_REQUIRED when missing. */
  fairCompetitionReview?: InputMaybe<FairCompetitionReviewInput>;
  kind: CommitmentKind;
  /** The approved incentive policy it rests on. */
  policyId: Scalars['ID']['input'];
};

/** A new credit record. The publicity rules of its severity are checked on publicityEnd. */
export type AddCreditRecordInput = {
  /** Issuing authority. */
  authority: Scalars['String']['input'];
  category: CreditCategory;
  /** Decision date, not in the future; publicity starts on it. */
  decisionDate: Scalars['Date']['input'];
  /** Decision document number (文号). */
  documentNumber: Scalars['String']['input'];
  /** Last day of publicity, within the severity’s bounds (optional only for an unpublished MINOR record). */
  publicityEnd?: InputMaybe<Scalars['Date']['input']>;
  /** Publish on the public disclosure. GENERAL and SERIOUS records of departments and enterprises must be; publishing an individual’s record is a decision. */
  publish: Scalars['Boolean']['input'];
  /** The kind of a civil servant’s disciplinary sanction (required there, refused on any other record); it fixes the sanction period. */
  sanctionKind?: InputMaybe<SanctionKind>;
  severity: Severity;
  /** Civil servant id, department id, or the enterprise’s USCC. */
  subjectId: Scalars['ID']['input'];
  subjectType: SubjectType;
};

/** A replacement schedule; its principal must add up to the instrument’s. */
export type AdjustRepaymentScheduleInput = {
  payments: Array<ScheduledPaymentInput>;
  /** The instrument version you read; a stale one is CONFLICT. */
  version: Scalars['Int']['input'];
};

/** One day of a year’s holiday arrangement (as 国务院办公厅 publishes it each year). */
export type ArrangedDayInput = {
  date: Scalars['Date']['input'];
  kind: ArrangedDayKind;
  /** What it is, e.g. 春节 or 春节调休, 1 to 50 characters. */
  name: Scalars['String']['input'];
};

/** A day of a year’s arrangement: a holiday, or a weekend day worked in exchange (调休). */
export type ArrangedDayKind =
  | 'HOLIDAY'
  | 'WORKDAY';

/** Who handles a case: a lead department and any co-handlers. */
export type AssignCaseInput = {
  /** Co-handling departments (协办单位), at most 10. */
  coHandlerIds?: Array<Scalars['ID']['input']>;
  /** The lead department (主办单位). */
  departmentId: Scalars['ID']['input'];
  /** The case’s version you read: after any change to the case since (another reassignment, an extension, a recount of its deadlines) the assignment is refused with CONFLICT (STALE_VERSION) instead of made unseen. Omitted: no check. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** One recorded change: who did what to which record, with its state before and after. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** What was done, e.g. "department.update". */
  action: Scalars['String']['output'];
  /** Id of the user or service that made the change. */
  actorId: Scalars['String']['output'];
  /** Username of who made the change. */
  actorName: Scalars['String']['output'];
  /** The record after the change. */
  after?: Maybe<Scalars['JSON']['output']>;
  /** When the change was committed (ISO-8601, UTC). */
  at: Scalars['String']['output'];
  /** The record before the change (null when created). */
  before?: Maybe<Scalars['JSON']['output']>;
  /** Id of the record changed. */
  entityId: Scalars['String']['output'];
  /** Kind of record changed, e.g. "Department". */
  entityType: Scalars['String']['output'];
  /** Entry id. */
  id: Scalars['ID']['output'];
  /** Request id, to find the request in the logs. */
  requestId: Scalars['String']['output'];
};

/** A page of audit entries, newest first. */
export type AuditEntryPage = {
  __typename?: 'AuditEntryPage';
  /** The items on this page. */
  items: Array<AuditEntry>;
  /** This page number, from 1. */
  page: Scalars['Int']['output'];
  /** Items per page. */
  pageSize: Scalars['Int']['output'];
  /** How many items match, across all pages. */
  total: Scalars['Int']['output'];
};

/** A successful login: send `token` as `Authorization: Bearer <token>` on every request. */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** When the token stops being accepted (ISO-8601, UTC). */
  expiresAt: Scalars['String']['output'];
  /** Signed JWT; every subgraph verifies it. */
  token: Scalars['String']['output'];
  /** The account that logged in. */
  user: User;
};

/** A bid accepted after the supplier’s credit check. */
export type Bid = {
  __typename?: 'Bid';
  /** Bid amount, CNY. */
  amount: Scalars['Decimal']['output'];
  id: Scalars['ID']['output'];
  /** When it was submitted (ISO-8601, UTC). */
  submittedAt: Scalars['String']['output'];
  /** The supplier (directory; credit adds `restricted`). */
  supplier: Enterprise;
  /** The supplier’s name. */
  supplierName: Scalars['String']['output'];
  /** The supplier’s unified social credit code. */
  supplierUscc: Scalars['String']['output'];
};

/** What an on-lent bond is for. */
export type BondPurpose =
  /** New borrowing within the approved limit (新增债券). */
  | 'NEW'
  /** Refinancing bond (再融资债券) that repays maturing bond principal. */
  | 'REFINANCING';

/** A recorded breach (违约失信) with its responsible department. */
export type BreachRecord = {
  __typename?: 'BreachRecord';
  /** The department responsible for the breach (named by directory). */
  department: Department;
  description: Scalars['String']['output'];
  /** Number of the document that found the breach (认定文书号); null where none was recorded. */
  documentNumber?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The PPP project it was recorded on (三.3, 三.4); null otherwise. In one statement per page. */
  pppProject?: Maybe<PppProject>;
  /** The procurement project it was recorded on; null for none or a PPP project. The projects of a page in one statement. */
  project?: Maybe<ProcurementProject>;
  projectId?: Maybe<Scalars['ID']['output']>;
  recordedBy: Scalars['String']['output'];
  recordedOn: Scalars['Date']['output'];
};

/** A page of breach records. */
export type BreachRecordPage = {
  __typename?: 'BreachRecordPage';
  /** The items on this page. */
  items: Array<BreachRecord>;
  /** This page number, from 1. */
  page: Scalars['Int']['output'];
  /** Items per page. */
  pageSize: Scalars['Int']['output'];
  /** How many items match, across all pages. */
  total: Scalars['Int']['output'];
};

/** A change of the county working calendar, as credit (its owner) tells the subgraphs that count deadlines on it. */
export type CalendarChangeInput = {
  /** What changed, as the audit entries of the moved deadlines name it, e.g. "calendar.load 2027". */
  cause: Scalars['String']['input'];
  /** The first day whose kind may have changed. */
  from: Scalars['Date']['input'];
  /** The last day whose kind may have changed (the same day for one day). */
  to: Scalars['Date']['input'];
};

/** A calendar exception used for working-day deadlines (objections). */
export type CalendarDay = {
  __typename?: 'CalendarDay';
  date: Scalars['Date']['output'];
  kind: CalendarDayKind;
  name: Scalars['String']['output'];
};

/** An exception to the Monday–Friday week. */
export type CalendarDayKind =
  /** Public holiday: not a working day. */
  | 'HOLIDAY'
  /** Remove the exception. */
  | 'NORMAL'
  /** A weekend day worked in exchange (调休). */
  | 'WORKDAY';

/** A case: a complaint, petition, hotline item, NPC/CPPCC item or judicial/procuratorial recommendation. */
export type Case = {
  __typename?: 'Case';
  /** Last day to decide acceptance (kinds that have that stage). */
  acceptDeadline?: Maybe<Scalars['Date']['output']>;
  /** Day accepted. */
  acceptedOn?: Maybe<Scalars['Date']['output']>;
  /** Day first assigned (交办). */
  assignedOn?: Maybe<Scalars['Date']['output']>;
  /** The deadline counts working days in a year whose holiday calendar is not loaded: only weekends were skipped. */
  calendarMissing: Scalars['Boolean']['output'];
  /** A public complaint’s category. */
  category?: Maybe<ComplaintCategory>;
  /** Day closed. */
  closedOn?: Maybe<Scalars['Date']['output']>;
  /** Co-handling departments (协办单位). */
  coHandlers: Array<Department>;
  /** The department or town the case is about, as registered. */
  concernedDepartment?: Maybe<Department>;
  /** A public complaint’s contact: in full for the officers handling it (county-wide CASEWORK officers, and those of the lead department unless it is the department complained about), masked for anyone else; null when anonymous. */
  contact?: Maybe<Scalars['String']['output']>;
  /** What the case says. */
  content: Scalars['String']['output'];
  /** The deadline of the stage the case is in: acceptance while RECEIVED, else the reply. */
  deadline?: Maybe<Scalars['Date']['output']>;
  /** NPC/CPPCC: the deputy’s or member’s view. */
  delegateSatisfaction?: Maybe<DelegateSatisfaction>;
  /** The department responsible now: the lead department once assigned, before that the one concerned. */
  department?: Maybe<Department>;
  /** Day the extension was approved. */
  extendedOn?: Maybe<Scalars['Date']['output']>;
  /** Why the reply period was extended (once at most). */
  extensionReason?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: CaseKind;
  /** Why it was not accepted. */
  outOfScopeReason?: Maybe<Scalars['String']['output']>;
  /** NPC/CPPCC outcome A, B or C. */
  outcome?: Maybe<ProposalOutcome>;
  /** Still open (RECEIVED, ACCEPTED, ASSIGNED) after its deadline. */
  overdue: Scalars['Boolean']['output'];
  /** Day received. */
  receivedOn: Scalars['Date']['output'];
  /** Day a "not satisfied" rating reopened it (once at most). */
  reopenedOn?: Maybe<Scalars['Date']['output']>;
  /** Day replied. */
  repliedOn?: Maybe<Scalars['Date']['output']>;
  /** The lead department’s reply. */
  reply?: Maybe<Scalars['String']['output']>;
  /** Last day to reply (with an approved extension); null until the period has started. */
  replyDeadline?: Maybe<Scalars['Date']['output']>;
  /** The number it carries where it came from (信访件编号, 工单号, 建议号). */
  sourceNumber?: Maybe<Scalars['String']['output']>;
  status: CaseStatus;
  /** Short title. */
  title: Scalars['String']['output'];
  /** A public complaint’s tracking number. */
  trackingNumber?: Maybe<Scalars['String']['output']>;
  /** Row version. */
  version: Scalars['Int']['output'];
  /** Working days from today to the deadline on the county calendar (0: due today; negative: that many working days overdue); null when the case is not open or has no deadline. A year without a loaded calendar counts weekends only. */
  workingDaysLeft?: Maybe<Scalars['Int']['output']>;
};

/** Where a case comes from. */
export type CaseKind =
  /** 投诉举报: a complaint about government dishonesty, from the public form or registered. */
  | 'COMPLAINT'
  /** 政协提案: a proposal of a CPPCC member. */
  | 'CPPCC_PROPOSAL'
  /** 12345: an item transferred from the government service hotline. */
  | 'HOTLINE'
  /** 司法建议: a court’s recommendation to an agency. */
  | 'JUDICIAL_RECOMMENDATION'
  /** 人大代表建议: a suggestion of a people’s congress deputy. */
  | 'NPC_SUGGESTION'
  /** 信访: a petition (《信访工作条例》). */
  | 'PETITION'
  /** 检察建议: a procuratorate’s recommendation to an agency. */
  | 'PROCURATORIAL_RECOMMENDATION';

/** A page of cases. */
export type CasePage = {
  __typename?: 'CasePage';
  /** The items on this page. */
  items: Array<Case>;
  /** This page number, from 1. */
  page: Scalars['Int']['output'];
  /** Items per page. */
  pageSize: Scalars['Int']['output'];
  /** How many items match, across all pages. */
  total: Scalars['Int']['output'];
};

/** A stage a deadline rule sets a period for. */
export type CaseStage =
  /** Deciding whether the case is accepted. */
  | 'ACCEPT'
  /** Answering the case. */
  | 'REPLY';

/** Where a case stands. */
export type CaseStatus =
  /** Accepted; not yet assigned to a lead department. */
  | 'ACCEPTED'
  /** Assigned: the lead department (with any co-handlers) works on the reply. */
  | 'ASSIGNED'
  /** Finished. */
  | 'CLOSED'
  /** Not accepted (out of scope), with the reason. */
  | 'OUT_OF_SCOPE'
  /** Registered; acceptance not yet decided. */
  | 'RECEIVED'
  /** Answered by the lead department. */
  | 'REPLIED';

/** A money step asking credit about an enterprise; the check is logged whatever it finds. */
export type CheckCreditAtInput = {
  /** The user the step is taken for. */
  actor: Scalars['String']['input'];
  /** The department whose step it is (the project’s purchaser, the agreement’s department): an officer who is not county-wide reads only their department’s checks. */
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  /** The step’s object in the asking subgraph (project, agreement or commitment id). */
  reference: Scalars['String']['input'];
  step: CreditCheckStep;
  /** The enterprise’s unified social credit code. */
  uscc: Scalars['ID']['input'];
};

/** A civil servant, keyed by id. The resident ID number is shown masked except to those allowed to see it. */
export type CivilServant = {
  __typename?: 'CivilServant';
  /** The credit file, if opened. */
  creditFile?: Maybe<CreditFile>;
  /** Employing department. */
  department: Department;
  /** Eligibility for honours, with reasons. */
  honorEligibility: Eligibility;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** The full resident ID number: only for CREDIT officers of the owning department (or county-wide), supervisors and admins; null for anyone else. Every read is logged. */
  idNumber?: Maybe<Scalars['String']['output']>;
  /** Resident ID number masked, e.g. 445122********123X. */
  idNumberMasked: Scalars['String']['output'];
  /** Name. */
  name: Scalars['String']['output'];
  /** Post (职务). */
  post?: Maybe<Scalars['String']['output']>;
  /** The credit records of the file, newest decision first. Every read is logged. */
  records: Array<CreditRecord>;
  /** Row version. */
  version: Scalars['Int']['output'];
};

/** A page of civil servants. */
export type CivilServantPage = {
  __typename?: 'CivilServantPage';
  /** The items on this page. */
  items: Array<CivilServant>;
  /** This page number, from 1. */
  page: Scalars['Int']['output'];
  /** Items per page. */
  pageSize: Scalars['Int']['output'];
  /** How many items match, across all pages. */
  total: Scalars['Int']['output'];
};

/** A column civil servants can be ordered by. */
export type CivilServantSortField =
  /** Name. */
  | 'NAME'
  /** Post (职务). */
  | 'POST';

/** Closing a replied case. */
export type CloseCaseInput = {
  /** NPC/CPPCC only, and required there: the deputy’s or member’s view of the reply. */
  delegateSatisfaction?: InputMaybe<DelegateSatisfaction>;
};

/** A government commitment under an investment agreement (政府承诺). It belongs to the department, whoever leads it. */
export type Commitment = {
  __typename?: 'Commitment';
  /** The agreement it belongs to. */
  agreement: InvestmentAgreement;
  /** Value of the commitment, CNY. */
  amount: Scalars['Decimal']['output'];
  /** Number of the document that found the breach (认定文书号); null where none was recorded. */
  breachDocumentNumber?: Maybe<Scalars['String']['output']>;
  /** The recorded breach, if any. */
  breachNote?: Maybe<Scalars['String']['output']>;
  /** Calendar days late: fulfilled in full after the due date, from the due date to that day (kept once fulfilled); waived unfulfilled, to the waiver; else, while past due, to today. null when on time or not yet due (fulfilled on the due date: null; the day after: 1). */
  daysLate?: Maybe<Scalars['Int']['output']>;
  /** The responsible department. */
  department: Department;
  /** What exactly was promised. */
  description: Scalars['String']['output'];
  /** Due date; OVERDUE from the day after. */
  dueDate: Scalars['Date']['output'];
  /** The fair-competition review it passed before it was made (公平竞争审查条例); null on commitments recorded before it was required. */
  fairCompetitionReview?: Maybe<FairCompetitionReview>;
  /** Sum of the fulfilment events, CNY. */
  fulfilledAmount: Scalars['Decimal']['output'];
  /** Fulfilment events, oldest first. */
  fulfilments: Array<Fulfilment>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** The investor’s written consent to the waiver; null unless waived (and on waivers recorded before it was required). */
  investorConsent?: Maybe<InvestorConsent>;
  /** What was promised. */
  kind: CommitmentKind;
  /** amount − fulfilledAmount, never below zero. */
  outstandingAmount: Scalars['Decimal']['output'];
  /** The policy it rests on. */
  policy: IncentivePolicy;
  /** Derived status. */
  status: CommitmentStatus;
  /** Row version for optimistic locking. */
  version: Scalars['Int']['output'];
  /** The recorded waiver and the agreement behind it, if any. */
  waiverNote?: Maybe<Scalars['String']['output']>;
};

/** What the government promised. */
export type CommitmentKind =
  /** Approvals and services within a time limit (审批服务). */
  | 'APPROVAL_SERVICE'
  /** Roads, utilities and other supporting works (配套设施). */
  | 'INFRASTRUCTURE'
  /** Land supply (供地). */
  | 'LAND'
  /** Anything else. */
  | 'OTHER'
  /** A subsidy or award (补贴奖励). */
  | 'SUBSIDY'
  /** A lawful tax incentive (税收优惠). */
  | 'TAX_INCENTIVE';

/** A page of commitments. */
export type CommitmentPage = {
  __typename?: 'CommitmentPage';
  /** The items on this page. */
  items: Array<Commitment>;
  /** This page number, from 1. */
  page: Scalars['Int']['output'];
  /** Items per page. */
  pageSize: Scalars['Int']['output'];
  /** How many items match, across all pages. */
  total: Scalars['Int']['output'];
};

/** Derived at every read from the fulfilment events, the recorded decisions and today’s date. */
export type CommitmentStatus =
  /** An officer recorded a breach (违约). */
  | 'BREACHED'
  /** Fulfilled amount reached the commitment. */
  | 'FULFILLED'
  /** Past its due date and not fulfilled. */
  | 'OVERDUE'
  /** Not yet due, partly fulfilled. */
  | 'PARTIALLY_FULFILLED'
  /** Not yet due, nothing fulfilled. */
  | 'PENDING'
  /** Released by a recorded agreement with the investor. */
  | 'WAIVED';

/** What a public complaint is about. */
export type ComplaintCategory =
  /** 拖欠账款 */
  | 'ARREARS'
  /** 失信违约 */
  | 'BROKEN_PROMISE'
  /** 行政不作为 */
  | 'INACTION'
  /** 乱作为 */
  | 'MISCONDUCT'
  /** 其他 */
  | 'OTHER'
  /** 政策不兑现 */
  | 'POLICY_NOT_HONOURED'
  /** 服务问题 */
  | 'SERVICE';

/** What the complainant keeps: shown once, the access code is never readable again. */
export type ComplaintReceipt = {
  __typename?: 'ComplaintReceipt';
  /** The access code: with the tracking number it opens the status and the rating. Shown once. */
  accessCode: Scalars['String']['output'];
  /** The day a reply is due. */
  deadline: Scalars['Date']['output'];
  /** Readable tracking number, e.g. TS-20261204-K7QF3M. */
  trackingNumber: Scalars['String']['output'];
};

/** A procurement contract with its payment milestones and acceptance (履约验收). */
export type Contract = {
  __typename?: 'Contract';
  acceptanceNote?: Maybe<Scalars['String']['output']>;
  /** The agreed acceptance period, days after delivery (条例第十条): ACCEPTANCE milestones fall due from its end when acceptance is not passed by then. null: none agreed. */
  acceptancePeriodDays?: Maybe<Scalars['Int']['output']>;
  /** Acceptance result: PASSED or FAILED. */
  acceptanceResult?: Maybe<Scalars['String']['output']>;
  /** Every acceptance recorded, oldest first (batched: one statement for any number of contracts). */
  acceptances: Array<AcceptanceAttempt>;
  /** Acceptance date. */
  acceptedOn?: Maybe<Scalars['Date']['output']>;
  /** Contract amount, CNY. */
  amount: Scalars['Decimal']['output'];
  /** Delivery date (交付): starts DELIVERY milestones. */
  deliveredOn?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  /** Agreed annual late-payment rate, percent; null: the statutory 0.05% a day. */
  lateRatePercent?: Maybe<Scalars['Decimal']['output']>;
  /** The one-year LPR at signing, percent, that the agreed rate was checked against. */
  lprPercent?: Maybe<Scalars['Decimal']['output']>;
  /** Payment milestones in order. */
  milestones: Array<PaymentMilestone>;
  /** The project. */
  project: ProcurementProject;
  /** Every re-delivery after a failed acceptance, oldest first (batched: one statement for any number of contracts). */
  redeliveries: Array<Redelivery>;
  signedOn: Scalars['Date']['output'];
  supplierName: Scalars['String']['output'];
  /** The supplier’s size as declared at signing (kept as it was). */
  supplierSize: EnterpriseSize;
  supplierUscc: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/** A hearing of an administrative case against a county body, and whether its head appeared. */
export type CourtAppearance = {
  __typename?: 'CourtAppearance';
  /** Who appeared, when the head did. */
  appearedName?: Maybe<Scalars['String']['output']>;
  /** 案号. */
  caseNumber: Scalars['String']['output'];
  /** The defendant body. */
  department: Department;
  /** Whether its head (正职 or 副职) appeared. */
  headAppeared: Scalars['Boolean']['output'];
  hearingDate: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  /** Their post (局长, 副镇长 …). */
  position?: Maybe<Scalars['String']['output']>;
  rank?: Maybe<HeadRank>;
};

/** A page of hearings. */
export type CourtAppearancePage = {
  __typename?: 'CourtAppearancePage';
  /** The items on this page. */
  items: Array<CourtAppearance>;
  /** This page number, from 1. */
  page: Scalars['Int']['output'];
  /** Items per page. */
  pageSize: Scalars['Int']['output'];
  /** How many items match, across all pages. */
  total: Scalars['Int']['output'];
};

/** One row of an imported court list and what became of it. */
export type CourtImportRow = {
  __typename?: 'CourtImportRow';
  /** Good: it names a county body and holds what a row must. */
  accepted: Scalars['Boolean']['output'];
  /** The listing was recorded already, by an earlier import of the same case or by casework’s report of its listing decision: nothing was added. */
  alreadyRecorded: Scalars['Boolean']['output'];
  /** 案号 as the file gives it. */
  caseNumber: Scalars['String']['output'];
  /** The field at fault, as the file names it. */
  field?: Maybe<Scalars['String']['output']>;
  /** The line of the file it starts on (JSON: its place in the array, from 1). */
  line: Scalars['Int']['output'];
  /** The reason’s figures (e.g. the expected check character). */
  params?: Maybe<Scalars['JSON']['output']>;
  /** Why it is refused: a reason code (the console words it). */
  reason?: Maybe<Scalars['String']['output']>;
  /** The record it made or had made already (after commit). */
  recordId?: Maybe<Scalars['ID']['output']>;
};

/** Credit-file coverage: civil servants with a file ÷ civil servants (target 100%). */
export type CoverageSummary = {
  __typename?: 'CoverageSummary';
  /** withFile ÷ total (0 when there are none); 1.0 = 100%. */
  ratio: Scalars['Float']['output'];
  /** Civil servants. */
  total: Scalars['Int']['output'];
  /** Of whom with a credit file. */
  withFile: Scalars['Int']['output'];
};

/** Register a civil servant. A bad ID number is BAD_USER_INPUT on "idNumber". */
export type CreateCivilServantInput = {
  /** Employing department. */
  departmentId: Scalars['ID']['input'];
  /** 18-character resident ID number (GB 11643-1999); 15-digit numbers are refused. */
  idNumber: Scalars['String']['input'];
  /** Name as on the ID card. */
  name: Scalars['String']['input'];
  /** Post (职务). */
  post?: InputMaybe<Scalars['String']['input']>;
};

/** A new department. */
export type CreateDepartmentInput = {
  /** Unique short code: letters, digits, "-" or "_". */
  code: Scalars['String']['input'];
  /** Domains in which it acts county-wide. */
  countyWideDomains?: InputMaybe<Array<Domain>>;
  kind: DepartmentKind;
  /** Full official name. */
  name: Scalars['String']['input'];
  /** Division code of the region it belongs to. */
  regionCode: Scalars['String']['input'];
  /** Short name; defaults to the full name. */
  shortName?: InputMaybe<Scalars['String']['input']>;
  /** Its unified social credit code: a government body’s (18 characters, beginning with 11). */
  uscc: Scalars['String']['input'];
};

/** A new enterprise. The code is checked (GB 32100-2015). */
export type CreateEnterpriseInput = {
  legalRepresentative?: InputMaybe<Scalars['String']['input']>;
  /** Registered name. */
  name: Scalars['String']['input'];
  /** Division code of the region where it is registered. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** Size class; default UNKNOWN. */
  size?: InputMaybe<EnterpriseSize>;
  /** Unified social credit code; a failing check character is BAD_USER_INPUT on "uscc". */
  uscc: Scalars['String']['input'];
};

/** A new incentive policy; it starts as DRAFT in the caller’s department. */
export type CreateIncentivePolicyInput = {
  /** The law or higher-level document it rests on. */
  legalBasis: Scalars['String']['input'];
  /** Full text. */
  text: Scalars['String']['input'];
  /** Title, 2–200 characters. */
  title: Scalars['String']['input'];
};

/** A new investment agreement. */
export type CreateInvestmentAgreementInput = {
  /** Agreed investment, CNY, more than zero. */
  amount: Scalars['Decimal']['input'];
  /** Contact person. */
  contactPerson?: InputMaybe<Scalars['String']['input']>;
  /** The signing department (yours, unless you act county-wide). */
  departmentId: Scalars['ID']['input'];
  /** The investor’s name; defaults to its code. */
  investorName?: InputMaybe<Scalars['String']['input']>;
  /** The investor’s unified social credit code (checked). */
  investorUscc: Scalars['String']['input'];
  /** Jobs the investor promises. */
  jobsPromised?: InputMaybe<Scalars['Int']['input']>;
  /** Signing date, not in the future. */
  signedOn: Scalars['Date']['input'];
  /** Project title; defaults to the investor’s name. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Division code of the town (a town officer: its own town). */
  townCode: Scalars['String']['input'];
};

/** A new PPP project. */
export type CreatePppProjectInput = {
  /** The implementing department. */
  departmentId: Scalars['ID']['input'];
  /** Default NEW_2023; PRE_2023 records a project begun under the earlier rules (it may carry obligations): it needs procurementCompletedOn before 2023-02-01 (PPP_PRE_2023_NOT_ESTABLISHED). */
  mechanism?: InputMaybe<PppMechanism>;
  name: Scalars['String']['input'];
  /** Default PREPARATION. */
  phase?: InputMaybe<PppPhase>;
  /** The day the procurement of the social capital partner was completed, not in the future. Required for PRE_2023, and before 2023-02-01: projects not through it before the February 2023 clean-up check follow the 2023 mechanism (国办函〔2023〕115号). */
  procurementCompletedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Division code of the paying region. */
  regionCode: Scalars['String']['input'];
  /** Total investment, CNY. */
  totalInvestment?: InputMaybe<Scalars['Decimal']['input']>;
};

/** A new procurement project; it starts in PLANNING. */
export type CreateProcurementProjectInput = {
  /** Budget, CNY, more than zero. */
  budget: Scalars['Decimal']['input'];
  category: ProcurementCategory;
  /** How it is procured; INQUIRY only when the category is GOODS (else BAD_USER_INPUT, INQUIRY_GOODS_ONLY). */
  method: ProcurementMethod;
  /** The number of the approval of a method other than OPEN (设区的市级以上财政部门批准文号, 政府采购法第二十七条): required for GOODS or SERVICES budgeted at 4,000,000.00 or more (else BAD_USER_INPUT, NON_OPEN_APPROVAL_REQUIRED); kept otherwise. */
  nonOpenApproval?: InputMaybe<Scalars['String']['input']>;
  /** The purchasing department (yours, unless you act county-wide). */
  purchaserId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};

/** A new user account. */
export type CreateUserInput = {
  /** Required for officers. */
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  displayName: Scalars['String']['input'];
  /** Required for officers; ignored for other roles. */
  domains?: InputMaybe<Array<Domain>>;
  /** At least 10 characters. */
  password: Scalars['String']['input'];
  roles: Array<Role>;
  /** Login name: 3-64 letters, digits, ".", "_" or "-". */
  username: Scalars['String']['input'];
};

/** Kind of credit record: the first six are dishonesty (失信), the last two are not. */
export type CreditCategory =
  /** Accountability (问责). */
  | 'ACCOUNTABILITY'
  /** An administrative penalty (行政处罚). */
  | 'ADMINISTRATIVE_PENALTY'
  /** A broken public commitment (违背承诺). */
  | 'BROKEN_COMMITMENT'
  /** A commendation (守信表彰). */
  | 'COMMENDATION'
  /** A disciplinary sanction (党纪政务处分). */
  | 'DISCIPLINARY_SANCTION'
  /** A court judgment not honoured (司法判决). */
  | 'JUDICIAL_JUDGMENT'
  /** Online government service below standard (网上政务服务不达标). */
  | 'ONLINE_SERVICE_SUBSTANDARD'
  /** Integrity training attended (诚信教育). */
  | 'TRAINING';

/** A credit check (信用核查): one subject’s summary as of today, for other workflows (bidding, honours) to embed. */
export type CreditCheck = {
  __typename?: 'CreditCheck';
  /** Active dishonesty records. */
  activeDishonestyCount: Scalars['Int']['output'];
  /** Of which SERIOUS. */
  activeSeriousCount: Scalars['Int']['output'];
  /** The day the check speaks for. */
  checkedOn: Scalars['Date']['output'];
  /** Eligible for honours on the subject's credit records (no active dishonesty record; for a civil servant, no sanction in its period). For a department this is credit's part only: `Department.integrityHonorEligibility` judges across every domain. */
  eligibleForHonors: Scalars['Boolean']['output'];
  /** The records behind a negative answer. */
  reasons: Array<Scalars['String']['output']>;
  /** An active SERIOUS dishonesty record: may not bid, be honoured or be trusted with public funds. */
  restricted: Scalars['Boolean']['output'];
  subjectId: Scalars['ID']['output'];
  /** The subject’s name as recorded (null for an enterprise with no record). */
  subjectName?: Maybe<Scalars['String']['output']>;
  subjectType: SubjectType;
  /** Records with an open objection. */
  underObjectionCount: Scalars['Int']['output'];
};

/** One logged credit check at a money step: who asked, about whom, when, and what it found. */
export type CreditCheckLogEntry = {
  __typename?: 'CreditCheckLogEntry';
  /** Active SERIOUS dishonesty records seen. */
  activeSeriousCount: Scalars['Int']['output'];
  /** The user the step was taken for. */
  actor: Scalars['String']['output'];
  /** When (ISO 8601). */
  checkedAt: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** What the records say, in words. */
  reasons: Array<Scalars['String']['output']>;
  /** The active dishonesty records the check saw. */
  recordIds: Array<Scalars['ID']['output']>;
  /** The step’s object in that subgraph (project, agreement or commitment id). */
  reference: Scalars['String']['output'];
  result: CreditCheckResult;
  /** The rule applied, with its source. */
  rule: Scalars['String']['output'];
  /** The subgraph whose step it was (procurement, investment). */
  service: Scalars['String']['output'];
  step: CreditCheckStep;
  /** For an enterprise, its unified social credit code. */
  subjectId: Scalars['ID']['output'];
  /** The subject’s name as recorded, if any record names it. */
  subjectName?: Maybe<Scalars['String']['output']>;
  subjectType: SubjectType;
};

/** A page of logged credit checks, newest first. */
export type CreditCheckPage = {
  __typename?: 'CreditCheckPage';
  /** The items on this page. */
  items: Array<CreditCheckLogEntry>;
  /** This page number, from 1. */
  page: Scalars['Int']['output'];
  /** Items per page. */
  pageSize: Scalars['Int']['output'];
  /** How many items match, across all pages. */
  total: Scalars['Int']['output'];
};

/** What a check at a money step found, by the step’s rule. */
export type CreditCheckResult =
  /** No active SERIOUS dishonesty record. */
  | 'CLEAR'
  /** An active SERIOUS record; the step’s rule refuses (SUPPLIER_RESTRICTED). */
  | 'REFUSED'
  /** An active SERIOUS record; the step’s rule warns and the step went on. */
  | 'WARNED';

/** A step where public money moves to an enterprise and its credit is checked (二.4). */
export type CreditCheckStep =
  /** A procurement project awarded to a bid. */
  | 'AWARD'
  /** A bid recorded on a procurement project. */
  | 'BID'
  /** A payment honouring a commitment made to an investor. */
  | 'COMMITMENT_PAYMENT'
  /** A procurement contract signed with the awarded supplier. */
  | 'CONTRACT'
  /** An investment-promotion agreement signed with an investor. */
  | 'INVESTMENT_AGREEMENT'
  /** The social capital partner of a PPP project selected. */
  | 'PPP_PARTNER';

/** A batch of changes to government dishonesty records for the credit platforms (归集共享), after a cursor. docs/EXCHANGE.md lists every field. */
export type CreditExchangeBatch = {
  __typename?: 'CreditExchangeBatch';
  /** The changes: the JSON array or the CSV text. */
  content: Scalars['String']['output'];
  /** Changes in this batch (at most the limit; call again with the cursor while `more`). */
  count: Scalars['Int']['output'];
  /** Pass it as `since` for the changes after these; unchanged while nothing has changed. */
  cursor: Scalars['String']['output'];
  /** Whether more changes wait after this batch. */
  more: Scalars['Boolean']['output'];
  /** HMAC-SHA256 (hex) of the cursor, a newline and the content, with the key in EXCHANGE_HMAC_KEY; null when no key is configured (development only). */
  signature?: Maybe<Scalars['String']['output']>;
};

/** A civil servant’s credit file (诚信档案). */
export type CreditFile = {
  __typename?: 'CreditFile';
  id: Scalars['ID']['output'];
  /** Username of the officer who opened it. */
  openedBy: Scalars['String']['output'];
  openedOn: Scalars['Date']['output'];
};

/** A credit record (信用记录) about a civil servant, a department or an enterprise. Never deleted. */
export type CreditRecord = {
  __typename?: 'CreditRecord';
  /** Issuing authority. */
  authority: Scalars['String']['output'];
  category: CreditCategory;
  /** Why it was revoked, corrected or repaired. */
  closedReason?: Maybe<Scalars['String']['output']>;
  /** Whether repair waits for the cause to be cured (kinds whose sender reports the cure, e.g. a listed judgment debtor): until curedOn, applyCreditRepair is refused with CAUSE_NOT_CURED. */
  cureRequired: Scalars['Boolean']['output'];
  /** For a record made from another domain’s fact: the day its cause was cured (e.g. the judgment fulfilled), as the sending subgraph reported it. */
  curedOn?: Maybe<Scalars['Date']['output']>;
  decisionDate: Scalars['Date']['output'];
  /** The department it counts against (none for enterprises). */
  department?: Maybe<Department>;
  /** Decision document number (文号). */
  documentNumber: Scalars['String']['output'];
  /** Every change to the record, oldest first (nothing is ever deleted). */
  history: Array<AuditEntry>;
  id: Scalars['ID']['output'];
  /** Objections filed against it, oldest first. */
  objections: Array<Objection>;
  /** Last day of publicity. */
  publicityEnd: Scalars['Date']['output'];
  /** Publicity start (the decision date). */
  publicityStart: Scalars['Date']['output'];
  /** Whether it is on public disclosure. */
  publish: Scalars['Boolean']['output'];
  /** The department whose officer recorded it — under 谁认定谁修复 the one that decides its repair; null when unknown (recorded before this was kept) or made from another domain’s breach. */
  recordedBy?: Maybe<Department>;
  /** Credit-repair applications, oldest first. */
  repairs: Array<RepairApplication>;
  /** Last day of the sanction period (政务处分法 art. 8); null without a kind or for 开除, which has no period. */
  sanctionEnd?: Maybe<Scalars['Date']['output']>;
  /** A civil servant’s disciplinary sanction: its kind (null on other records and on ones recorded before kinds were). */
  sanctionKind?: Maybe<SanctionKind>;
  severity: Severity;
  /** The other domain’s fact this record was made from (null for records entered by an officer). */
  source?: Maybe<RecordSource>;
  /** Status today (EXPIRED is derived). */
  status: RecordStatus;
  /** Civil servant id, department id, or the enterprise’s USCC. */
  subjectId: Scalars['ID']['output'];
  /** The subject’s name (unmasked: officers only). */
  subjectName: Scalars['String']['output'];
  subjectType: SubjectType;
  /** An objection is open against it. */
  underObjection: Scalars['Boolean']['output'];
  /** Row version. */
  version: Scalars['Int']['output'];
};

/** A page of credit records. */
export type CreditRecordPage = {
  __typename?: 'CreditRecordPage';
  /** The items on this page. */
  items: Array<CreditRecord>;
  /** This page number, from 1. */
  page: Scalars['Int']['output'];
  /** Items per page. */
  pageSize: Scalars['Int']['output'];
  /** How many items match, across all pages. */
  total: Scalars['Int']['output'];
};

/** A column credit records can be ordered by. */
export type CreditRecordSortField =
  /** Date of the decision. */
  | 'DECISION_DATE'
  /** Last day of publication. */
  | 'PUBLICITY_END'
  /** Name of the subject. */
  | 'SUBJECT_NAME';

/** A credit report just issued: its number and where its PDF downloads. */
export type CreditReport = {
  __typename?: 'CreditReport';
  /** The day it was issued (YYYY-MM-DD). */
  issuedOn: Scalars['String']['output'];
  /** The report number (XYBG-yyyymmdd-XXXXXXXX), printed on it and verifiable by anyone. */
  number: Scalars['String']['output'];
  /** A GET path on the gateway returning the PDF, with the same Authorization header, to the caller or anyone who may have such a report made. */
  url: Scalars['String']['output'];
};

/** A credit check at a money step, as printed on a report. */
export type CreditReportCheckLine = {
  __typename?: 'CreditReportCheckLine';
  /** When (ISO 8601). */
  checkedAt: Scalars['String']['output'];
  /** The result (CreditCheckResult). */
  result: Scalars['String']['output'];
  /** The step (CreditCheckStep). */
  step: Scalars['String']['output'];
};

/** A dishonesty record in publicity, as printed on a report. */
export type CreditReportRecordLine = {
  __typename?: 'CreditReportRecordLine';
  /** 认定机关. */
  authority: Scalars['String']['output'];
  /** The category code (CreditCategory). */
  category: Scalars['String']['output'];
  /** Decision date (YYYY-MM-DD). */
  decisionDate: Scalars['String']['output'];
  /** 认定文号. */
  documentNumber: Scalars['String']['output'];
  /** Last day of publicity (YYYY-MM-DD). */
  publicityEnd: Scalars['String']['output'];
  /** The severity code (Severity). */
  severity: Scalars['String']['output'];
  /** Whether an objection to it was under review on the day. */
  underObjection: Scalars['Boolean']['output'];
};

/** A repaired record, as printed on a report. */
export type CreditReportRepairLine = {
  __typename?: 'CreditReportRepairLine';
  /** 认定机关. */
  authority: Scalars['String']['output'];
  /** The category code (CreditCategory). */
  category: Scalars['String']['output'];
  /** The day the repair was decided (YYYY-MM-DD). */
  decidedOn: Scalars['String']['output'];
  /** 认定文号. */
  documentNumber: Scalars['String']['output'];
};

/** The subject a report is about, as the directory had it on the day. */
export type CreditReportSubjectInfo = {
  __typename?: 'CreditReportSubjectInfo';
  /** Its name. */
  name: Scalars['String']['output'];
  /** DEPARTMENT or ENTERPRISE. */
  type: SubjectType;
  /** Its unified social credit code. */
  uscc?: Maybe<Scalars['String']['output']>;
};

/** One version of a deadline rule: a kind of case, a stage, its period and its source. */
export type DeadlineRule = {
  __typename?: 'DeadlineRule';
  /** Length of the period, in its unit. */
  amount: Scalars['Int']['output'];
  /** Cases received from this day on get this version. */
  effectiveFrom: Scalars['Date']['output'];
  /** What one approved extension adds (same unit); null: none. */
  extensionAmount?: Maybe<Scalars['Int']['output']>;
  /** Kind, stage and version, e.g. PETITION.REPLY.1. */
  id: Scalars['ID']['output'];
  kind: CaseKind;
  /** The regulation or decision that sets it. */
  source: Scalars['String']['output'];
  stage: CaseStage;
  /** What the period counts from. */
  startsFrom: PeriodStart;
  unit: PeriodUnit;
};

/** Stock-debt resolution (存量债务化解) of a region in a year: the stock at 1 January against the year’s plan and what was reduced. */
export type DebtClearance = {
  __typename?: 'DebtClearance';
  /**
   * Principal and interest scheduled in the year, CNY.
   * @deprecated Debt service, not stock resolution: read DebtRisk.debtServiceRatio.
   */
  dueInYear: Scalars['Decimal']['output'];
  /** Which stock. */
  kind: DebtStockKind;
  /** Whether a plan is recorded for the year; without one the amounts are 0. */
  planRecorded: Scalars['Boolean']['output'];
  /** Reduction planned in the year, CNY. */
  plannedReduction: Scalars['Decimal']['output'];
  /** reduced ÷ planned (1 = plan met); null without a plan or with nothing planned. */
  progress?: Maybe<Scalars['Float']['output']>;
  /** Reduced in the year so far, CNY. */
  reduced: Scalars['Decimal']['output'];
  /** The year’s reductions, by date. */
  reductions: Array<DebtReduction>;
  /** Stock left: stock at 1 January less reduced, CNY. */
  remaining: Scalars['Decimal']['output'];
  /**
   * Principal and interest repaid in the year, CNY.
   * @deprecated Debt service, not stock resolution: read DebtRisk.debtServiceRatio.
   */
  repaidInYear: Scalars['Decimal']['output'];
  /** Stock at 1 January, CNY. */
  stockAtStart: Scalars['Decimal']['output'];
  year: Scalars['Int']['output'];
};

/** A debt risk incident (债务风险事件): a default, its grade and the response. */
export type DebtIncident = {
  __typename?: 'DebtIncident';
  /** Amount not paid when due, CNY. */
  amount: Scalars['Decimal']['output'];
  grade: DebtIncidentGrade;
  id: Scalars['ID']['output'];
  /** The instrument not paid, if any. */
  instrumentId?: Maybe<Scalars['ID']['output']>;
  kind: DebtIncidentKind;
  /** The due date missed. */
  occurredOn: Scalars['Date']['output'];
  /** Username of the officer who recorded it. */
  recordedBy: Scalars['String']['output'];
  /** Division code. */
  regionCode: Scalars['String']['output'];
  /** How it was resolved. */
  resolution?: Maybe<Scalars['String']['output']>;
  /** When resolved; null while the response runs. */
  resolvedOn?: Maybe<Scalars['Date']['output']>;
  /** The response started. */
  response: Scalars['String']['output'];
  /** Row version for optimistic locking. */
  version: Scalars['Int']['output'];
};

/** Grade of a debt risk incident (国办函〔2016〕88号 3.4) and whose emergency response it starts (4.2). */
export type DebtIncidentGrade =
  /** Ⅰ级（特大）: the provincial government responds. */
  | 'I'
  /** Ⅱ级（重大）: the provincial government responds. */
  | 'II'
  /** Ⅲ级（较大）: the prefecture-level government responds. */
  | 'III'
  /** Ⅳ级（一般）: the county government responds; a county’s own default. */
  | 'IV';

/** What was not paid when due. */
export type DebtIncidentKind =
  /** A contingent debt the government must now bear (或有债务代偿). */
  | 'CONTINGENT'
  /** Interest missed. */
  | 'INTEREST'
  /** Principal missed. */
  | 'PRINCIPAL'
  /** Principal and interest missed. */
  | 'PRINCIPAL_AND_INTEREST';

/** A debt instrument of a region: bond, loan or other, with its schedule and repayments. */
export type DebtInstrument = {
  __typename?: 'DebtInstrument';
  /** A bond’s purpose; null for loans and other stock. */
  bondPurpose?: Maybe<BondPurpose>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  issuedOn: Scalars['Date']['output'];
  kind: DebtKind;
  maturesOn: Scalars['Date']['output'];
  /** The province’s on-lending agreement (转贷协议) the bond came under, where recorded. */
  onLendingDocument?: Maybe<Scalars['String']['output']>;
  /** Principal not yet repaid, CNY. */
  outstandingPrincipal: Scalars['Decimal']['output'];
  /** Principal and interest past due and unpaid today, CNY. */
  overdueAmount: Scalars['Decimal']['output'];
  /** Principal, CNY. */
  principal: Scalars['Decimal']['output'];
  /** The project it funds. */
  project: Scalars['String']['output'];
  /** Annual rate in percent, e.g. "3.25" = 3.25%. */
  rate: Scalars['Decimal']['output'];
  /** The borrowing region. */
  region: Region;
  /** Division code of the borrowing region. */
  regionCode: Scalars['String']['output'];
  /** Repayments made, by date. */
  repayments: Array<Repayment>;
  /** The repayment schedule, by due date. */
  schedule: Array<ScheduledPayment>;
  /** Row version for optimistic locking. */
  version: Scalars['Int']['output'];
};

/** A page of debt instruments. */
export type DebtInstrumentPage = {
  __typename?: 'DebtInstrumentPage';
  /** The items on this page. */
  items: Array<DebtInstrument>;
  /** This page number, from 1. */
  page: Scalars['Int']['output'];
  /** Items per page. */
  pageSize: Scalars['Int']['output'];
  /** How many items match, across all pages. */
  total: Scalars['Int']['output'];
};

/** A column debt instruments can be ordered by. */
export type DebtInstrumentSortField =
  /** Date of issue. */
  | 'ISSUED_ON'
  /** Date of maturity. */
  | 'MATURES_ON'
  /** Principal. */
  | 'PRINCIPAL';

/** Kind of debt instrument. */
export type DebtKind =
  /** General bond (一般债券) issued by the province and on-lent to the county: interest yearly, principal at maturity. */
  | 'GENERAL_BOND'
  /** Loan, recorded only as stock from before 2015-01-01 (DIRECT_BORROWING_NOT_ALLOWED after): equal principal yearly with interest on the outstanding balance. */
  | 'LOAN'
  /** Other debt, recorded only as stock from before 2015-01-01: scheduled like a bond unless adjusted. */
  | 'OTHER'
  /** Special bond (专项债券) issued by the province and on-lent to the county: interest yearly, principal at maturity. */
  | 'SPECIAL_BOND';

/** The approved debt limit (债务限额) of a region for a year. */
export type DebtLimit = {
  __typename?: 'DebtLimit';
  /** Limit, CNY. */
  amount: Scalars['Decimal']['output'];
  /** Division code. */
  regionCode: Scalars['String']['output'];
  /** Row version for optimistic locking. */
  version: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

/** One reduction of the stock. */
export type DebtReduction = {
  __typename?: 'DebtReduction';
  /** Amount reduced, CNY. */
  amount: Scalars['Decimal']['output'];
  id: Scalars['ID']['output'];
  /** How it was reduced. */
  means: Scalars['String']['output'];
  /** Username of the officer who recorded it. */
  recordedBy: Scalars['String']['output'];
  reducedOn: Scalars['Date']['output'];
};

/** A region’s debt risk for one year. Ratios are Float for display (1.25 = 125%); the level is decided on exact amounts. */
export type DebtRisk = {
  __typename?: 'DebtRisk';
  /** Arrears (拖欠款项) left of the year’s ARREARS plan, CNY; null without one. What a town shows. */
  arrears?: Maybe<Scalars['Decimal']['output']>;
  /** Debt balance at 31 December (principal issued less principal repaid), CNY. */
  debtBalance: Scalars['Decimal']['output'];
  /** Approved debt limit of the year; null when none is recorded. */
  debtLimit?: Maybe<Scalars['Decimal']['output']>;
  /** Debt balance ÷ comprehensive financial resources; null without resources. */
  debtRatio?: Maybe<Scalars['Float']['output']>;
  /** Principal and interest scheduled in the year ÷ comprehensive financial resources. */
  debtServiceRatio?: Maybe<Scalars['Float']['output']>;
  /** Instruments past due and unpaid with no open debt risk incident recorded on them, both as of the year’s 31 December (today while it runs): defaults still to grade and respond to. */
  defaultsWithoutIncident: Scalars['Int']['output'];
  /** Comprehensive financial resources (综合财力) of the year; null when not recorded. */
  fiscalResources?: Maybe<Scalars['Decimal']['output']>;
  /** The band; null without resources, and for towns. */
  level?: Maybe<RiskLevel>;
  /** A county-level government with no debt-risk emergency plan adopted by the year’s end (国办函〔2016〕88号: every county keeps one, whatever its band): a gap to close. Always false for towns. */
  missingEmergencyPlan: Scalars['Boolean']['output'];
  /** Principal and interest past due and unpaid (as of the year end, or today for the current year), CNY. */
  overdueAmount: Scalars['Decimal']['output'];
  /** Overdue principal and interest ÷ debt balance (0 when there is no balance). */
  overdueRatio: Scalars['Float']['output'];
  /** Whether the region is rated: county-level governments are (the Ministry of Finance rates them); towns do not borrow (预算法 art. 35) and show arrears instead, with no ratio or level. */
  rated: Scalars['Boolean']['output'];
  /** The year. */
  year: Scalars['Int']['output'];
};

/** Stock a region resolves under a yearly plan (中发〔2018〕27号). */
export type DebtStockKind =
  /** Arrears (拖欠款项) a town or the county owes: what towns show instead of a debt ratio. */
  | 'ARREARS'
  /** Hidden debt (隐性债务) of financing platforms, resolved under the county’s 化债 plan. */
  | 'HIDDEN_DEBT';

/** A region’s stock and its resolution plan for a year. */
export type DebtStockPlan = {
  __typename?: 'DebtStockPlan';
  kind: DebtStockKind;
  /** Reduction planned in the year, CNY. */
  plannedReduction: Scalars['Decimal']['output'];
  /** Division code. */
  regionCode: Scalars['String']['output'];
  /** Stock at 1 January, CNY. */
  stockAtStart: Scalars['Decimal']['output'];
  /** Row version for optimistic locking. */
  version: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

/** Points taken off a department’s integrity score, with the figure and the rule behind them. */
export type Deduction = {
  __typename?: 'Deduction';
  /** The plan clause or regulation the rule rests on. */
  basis: Scalars['String']['output'];
  /** The Department field the indicator reads, e.g. overduePaymentCount. */
  figure: Scalars['String']['output'];
  /** The indicator, e.g. OVERDUE_PAYMENTS. */
  indicator: Scalars['String']['output'];
  /** Points deducted (after the indicator’s cap). */
  points: Scalars['Float']['output'];
  /** Why, in figures: e.g. "3" overdue payments, or "97.00% is 3.00 points below the target 100%". */
  reason: Scalars['String']['output'];
  /** The subgraph that owns the figure (credit, procurement, investment, supervision): where to drill down. */
  source: Scalars['String']['output'];
  /** The figure’s value when scored. */
  value: Scalars['Float']['output'];
};

/** The deputy’s or member’s view of the reply (满意度测评). */
export type DelegateSatisfaction =
  /** 基本满意 */
  | 'BASICALLY_SATISFIED'
  /** 不满意 */
  | 'NOT_SATISFIED'
  /** 满意 */
  | 'SATISFIED';

/** A government department or town government. Every domain adds its integrity figures to it, so one query gives its whole picture. */
export type Department = {
  __typename?: 'Department';
  /** Active dishonesty records counting against the department (its own and its civil servants’). */
  activeDishonestyRecordCount: Scalars['Int']['output'];
  /** Of the active dishonesty records counting against the department, those procurement recorded as its breaches (采购人违约失信, 饶府〔2018〕35号 三.3): a breach counts while its record is in its period and not repaired or removed on objection. The integrity score deducts for these. */
  activeProcurementBreachRecordCount: Scalars['Int']['output'];
  /** Of the active dishonesty records counting against the department, the SERIOUS ones. */
  activeSeriousRecordCount: Scalars['Int']['output'];
  /** Breach records naming this department that credit has not yet recorded (the message to credit not yet delivered). Each breach becomes a department dishonesty record in credit; until it is there it bars honours by itself, after that credit’s record decides (its period, an upheld objection, a repair). */
  breachAwaitingCreditCount: Scalars['Int']['output'];
  /** Breach records (违约失信) naming this department as responsible. */
  breachCount: Scalars['Int']['output'];
  /** Commitments of this department with a recorded breach. */
  breachedCommitmentCount: Scalars['Int']['output'];
  /** Share of rated replies rated satisfied (complainants’ ratings; NPC/CPPCC 满意 and 基本满意), 0–1; null while none is rated. Batched. */
  caseSatisfactionRate?: Maybe<Scalars['Float']['output']>;
  /** Civil servants registered in the department. */
  civilServantCount: Scalars['Int']['output'];
  /** Short unique code, e.g. RSJ. */
  code: Scalars['String']['output'];
  /** Share of the department’s commitments that are due (or already fulfilled) and fulfilled, waived ones excluded; 1.0 = 100%. Null when none is due yet. */
  commitmentFulfilmentRate?: Maybe<Scalars['Float']['output']>;
  /** Domains in which this department acts for the whole county (e.g. 县人社局 for CREDIT). */
  countyWideDomains: Array<Domain>;
  /** This calendar year’s hearings of administrative cases against this body at which its head (正职 or 副职) appeared ÷ its hearings, 0–1 (法释〔2020〕3号; target 1); null when it had no hearing. Batched. */
  courtAppearanceRate?: Maybe<Scalars['Float']['output']>;
  /** Civil servants with a credit file ÷ civil servants (0 when it has none); target 1.0. */
  creditFileCoverage: Scalars['Float']['output'];
  /** Commitments of this department that are due (or already fulfilled), waived ones excluded: the base of commitmentFulfilmentRate. Sum these over departments for a county rate. */
  dueCommitmentCount: Scalars['Int']['output'];
  /** Of those, the commitments fulfilled in full (commitmentFulfilmentRate = fulfilledCommitmentCount ÷ dueCommitmentCount). */
  fulfilledCommitmentCount: Scalars['Int']['output'];
  /** Credit's part of whether the department may be put forward for honours: its own credit records only, with reasons. CREDIT readers. The whole judgement, across every domain (overdue payments, breaches, broken commitments, the evaluation grade), is supervision's `integrityHonorEligibility`: read that one to decide. */
  honorEligibility: Eligibility;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Honours eligibility, the whole judgement (二.（五）): credit’s honorEligibility reads the records alone; this reads every domain — barred by any active dishonesty record (a procurement breach is one once credit has recorded it, and stops barring when that record’s period ends or it is revoked or repaired), a procurement breach credit has not yet recorded, an overdue supplier payment, a breached commitment, or a published grade D. Any signed-in user; batched. */
  integrityHonorEligibility: HonoursEligibility;
  /** Live integrity score 0–100 with its grade and every deduction, from every domain’s figures and the rule version in force. Any signed-in user. */
  integrityScore: IntegrityScore;
  /** County department, town government or other. */
  kind: DepartmentKind;
  /** Late-payment interest accrued as of today on this department’s supplier payments, CNY (保障中小企业款项支付条例第十七条): the sum of its milestones’ lateInterest (batched). */
  lateInterest: Scalars['Decimal']['output'];
  /** Full official name, e.g. 饶平县人力资源和社会保障局. */
  name: Scalars['String']['output'];
  /** Cases this department is responsible for that are still open after their deadline. Readers of casework, SUPERVISION officers; batched. */
  overdueCaseCount: Scalars['Int']['output'];
  /** Commitments of this department past their due date and not fulfilled (not counting breached or waived ones). */
  overdueCommitmentCount: Scalars['Int']['output'];
  /** Objections open past their acceptance or decision deadline that this department answers for. An accepted one is the accepting officer’s department’s alone (the decision is theirs). One not yet accepted counts against every department acting county-wide in CREDIT (any of them may accept it) except the one its record is about, which may not handle it; so does one accepted before the acceptor’s department was kept. 0 for every other department. */
  overdueObjectionCount: Scalars['Int']['output'];
  /** The unpaid amount of those payments, CNY. */
  overduePaymentAmount: Scalars['Decimal']['output'];
  /** Supplier payments this department owes past their due date (拖欠账款): a government breach. */
  overduePaymentCount: Scalars['Int']['output'];
  /** Rectification orders of this department now OVERDUE (三.8). Any signed-in user; batched. */
  overdueRectificationCount: Scalars['Int']['output'];
  /** The region the department belongs to (a town government → its town). */
  region: Region;
  /** For a town: whether last year’s arrears plan (拖欠款项化解计划) was missed, i.e. less was reduced by 31 December than planned, or no plan was filed for it (a town without arrears files a nil plan); null for the county. Supervision’s score reads it. DEBT readers; batched with the regions. */
  regionArrearsPlanMissed?: Maybe<Scalars['Boolean']['output']>;
  /** This year’s debt risk band of the department’s region (a county department: the county); null for a town (towns do not borrow and are not rated) and when nothing is recorded. DEBT readers; batched with the regions. */
  regionDebtRiskLevel?: Maybe<RiskLevel>;
  /** Common short name, e.g. 县人社局. */
  shortName: Scalars['String']['output'];
  /** Judgments against this body not fulfilled after their due date (一.3 司法监督). Readers of casework, SUPERVISION officers; batched. */
  unfulfilledJudgmentCount: Scalars['Int']['output'];
  /** Unified social credit code (GB 32100-2015; a government body’s begins with 11), by which the city, provincial and national credit platforms identify it. Empty only for a department created before codes were kept, until an administrator records it. */
  uscc: Scalars['String']['output'];
  /** Row version for optimistic locking: send it back when updating. */
  version: Scalars['Int']['output'];
};

/** What kind of government body a department is. */
export type DepartmentKind =
  /** A county government department or organ (县直部门). */
  | 'COUNTY_DEPARTMENT'
  /** Any other body, e.g. 人民银行饶平支行. */
  | 'OTHER'
  /** A town government (镇人民政府). */
  | 'TOWN_GOVERNMENT';

/** A page of departments. */
export type DepartmentPage = {
  __typename?: 'DepartmentPage';
  /** The items on this page. */
  items: Array<Department>;
  /** This page number, from 1. */
  page: Scalars['Int']['output'];
  /** Items per page. */
  pageSize: Scalars['Int']['output'];
  /** How many items match, across all pages. */
  total: Scalars['Int']['output'];
};

/** A data domain an officer may write. */
export type Domain =
  | 'CASEWORK'
  /** Civil-servant credit files and dishonesty records. */
  | 'CREDIT'
  /** Government debt. */
  | 'DEBT'
  /** Departments, enterprises, users. */
  | 'DIRECTORY'
  /** Investment-promotion agreements and commitments. */
  | 'INVESTMENT'
  /** Procurement, bidding, contracts and PPP. */
  | 'PROCUREMENT'
  /** Integrity evaluation, scoring rules, warnings, rectification and the plan’s task ledger. */
  | 'SUPERVISION';

/** What a payment milestone’s due date is counted from. */
export type DueBasis =
  /** termDays after passed acceptance (检验或者验收合格): no due date until recordAcceptance passes, then acceptedOn + termDays. */
  | 'ACCEPTANCE'
  /** termDays after delivery (交付): no due date until recordDelivery, then deliveredOn + termDays. */
  | 'DELIVERY'
  /** A date agreed in the contract (dueDate), such as a progress settlement. Owed to an SME, it is brought forward to 60 days after delivery (or after passed acceptance, when the contract has ACCEPTANCE milestones) if it falls later. */
  | 'FIXED_DATE';

/** Eligibility for honours (评优评先), with what stands in the way when not eligible. */
export type Eligibility = {
  __typename?: 'Eligibility';
  /** What stands in the way: each active dishonesty record and each sanction still in its period. */
  bars: Array<EligibilityBar>;
  /** True when nothing stands in the way. */
  eligible: Scalars['Boolean']['output'];
  /** The bars as English sentences, one each (for integrators’ logs). */
  reasons: Array<Scalars['String']['output']>;
};

/** One thing standing in the way of honours, with the record it comes from. */
export type EligibilityBar = {
  __typename?: 'EligibilityBar';
  /** Issuing authority. */
  authority: Scalars['String']['output'];
  category: CreditCategory;
  decisionDate: Scalars['Date']['output'];
  /** Decision document number (文号). */
  documentNumber: Scalars['String']['output'];
  kind: EligibilityBarKind;
  /** The credit record it comes from. */
  recordId: Scalars['ID']['output'];
  /** The sanction’s kind, for SANCTION_PERIOD. */
  sanctionKind?: Maybe<SanctionKind>;
  severity: Severity;
  /** Last day it holds (the publicity end, or the sanction period’s end); null: no end (开除). */
  until?: Maybe<Scalars['Date']['output']>;
};

/** What stands in the way of honours. */
export type EligibilityBarKind =
  /** An active dishonesty record (until its publicity ends or it is repaired). */
  | 'ACTIVE_DISHONESTY_RECORD'
  /** A sanction still in its period, published or not. */
  | 'SANCTION_PERIOD';

/** An emergency-response plan (应急处置预案). */
export type EmergencyPlan = {
  __typename?: 'EmergencyPlan';
  adoptedOn: Scalars['Date']['output'];
  documentNumber: Scalars['String']['output'];
  id: Scalars['String']['output'];
  title: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

/** An enterprise, keyed by its unified social credit code. Credit adds `restricted`; procurement and investment refer to it. */
export type Enterprise = {
  __typename?: 'Enterprise';
  /** Legal representative (法定代表人). */
  legalRepresentative?: Maybe<Scalars['String']['output']>;
  /** Registered name. */
  name: Scalars['String']['output'];
  /** Division code of the region where it is registered. */
  regionCode?: Maybe<Scalars['String']['output']>;
  /** On the dishonesty list (失信名录): an active SERIOUS dishonesty record. Such an enterprise may not bid. Public, like the list itself. */
  restricted: Scalars['Boolean']['output'];
  /** Size class as recorded (UNKNOWN until then). Procurement takes it at signing when the supplier declares none. */
  size: EnterpriseSize;
  /** Unified social credit code (统一社会信用代码, GB 32100-2015), 18 characters. */
  uscc: Scalars['String']['output'];
  /** Row version for optimistic locking. */
  version: Scalars['Int']['output'];
};

/** A page of enterprises. */
export type EnterprisePage = {
  __typename?: 'EnterprisePage';
  /** The items on this page. */
  items: Array<Enterprise>;
  /** This page number, from 1. */
  page: Scalars['Int']['output'];
  /** Items per page. */
  pageSize: Scalars['Int']['output'];
  /** How many items match, across all pages. */
  total: Scalars['Int']['output'];
};

/** An enterprise’s size class (企业规模类型, 工信部联企业〔2011〕300号). MEDIUM, SMALL and MICRO are SMEs, whose payment terms and late interest follow the SME Payment Regulations (保障中小企业款项支付条例). */
export type EnterpriseSize =
  /** 大型企业: not an SME. */
  | 'LARGE'
  /** 中型企业. */
  | 'MEDIUM'
  /** 微型企业. */
  | 'MICRO'
  /** 小型企业. */
  | 'SMALL'
  /** Not declared or not recorded: treated as not an SME. */
  | 'UNKNOWN';

/** One year’s evaluation of every department and town government (考核评价). */
export type Evaluation = {
  __typename?: 'Evaluation';
  /** Last day to file feedback (10 working days after the start, fixed then). Counted through a year whose calendar was not loaded, it is counted again once that year is loaded — never earlier than the day stored, so a department is never cut short. */
  feedbackDeadline: Scalars['Date']['output'];
  /** True while feedbackDeadline was counted through a year whose working calendar is not loaded (weekends only there): it may still move later, never earlier, once credit’s administrator loads the year. */
  feedbackDeadlineCalendarMissing: Scalars['Boolean']['output'];
  finalizedOn?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  publishedOn?: Maybe<Scalars['Date']['output']>;
  /** Results, best first. Before publication leaders, supervisors, administrators and county-wide SUPERVISION officers see all, a department its own. */
  results: Array<EvaluationResult>;
  /** The scoring-rule version of the snapshot. */
  ruleVersion: Scalars['Int']['output'];
  startedOn: Scalars['Date']['output'];
  status: EvaluationStatus;
  version: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

/** A department’s feedback on its preliminary result and the supervisors’ decision. */
export type EvaluationFeedback = {
  __typename?: 'EvaluationFeedback';
  decidedOn?: Maybe<Scalars['Date']['output']>;
  /** ADJUSTED or KEPT; null while undecided. */
  decision?: Maybe<Scalars['String']['output']>;
  decisionNote?: Maybe<Scalars['String']['output']>;
  filedBy: Scalars['String']['output'];
  filedOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  text: Scalars['String']['output'];
};

/** A published annual evaluation grade of a department or town government (二.5). */
export type EvaluationGrade = {
  __typename?: 'EvaluationGrade';
  /** The grade, A to D. */
  grade: Scalars['String']['output'];
  /** The day the results were published (YYYY-MM-DD). */
  publishedOn: Scalars['String']['output'];
  /** The final score, 0 to 100. */
  score: Scalars['Float']['output'];
  /** The year evaluated. */
  year: Scalars['Int']['output'];
};

/** A published annual evaluation result (考核评价), as supervision’s outbox delivers it: idempotent on (department, year). */
export type EvaluationGradeInput = {
  /** The department or town government evaluated. */
  departmentId: Scalars['ID']['input'];
  /** The published grade, A to D. */
  grade: Scalars['String']['input'];
  /** The day the results were published. */
  publishedOn: Scalars['Date']['input'];
  /** The final score, 0 to 100. */
  score: Scalars['Float']['input'];
  /** The year evaluated. */
  year: Scalars['Int']['input'];
};

/** A department’s result in a year’s evaluation. */
export type EvaluationResult = {
  __typename?: 'EvaluationResult';
  /** The deductions of the snapshot. */
  deductions: Array<Deduction>;
  department: Department;
  /** The department’s name when the snapshot was taken. */
  departmentName: Scalars['String']['output'];
  feedback?: Maybe<EvaluationFeedback>;
  finalGrade: Grade;
  /** After feedback: the score a supervisor adjusted, else the preliminary one. */
  finalScore: Scalars['Float']['output'];
  grade: Grade;
  id: Scalars['ID']['output'];
  /** The preliminary score: the live score when the evaluation started. */
  score: Scalars['Float']['output'];
};

/** PRELIMINARY (feedback open) → FINAL → PUBLISHED (readable without login). */
export type EvaluationStatus =
  | 'FINAL'
  | 'PRELIMINARY'
  | 'PUBLISHED';

/** How an exchange file is written: a JSON array of objects, or CSV (UTF-8, header row). */
export type ExchangeFormat =
  /** CSV with a header row of the national field names, UTF-8. */
  | 'CSV'
  /** A JSON array, one object per change, keyed by the national field names. */
  | 'JSON';

/** The written conclusion of a fair-competition review (《公平竞争审查条例》, 国务院令第783号). */
export type FairCompetitionConclusion =
  /** It breaches the review standards: the measure may not be issued; refused. */
  | 'FAILED'
  /** No effect of excluding or restricting competition: the measure may be issued. */
  | 'PASSED'
  /** It may restrict competition, but an exception of 第十二条 applies (explained in the conclusion). */
  | 'PASSED_BY_EXCEPTION';

/** The fair-competition review (公平竞争审查) a commitment passed before it was made, as its written conclusion records it. */
export type FairCompetitionReview = {
  __typename?: 'FairCompetitionReview';
  /** The conclusion: PASSED or PASSED_BY_EXCEPTION. */
  conclusion: FairCompetitionConclusion;
  /** Document number of the review record (审查文号 / 记录编号). */
  documentNumber: Scalars['String']['output'];
  /** The body that reviewed it (the drafting department, or the market regulator with it). */
  reviewBody: Scalars['String']['output'];
  /** Date of the written conclusion. */
  reviewedOn: Scalars['Date']['output'];
};

/** The fair-competition review (公平竞争审查) of a commitment, from its written conclusion (《公平竞争审查条例》). */
export type FairCompetitionReviewInput = {
  /** The conclusion; FAILED is refused with FAIR_COMPETITION_REVIEW_FAILED. */
  conclusion: FairCompetitionConclusion;
  /** Document number of the review record (审查文号 / 记录编号). */
  documentNumber: Scalars['String']['input'];
  /** The body that reviewed it (the drafting department, or the market regulator with it). */
  reviewBody: Scalars['String']['input'];
  /** Date of the written conclusion, not in the future and not after the agreement was signed (the signing day passes): FAIR_COMPETITION_REVIEW_AFTER_SIGNING. */
  reviewedOn: Scalars['Date']['input'];
};

/** A complaint from the public, without an account. */
export type FileComplaintInput = {
  category: ComplaintCategory;
  /** How to reach the complainant (optional: anonymous complaints are taken). Encrypted at rest. */
  contact?: InputMaybe<Scalars['String']['input']>;
  /** What happened: 10 to 4,000 characters. */
  content: Scalars['String']['input'];
  /** The department or town government concerned, if known. */
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  /** Leave empty. The form hides this field from people; anything in it marks the sender as a robot. */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** One read of a civil servant’s full file. */
export type FileRead = {
  __typename?: 'FileRead';
  /** When (ISO-8601, UTC). */
  at: Scalars['String']['output'];
  /** The civil servant whose file was read, by name and department (the log’s readers see no ids): one statement for a page of reads. */
  civilServant?: Maybe<CivilServant>;
  civilServantId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  /** Username of the reader. */
  readerName: Scalars['String']['output'];
  /** Request id. */
  requestId: Scalars['String']['output'];
  /** RECORDS or ID_NUMBER. */
  what: Scalars['String']['output'];
};

/** A page of file reads. */
export type FileReadPage = {
  __typename?: 'FileReadPage';
  /** The items on this page. */
  items: Array<FileRead>;
  /** This page number, from 1. */
  page: Scalars['Int']['output'];
  /** Items per page. */
  pageSize: Scalars['Int']['output'];
  /** How many items match, across all pages. */
  total: Scalars['Int']['output'];
};

/** Comprehensive financial resources (综合财力) of a region for a year: the denominator of the debt ratios. */
export type FiscalResources = {
  __typename?: 'FiscalResources';
  /** Resources, CNY. */
  amount: Scalars['Decimal']['output'];
  /** Division code. */
  regionCode: Scalars['String']['output'];
  /** Row version for optimistic locking. */
  version: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

/** One fulfilment event of a commitment, with its evidence. */
export type Fulfilment = {
  __typename?: 'Fulfilment';
  /** Amount fulfilled, CNY. */
  amount: Scalars['Decimal']['output'];
  /** When it was fulfilled. */
  date: Scalars['Date']['output'];
  /** Evidence (document number, payment voucher, certificate). */
  evidence: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Username of the officer who recorded it. */
  recordedBy: Scalars['String']['output'];
};

/** Integrity grade from the score and the grade bands of the rule version in force (default A ≥ 90, B ≥ 75, C ≥ 60). */
export type Grade =
  /** Good (好). */
  | 'A'
  /** Fairly good (较好). */
  | 'B'
  /** Passing (一般). */
  | 'C'
  /** Poor (差): not eligible for honours. */
  | 'D';

/** Lowest score of each grade; below C is D. */
export type GradeBands = {
  __typename?: 'GradeBands';
  /** Lowest score graded A. */
  A: Scalars['Float']['output'];
  /** Lowest score graded B. */
  B: Scalars['Float']['output'];
  /** Lowest score graded C. */
  C: Scalars['Float']['output'];
};

/** Grade bands of a new rule version. */
export type GradeBandsInput = {
  /** Lowest score graded A. */
  A: Scalars['Float']['input'];
  /** Lowest score graded B. */
  B: Scalars['Float']['input'];
  /** Lowest score graded C. */
  C: Scalars['Float']['input'];
};

/** Which head appeared (法释〔2020〕3号: either counts). */
export type HeadRank =
  /** 副职负责人 */
  | 'DEPUTY'
  /** 正职负责人 */
  | 'HEAD';

/** One reason a department may not be put forward for honours. */
export type HonoursBar = {
  __typename?: 'HonoursBar';
  /** The plan clause the bar rests on. */
  basis: Scalars['String']['output'];
  /** The figure counted (records, payments, breaches, commitments); null for GRADE_D. */
  count?: Maybe<Scalars['Int']['output']>;
  /** GRADE_D: the published final grade. */
  grade?: Maybe<Scalars['String']['output']>;
  kind: HonoursBarKind;
  /** GRADE_D: the year of the published evaluation. */
  year?: Maybe<Scalars['Int']['output']>;
};

/** What bars a department from honours. */
export type HonoursBarKind =
  /** Investment commitments breached (investment). */
  | 'BREACHED_COMMITMENTS'
  /** Active dishonesty records (credit). */
  | 'DISHONESTY_RECORDS'
  /** Graded D in the latest published evaluation (supervision). */
  | 'GRADE_D'
  /** Supplier payments overdue (procurement). */
  | 'OVERDUE_PAYMENTS'
  /** Procurement breach records credit has not yet recorded (procurement); recorded ones count as dishonesty records. */
  | 'PROCUREMENT_BREACHES';

/** Whether a department may be put forward for honours (评优评先资格, plan 二.（五）), with every bar. */
export type HonoursEligibility = {
  __typename?: 'HonoursEligibility';
  bars: Array<HonoursBar>;
  /** True when nothing bars it. */
  eligible: Scalars['Boolean']['output'];
};

/** The report of an import of the court’s list of dishonest judgment debtors: every row accepted or refused, and why. Nothing is written unless commit was true; then only the accepted rows. */
export type ImportReport = {
  __typename?: 'ImportReport';
  /** Rows that name a county body and hold what a row must. */
  accepted: Scalars['Int']['output'];
  /** Whether the accepted rows were written (commit: true). */
  committed: Scalars['Boolean']['output'];
  /** Rows refused, each with its reason in rows. */
  refused: Scalars['Int']['output'];
  /** Every row of the file, in its order. */
  rows: Array<CourtImportRow>;
};

/** An investment incentive policy (招商引资优惠政策). Only an APPROVED policy can back a commitment. */
export type IncentivePolicy = {
  __typename?: 'IncentivePolicy';
  /** The drafting department. */
  department: Department;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** The law or higher-level document it rests on. */
  legalBasis: Scalars['String']['output'];
  /** The last reviewer’s note. */
  reviewNote?: Maybe<Scalars['String']['output']>;
  /** When it was last reviewed (ISO timestamp). */
  reviewedAt?: Maybe<Scalars['String']['output']>;
  /** Username of the last reviewer. */
  reviewerName?: Maybe<Scalars['String']['output']>;
  /** Review status. */
  status: PolicyStatus;
  /** Full text. */
  text: Scalars['String']['output'];
  /** Title of the policy. */
  title: Scalars['String']['output'];
  /** Row version for optimistic locking. */
  version: Scalars['Int']['output'];
};

/** A page of incentive policies. */
export type IncentivePolicyPage = {
  __typename?: 'IncentivePolicyPage';
  /** The items on this page. */
  items: Array<IncentivePolicy>;
  /** This page number, from 1. */
  page: Scalars['Int']['output'];
  /** Items per page. */
  pageSize: Scalars['Int']['output'];
  /** How many items match, across all pages. */
  total: Scalars['Int']['output'];
};

/** How an indicator turns its figure into points. */
export type IndicatorKind =
  /** `points` for every percentage point the ratio lies below `target`. */
  | 'BELOW_TARGET'
  /** `points` for every `per` of the figure (a count per 1, an amount in CNY per e.g. 100000). */
  | 'PER_UNIT';

/** One indicator of a new rule version. */
export type IndicatorRuleInput = {
  /** Most points it may deduct. */
  cap: Scalars['Float']['input'];
  /** The Department figure it reads. */
  figure: Scalars['String']['input'];
  /** Stable name in capitals, e.g. OVERDUE_PAYMENTS. */
  indicator: Scalars['String']['input'];
  /** How the figure becomes points. */
  kind: IndicatorKind;
  /** PER_UNIT: size of one unit. */
  per?: InputMaybe<Scalars['Float']['input']>;
  /** Points per unit or per percentage point below the target. */
  points: Scalars['Float']['input'];
  /** The plan clause or regulation it rests on. */
  source: Scalars['String']['input'];
  /** BELOW_TARGET: target ratio, 0–1. */
  target?: InputMaybe<Scalars['Float']['input']>;
};

/** One indicator of the scoring rules. */
export type IndicatorRuleType = {
  __typename?: 'IndicatorRuleType';
  /** Most points the indicator may deduct. */
  cap: Scalars['Float']['output'];
  /** The Department figure it reads: one of creditFileCoverage, activeDishonestyRecordCount, activeSeriousRecordCount, overdueObjectionCount, overduePaymentCount, overduePaymentAmount, breachCount, activeProcurementBreachRecordCount, overdueCommitmentCount, breachedCommitmentCount, commitmentFulfilmentRate, overdueCaseCount, unfulfilledJudgmentCount, courtAppearanceRate, overdueRectificationCount, overdueTaskReportCount, townDebtRiskBand, townArrearsPlanMissed. */
  figure: Scalars['String']['output'];
  /** Stable name, e.g. OVERDUE_PAYMENTS. */
  indicator: Scalars['String']['output'];
  /** How the figure becomes points. */
  kind: IndicatorKind;
  /** PER_UNIT: the size of one unit (1 for counts). */
  per?: Maybe<Scalars['Float']['output']>;
  /** Points per unit, or per percentage point below the target. */
  points: Scalars['Float']['output'];
  /** The plan clause or regulation it rests on. */
  source: Scalars['String']['output'];
  /** BELOW_TARGET: the target ratio, 0–1. */
  target?: Maybe<Scalars['Float']['output']>;
};

/** An inspection (督促检查, 逐级督导) of a department or town government. */
export type Inspection = {
  __typename?: 'Inspection';
  /** The department or town government inspected. */
  department: Department;
  /** Its findings, in order. */
  findings: Array<InspectionFinding>;
  id: Scalars['ID']['output'];
  /** When the team inspected. */
  inspectedOn: Scalars['Date']['output'];
  /** When it was recorded. */
  recordedOn: Scalars['Date']['output'];
  /** The inspecting team (members or unit). */
  team: Scalars['String']['output'];
};

/** A finding of an inspection. */
export type InspectionFinding = {
  __typename?: 'InspectionFinding';
  id: Scalars['ID']['output'];
  /** The rectification order opened from it, if any. */
  rectification?: Maybe<Rectification>;
  /** Its number within the inspection, from 1. */
  seq: Scalars['Int']['output'];
  /** What the team found. */
  text: Scalars['String']['output'];
};

/** A page of inspections. */
export type InspectionPage = {
  __typename?: 'InspectionPage';
  /** The items on this page. */
  items: Array<Inspection>;
  /** This page number, from 1. */
  page: Scalars['Int']['output'];
  /** Items per page. */
  pageSize: Scalars['Int']['output'];
  /** How many items match, across all pages. */
  total: Scalars['Int']['output'];
};

/** A department’s live integrity score (政务诚信评分), computed now from every domain’s figures. */
export type IntegrityScore = {
  __typename?: 'IntegrityScore';
  /** Every deduction, in the order of the rules. */
  deductions: Array<Deduction>;
  /** Grade from the score. */
  grade: Grade;
  /** The scoring-rule version used. */
  ruleVersion: Scalars['Int']['output'];
  /** 0–100: 100 less every deduction. */
  score: Scalars['Float']['output'];
};

/** An investment-promotion agreement (招商引资协议) between a department or town and an investor. */
export type InvestmentAgreement = {
  __typename?: 'InvestmentAgreement';
  /** Agreed investment, CNY. */
  amount: Scalars['Decimal']['output'];
  /** The government commitments under it, by due date. */
  commitments: Array<Commitment>;
  /** Current contact person; changing it never touches the commitments. */
  contactPerson?: Maybe<Scalars['String']['output']>;
  /** The signing department; the government commitments are its own. */
  department: Department;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** What the investor has invested so far, CNY. */
  investedToDate: Scalars['Decimal']['output'];
  /** The investor (directory). */
  investor: Enterprise;
  /** The investor’s name as signed. */
  investorName: Scalars['String']['output'];
  /** The investor’s unified social credit code. */
  investorUscc: Scalars['String']['output'];
  /** Jobs the investor has created so far. */
  jobsCreated: Scalars['Int']['output'];
  /** Jobs the investor promised. */
  jobsPromised?: Maybe<Scalars['Int']['output']>;
  /** Signing date. */
  signedOn: Scalars['Date']['output'];
  /** Project title. */
  title: Scalars['String']['output'];
  /** The town (directory). */
  town: Region;
  /** Division code of the town where the project lands. */
  townCode: Scalars['String']['output'];
  /** Row version for optimistic locking. */
  version: Scalars['Int']['output'];
};

/** A page of investment agreements. */
export type InvestmentAgreementPage = {
  __typename?: 'InvestmentAgreementPage';
  /** The items on this page. */
  items: Array<InvestmentAgreement>;
  /** This page number, from 1. */
  page: Scalars['Int']['output'];
  /** Items per page. */
  pageSize: Scalars['Int']['output'];
  /** How many items match, across all pages. */
  total: Scalars['Int']['output'];
};

/** The investor’s written consent to a waiver (投资方书面同意). */
export type InvestorConsent = {
  __typename?: 'InvestorConsent';
  /** Date of the investor’s letter. */
  date: Scalars['Date']['output'];
  /** Number of the investor’s letter of consent. */
  documentNumber: Scalars['String']['output'];
};

/** The investor’s written consent to a waiver (投资方书面同意). */
export type InvestorConsentInput = {
  /** Date of the investor’s letter: not before the signing, not in the future. */
  date: Scalars['Date']['input'];
  /** Number of the investor’s letter of consent. */
  documentNumber: Scalars['String']['input'];
};

/** A new debt instrument; its schedule is generated from the terms. */
export type IssueDebtInput = {
  /** A bond’s purpose: NEW (新增债券, the default) or REFINANCING (再融资债券); ignored for other kinds. */
  bondPurpose?: InputMaybe<BondPurpose>;
  /** Issue date, not in the future. */
  issuedOn: Scalars['Date']['input'];
  kind: DebtKind;
  /** Maturity, after the issue date. */
  maturesOn: Scalars['Date']['input'];
  /** Number of the province’s on-lending agreement (转贷协议) the bond comes under; ignored for other kinds. */
  onLendingDocument?: InputMaybe<Scalars['String']['input']>;
  /** Principal, CNY; with the balance it may not exceed the year’s approved limit. */
  principal: Scalars['Decimal']['input'];
  /** The project it funds. */
  project: Scalars['String']['input'];
  /** Annual rate in percent, up to 4 decimals, more than 0 and at most 30. */
  rate: Scalars['Decimal']['input'];
  /** Division code of the borrowing region: the county; a town is refused (TOWN_MAY_NOT_BORROW). */
  regionCode: Scalars['String']['input'];
};

/** An effective judgment in which a county body is the obligor (一.3 司法监督). */
export type Judgment = {
  __typename?: 'Judgment';
  /** The sum to pay, CNY (0 when the obligation has none). */
  amount: Scalars['Decimal']['output'];
  /** 案号. */
  caseNumber: Scalars['String']['output'];
  /** The court. */
  court: Scalars['String']['output'];
  /** The obligor: a department or town government. */
  department: Department;
  /** Last day to fulfil; unfulfilled from the next day. */
  dueOn: Scalars['Date']['output'];
  /** Day the judgment took effect. */
  effectiveOn: Scalars['Date']['output'];
  /** Paid so far, CNY. */
  fulfilledAmount: Scalars['Decimal']['output'];
  /** Day fulfilled in full. */
  fulfilledOn?: Maybe<Scalars['Date']['output']>;
  /** Fulfilments, oldest first. */
  fulfilments: Array<JudgmentFulfilment>;
  id: Scalars['ID']['output'];
  /** Day the court listed the body as a dishonest judgment debtor (失信被执行人): a SERIOUS record in credit. */
  listedOn?: Maybe<Scalars['Date']['output']>;
  /** The court’s listing decision. */
  listingDocument?: Maybe<Scalars['String']['output']>;
  /** What the judgment obliges it to do. */
  obligation: Scalars['String']['output'];
  status: JudgmentStatus;
  /** Row version. */
  version: Scalars['Int']['output'];
};

/** One recorded act of fulfilment. */
export type JudgmentFulfilment = {
  __typename?: 'JudgmentFulfilment';
  /** Sum paid, CNY (0 for a performance without a sum). */
  amount: Scalars['Decimal']['output'];
  date: Scalars['Date']['output'];
  /** Evidence: payment vouchers, the court’s confirmation. */
  evidence: Scalars['String']['output'];
  id: Scalars['ID']['output'];
};

/** A page of judgments. */
export type JudgmentPage = {
  __typename?: 'JudgmentPage';
  /** The items on this page. */
  items: Array<Judgment>;
  /** This page number, from 1. */
  page: Scalars['Int']['output'];
  /** Items per page. */
  pageSize: Scalars['Int']['output'];
  /** How many items match, across all pages. */
  total: Scalars['Int']['output'];
};

/** Where the fulfilment of a judgment stands. */
export type JudgmentStatus =
  /** Fulfilled in full. */
  | 'FULFILLED'
  /** Not yet fulfilled; the due date has not passed. */
  | 'PENDING'
  /** Not fulfilled after the due date (a warning; counted against the department). */
  | 'UNFULFILLED';

/** One monthly publication of the one-year loan prime rate (1年期LPR, 全国银行间同业拆借中心), in force from its day: what an agreed late-payment rate is checked against. */
export type LoanPrimeRate = {
  __typename?: 'LoanPrimeRate';
  /** One-year LPR, annual percent, e.g. "3.00". */
  oneYearPercent: Scalars['Decimal']['output'];
  /** Day published; the value holds from it until the next publication. */
  publishedOn: Scalars['Date']['output'];
  /** Who recorded it (system: the published values the release carries). */
  recordedBy: Scalars['String']['output'];
};

/** The court’s listing of the obligor as a dishonest judgment debtor (失信被执行人). */
export type MarkJudgmentDebtorListedInput = {
  /** The court’s decision (决定书文号). */
  document: Scalars['String']['input'];
  /** Day listed; not after today. */
  listedOn: Scalars['Date']['input'];
};

/** One payment milestone of a contract: on a fixed date, or termDays after delivery or passed acceptance (dueBasis). */
export type MilestoneInput = {
  /** Amount, CNY. */
  amount: Scalars['Decimal']['input'];
  /** What the due date counts from; default FIXED_DATE. */
  dueBasis?: InputMaybe<DueBasis>;
  /** The agreed due date: required for FIXED_DATE, not given for DELIVERY or ACCEPTANCE. */
  dueDate?: InputMaybe<Scalars['Date']['input']>;
  /** Days after the basis event (DELIVERY, ACCEPTANCE); default 30. To an SME at most 60 (SME_PAYMENT_TERM_TOO_LONG). */
  termDays?: InputMaybe<Scalars['Int']['input']>;
};

/** One payment against a milestone, with its own date (partial payments are each kept). */
export type MilestonePayment = {
  __typename?: 'MilestonePayment';
  /** Amount paid, CNY. */
  amount: Scalars['Decimal']['output'];
  id: Scalars['ID']['output'];
  /** The day it was paid. */
  paidOn: Scalars['Date']['output'];
  /** Who recorded it. */
  recordedBy: Scalars['String']['output'];
};

/** A payment milestone as of today. */
export type MilestoneStatus =
  /** Past its due date and not paid in full: a government breach (拖欠账款). */
  | 'OVERDUE'
  /** Paid in full. */
  | 'PAID'
  /** Partly paid, not yet due. */
  | 'PARTIALLY_PAID'
  /** Not yet due, or no due date yet (its delivery or acceptance not recorded). */
  | 'SCHEDULED';

export type Mutation = {
  __typename?: 'Mutation';
  /** Accept a FILED objection for examination (county-wide CREDIT officers). */
  acceptObjection: Objection;
  /** Acknowledge an OPEN warning with a note of what is being done. Officers of the department concerned, supervisors and county-wide SUPERVISION officers; administrators the kinds they mend (CALENDAR_MISSING, DELIVERY_STUCK). */
  acknowledgeWarning: Warning;
  /** Add a government commitment. A policy not APPROVED: POLICY_NOT_APPROVED. Without the fair-competition review its kind needs: BAD_USER_INPUT FAIR_COMPETITION_REVIEW_REQUIRED; a review that did not pass: FAIR_COMPETITION_REVIEW_FAILED. */
  addCommitment: Commitment;
  /** Add a credit record. A publicity period outside the severity’s bounds is BAD_USER_INPUT on "publicityEnd". */
  addCreditRecord: CreditRecord;
  /** Add a yearly payment obligation to a project begun under the earlier rules; beyond 10% of that year’s general budget expenditure: FISCAL_CAP_EXCEEDED with the figures. A NEW_2023 project takes none (PPP_NEW_MECHANISM_NO_OBLIGATION); a PRE_2023 project without its recorded procurement completion date takes none until recordPppProcurementCompletion (PPP_PRE_2023_NOT_ESTABLISHED on projectId). */
  addPppObligation: PppObligation;
  /** Replace an instrument’s schedule (e.g. after renegotiation); the old one stays in the audit trail. */
  adjustRepaymentSchedule: DebtInstrument;
  /** Move a PPP project to its next phase. */
  advancePppPhase: PppProject;
  /** Apply for credit repair. Before the minimum publicity period has run, or while the cause of a record made from another domain’s fact is not cured: REPAIR_NOT_ALLOWED (REPAIR_NOT_YET, CAUSE_NOT_CURED). */
  applyCreditRepair: RepairApplication;
  /** Assign (交办) an accepted case to a lead department with co-handlers. County-wide CASEWORK officers. */
  assignCase: Case;
  /** Award an EVALUATION project to one of its bids. */
  awardProject: ProcurementProject;
  /** A money step (award, contract, investment agreement, commitment payment…) checks an enterprise: the step’s rule is applied and the check logged. Only the service that runs the step (its service credential); users get FORBIDDEN. */
  checkCreditAt: CreditCheckLogEntry;
  /** Close a replied case (NPC/CPPCC: with the delegate’s satisfaction). County-wide CASEWORK officers. */
  closeCase: Case;
  /** Register a civil servant (CREDIT officers of the department, or county-wide). */
  createCivilServant: CivilServant;
  /** Create a department. ADMIN only. A bad region or a used code is BAD_USER_INPUT. */
  createDepartment: Department;
  /** Register an enterprise. ADMIN only. A code failing its check is BAD_USER_INPUT on "uscc". */
  createEnterprise: Enterprise;
  /** Draft a policy in your department (INVESTMENT officers). Starts as DRAFT. */
  createIncentivePolicy: IncentivePolicy;
  /** Record a signed agreement. Bad investor code: BAD_USER_INPUT "investorUscc". */
  createInvestmentAgreement: InvestmentAgreement;
  /** Register a PPP project. */
  createPppProject: PppProject;
  /** Create a project in PLANNING (PROCUREMENT officers of the purchaser, or county-wide). */
  createProcurementProject: ProcurementProject;
  /** Create an account. ADMIN only. Officers need a department and at least one domain. */
  createUser: User;
  /** Issue a credit report (信用报告, 三.4) on a department or an enterprise: its published dishonesty records in publicity, repairs, credit checks and latest evaluation grade, numbered and kept. Credit readers on anyone; PROCUREMENT and INVESTMENT officers on an enterprise; any officer on their own department. */
  creditReport: CreditReport;
  /** Decide a repair, with the reasons: approval ends publicity early and marks the record REPAIRED. Decided by the authority that recorded the record (谁认定谁修复; REPAIR_DECIDER=CREDIT_OFFICE gives it to the county credit office, as do records whose recorder is unknown), never by the applicant. Approval of a record whose cause another domain has not reported cured: REPAIR_NOT_ALLOWED (CAUSE_NOT_CURED). */
  decideCreditRepair: RepairApplication;
  /** Decide a feedback: keep the score (adjustedScore null) or adjust it (0–100), with a note. Never by whoever filed it or an officer of the department evaluated (FORBIDDEN OWN_DEPARTMENT_CASE, whatever the input). */
  decideEvaluationFeedback: EvaluationFeedback;
  /** Decide an objection: UPHELD corrects or revokes the record with the reason; REJECTED leaves it. County-wide CREDIT officers, but not the officer who filed it (FORBIDDEN NOT_YOUR_OWN) nor one of the department the record is about (FORBIDDEN OWN_DEPARTMENT_CASE); once accepted, an officer of the accepting department only (FORBIDDEN ACCEPTED_BY_ANOTHER). */
  decideObjection: Objection;
  /** Accept a report (ACCEPTED) or return it with a reason (RETURNED; OVERDUE when past the deadline). Supervisors and SUPERVISION officers acting county-wide. */
  decideRectification: Rectification;
  /** Approve the one extension of the reply period the case’s rule allows, with a reason. County-wide CASEWORK officers. */
  extendCase: Case;
  /** File a complaint without an account. At most COMPLAINT_MAX_PER_ADDRESS (5) an hour from one address (RATE_LIMITED with extensions.retryAfter); a repeat of a recent complaint is refused. */
  fileComplaint: ComplaintReceipt;
  /** File feedback on your department’s preliminary result, once, by the deadline. Its officers. */
  fileEvaluationFeedback: EvaluationFeedback;
  /** File an objection: the record is marked under objection; deadlines in working days. Officers of the department the record is about (whatever their domains), or CREDIT officers acting county-wide. */
  fileObjection: Objection;
  /** Make the results final: after the feedback deadline, with every feedback decided. */
  finalizeEvaluation: Evaluation;
  /** Import the court’s list of dishonest judgment debtors (失信被执行人) received from the platform, in its national fields: each row naming a county body by its unified social credit code becomes one SERIOUS JUDICIAL_JUDGMENT record on it (once per 案号). commit false: nothing is written, the report says which rows would be accepted and why others are refused; commit true: the accepted rows are written. County-wide CREDIT officers. */
  importCourtDebtorList: ImportReport;
  /** Record debt the county takes on: a bond the province issued and on-lent to it, or loan stock from before 2015. A town is refused (TOWN_MAY_NOT_BORROW, 预算法 art. 35), a loan or other instrument from 2015 on too (DIRECT_BORROWING_NOT_ALLOWED); from 2015 on, beyond the approved limit of its year, or of any later year up to today for an issue recorded on a past date, is DEBT_LIMIT_EXCEEDED with the year and the figures (stock from before limits began needs none). The schedule is generated. */
  issueDebt: DebtInstrument;
  /** Load a whole year’s arrangement at once (from the console or a CSV of date,kind,name): it replaces what the year had and marks the year loaded, in one transaction; every day must fall in the year, once. ADMIN only. */
  loadWorkingCalendar: Array<CalendarDay>;
  /** Log in with username and password, starting a session. A wrong pair is UNAUTHENTICATED; after too many failures for the username or the client address, RATE_LIMITED with `extensions.retryAfter` (seconds), even for the right password. */
  login: AuthPayload;
  /** End the current session: its token stops being accepted by every service within a few seconds (SESSION_CHECK_SECONDS). UNAUTHENTICATED without a live session. */
  logout: Scalars['Boolean']['output'];
  /** Record that the court listed the obligor as a dishonest judgment debtor (失信被执行人): once; makes one SERIOUS JUDICIAL_JUDGMENT record on the department in credit (cured already when the judgment is fulfilled: a listing recorded afterwards is dated on or before the fulfilment, else DATE_TOO_LATE). County-wide CASEWORK officers. */
  markJudgmentDebtorListed: Judgment;
  /** Open the credit file of a civil servant; a second file is BAD_USER_INPUT. */
  openCreditFile: CreditFile;
  /** Order a department or town government to rectify by a deadline (after today). Supervisors and SUPERVISION officers acting county-wide. */
  orderRectification: Rectification;
  /** Record a payment against an obligation, kept with its date; paid in full after it was recorded as dishonesty, the record’s cause is reported cured. */
  payPppObligation: PppObligation;
  /** Publish a new version of a deadline rule (a changed regulation or county decision), in force for cases received from its first day. County-wide CASEWORK officers. */
  publishCaseDeadlineRule: DeadlineRule;
  /** Publish final results: publicIntegrityRatings then shows them. */
  publishEvaluation: Evaluation;
  /** Publish a new version of the scoring rules, with a note. SUPERVISOR, or county-wide SUPERVISION officers. */
  publishScoringRules: ScoringRuleVersion;
  /** Rate the reply (no login). Not satisfied, with a reason, reopens the case once; each reply is rated once. */
  rateComplaintReply: PublicCaseStatus;
  /** Record an acceptance (履约验收), passed or failed; every one is kept (Contract.acceptances). Dated not before signing, a recorded delivery, the last re-delivery or the last acceptance (DATE_TOO_EARLY). Passed moves the project to ACCEPTED and counts as delivery when none was recorded. Due dates are counted again from all the facts: a failure within the agreed period stops an SME’s acceptance clock until the supplier delivers again (recordRedelivery) or one passes, and gives back agreed dates its start had brought forward. */
  recordAcceptance: Contract;
  /** Record an accountability finding on a region’s debt. SUPERVISOR only. */
  recordAccountabilityFinding: AccountabilityFinding;
  /** Record that the government breached this commitment (违约). */
  recordCommitmentBreach: Commitment;
  /** Record a hearing and whether the head (正职 or 副职) appeared (法释〔2020〕3号): CASEWORK officers of the defendant body, or county-wide. */
  recordCourtAppearance: CourtAppearance;
  /** Record a debt risk incident (a missed payment of principal or interest, or a contingent debt called) with its grade and the response started. DEBT officers of the finance bureau. */
  recordDebtIncident: DebtIncident;
  /** Record a reduction of the stock under the year’s plan, up to 31 January of the next year (then YEAR_CLOSED): NO_STOCK_PLAN without one, REDUCTION_EXCEEDS_STOCK above the stock left. A reduction recorded after the next year’s plan exists (a late one in January) lowers the next year’s opening stock by the same amount, and the years after it, in the same change (audited as debt.stock-carry-over); if a later year’s planned or recorded reduction would then exceed its opening, the reduction is refused (CARRY_OVER_EXCEEDS_NEXT_YEAR on amount). DEBT officers of the finance bureau. */
  recordDebtReduction: DebtReduction;
  /** Record delivery (交付) of the contracted goods, works or services, once, dated not after an acceptance already recorded (DATE_TOO_LATE): DELIVERY milestones fall due deliveredOn + termDays; to an SME, fixed dates later than 60 days after the clock starts (delivery, or the acceptance term’s start where payment is conditioned on acceptance) are brought forward to it. */
  recordDelivery: Contract;
  /** Record a debt-risk emergency plan (应急处置预案; every county-level government keeps one, 国办函〔2016〕88号). DEBT officers of the finance bureau. */
  recordEmergencyPlan: EmergencyPlan;
  /** A published annual evaluation grade reaches credit (supervision’s outbox), for credit reports. Only the supervision service credential; idempotent on (department, year). */
  recordEvaluationGrade: EvaluationGrade;
  /** Make a department record from another domain’s fact (an outbox delivering it). Only the sending subgraphs’ service credentials; idempotent on (sender, sourceId): a retry returns the same record. */
  recordFromSource: CreditRecord;
  /** Record a fulfilment event; more than outstanding is BAD_USER_INPUT "amount". */
  recordFulfilment: Commitment;
  /** Record an inspection and its findings; each finding may then open a rectification order (origin INSPECTION, originId: the finding). Supervisors and SUPERVISION officers acting county-wide. */
  recordInspection: Inspection;
  /** Record an effective judgment: CASEWORK officers of the obligor, or acting county-wide. */
  recordJudgment: Judgment;
  /** Record a payment or performance towards a judgment: CASEWORK officers of the obligor, or county-wide. */
  recordJudgmentFulfilment: Judgment;
  /** Record a month’s one-year LPR publication (every month’s, changed or not: a contract signed past the 19th of the month after the latest one cannot have an agreed rate checked, LPR_NOT_KNOWN). PROCUREMENT officers acting county-wide. */
  recordLoanPrimeRate: LoanPrimeRate;
  /** Record a payment to the supplier against a milestone. */
  recordPayment: PaymentMilestone;
  /** Record (or correct) the day a PRE_2023 project’s partner procurement was completed, for a project recorded before the date was asked for: until it is recorded the project takes on no obligation (PPP_PRE_2023_NOT_ESTABLISHED on projectId). Before 2023-02-01 (国办函〔2023〕115号), else PPP_PRE_2023_NOT_ESTABLISHED on completedOn; not in the future (DATE_IN_FUTURE); a NEW_2023 project: INVALID_STATE. PROCUREMENT officers of the implementing department, or county-wide. */
  recordPppProcurementCompletion: PppProject;
  /** Record a breach (违约失信) naming the responsible department. */
  recordProcurementBreach: BreachRecord;
  /** Record a delivery again after a failed acceptance, the defects put right (整改后重新交付): only when the latest acceptance failed and nothing was delivered again since (INVALID_STATE), dated after that acceptance (DATE_TOO_EARLY, a re-delivery on the same day being the one it inspected) and not after today (DATE_IN_FUTURE). The agreed acceptance period runs again from it: left to run out, the acceptance term starts at its end (条例第十条, the county’s reading). Kept in Contract.redeliveries. */
  recordRedelivery: Contract;
  /** Record a repayment against an instrument. */
  recordRepayment: DebtInstrument;
  /** The fact a record was made from is cured (paid, fulfilled): the record can then be repaired under the credit rules. Only the sending subgraphs’ service credentials; idempotent; NOT_FOUND while the record itself has not arrived (the outbox retries). */
  recordSourceCured: CreditRecord;
  /** The fact a record was made from no longer stands as reported (the sender corrected it): the record is revoked with the reason, an objection open on it ends upheld and a repair application pending on it TERMINATED. Only the sending subgraphs’ service credentials, for their own records; idempotent; NOT_FOUND while the record itself has not arrived (the outbox retries). */
  recordSourceWithdrawn: CreditRecord;
  /** The county calendar changed: the open cases whose deadlines were counted over the changed days, or flagged calendarMissing, are counted again; returns how many moved. Only credit’s service credential (its outbox telling a calendar change); idempotent: counted again from the facts, nothing moves twice. CONFLICT when a deadline moved meanwhile, so the change is sent again. */
  recountCaseDeadlines: Scalars['Int']['output'];
  /** The county calendar changed, looked at once more after its own transaction: the open objections' and pending repairs' deadlines counted over the changed days are counted again; returns how many moved (those counted on the calendar read just before the change committed). Only credit’s service credential (its outbox telling a calendar change); idempotent: counted again from the facts, nothing moves twice. CONFLICT when a deadline moved meanwhile, so the change is sent again. */
  recountCreditDeadlines: Scalars['Int']['output'];
  /** The county calendar changed: evaluations open for feedback whose deadline was counted over the changed days, or without a calendar, are counted again, never earlier than stored; returns how many moved. Only credit’s service credential (its outbox telling a calendar change); idempotent: counted again from the facts, nothing moves twice. CONFLICT when a deadline moved meanwhile, so the change is sent again. */
  recountFeedbackDeadlines: Scalars['Int']['output'];
  /** Register a case received through any channel, with its source number and the day received. County-wide CASEWORK officers. */
  registerCase: Case;
  /** Reply to an assigned case: CASEWORK officers of the lead department, or acting county-wide. NPC/CPPCC replies carry outcome A, B or C. */
  replyCase: Case;
  /** Report the rectification with evidence: officers of the department the order is addressed to; also late, when OVERDUE. */
  reportRectification: Rectification;
  /** File (or replace) your department’s progress report on a task for a quarter that has started. Officers of a department the plan names for the task. */
  reportTaskProgress: TaskReport;
  /** Ask the objector for more material (补正): the objection waits (MATERIAL_REQUESTED) and its clock stands still. County-wide CREDIT officers, never the objector nor the department the record is about; once accepted, the accepting department only (FORBIDDEN ACCEPTED_BY_ANOTHER). */
  requestObjectionMaterial: Objection;
  /** Close an incident with its resolution. DEBT officers of the finance bureau. */
  resolveDebtIncident: DebtIncident;
  /** Approve or reject a policy UNDER_REVIEW, with a note. County-wide INVESTMENT officers other than the drafter and whoever last changed its text or legal basis (FORBIDDEN NOT_YOUR_OWN). */
  reviewPolicy: IncentivePolicy;
  /** Select the social capital partner (社会资本方) of a PPP project in its PROCUREMENT phase. The enterprise is credit-checked (PPP_PARTNER): an active serious dishonesty record refuses it (SUPPLIER_RESTRICTED on partnerUscc), and so does credit being unreachable. A PRE_2023 project completed its partner procurement before 2023-02-01 and selects none now (PPP_PRE_2023_NOT_ESTABLISHED on projectId). PROCUREMENT officers of the implementing department, or county-wide. */
  selectPppPartner: PppProject;
  /** Set (or with NORMAL remove) a calendar exception: a correction of one day. It does not load its year (only loadWorkingCalendar does); in a year not loaded deadlines stay counted over weekends only. ADMIN only. */
  setCalendarDay: CalendarDay;
  /** Record the approved debt limit of a region for a year. DEBT officers of the finance bureau. */
  setDebtLimit: DebtLimit;
  /** Set a region’s stock at 1 January (hidden debt or arrears) and the year’s planned reduction, up to 31 December of that year (then YEAR_CLOSED). From 1 January of its year the plan may be raised but not lowered (PLAN_LOWERED); the opening stock must equal last year’s opening stock less last year’s reductions when last year is recorded (OPENING_STOCK_MISMATCH). A changed opening carries into the later years already recorded, in the same change: each next year’s opening becomes the year before’s opening less its reductions (audited as debt.stock-carry-over); if a later year’s planned or recorded reduction would then exceed its opening, nothing is changed (CARRY_OVER_EXCEEDS_NEXT_YEAR on stockAtStart). A town without arrears files a nil plan (0, 0): a town with no plan for a year has missed it. DEBT officers of the finance bureau. */
  setDebtStockPlan: DebtStockPlan;
  /** Record a region’s comprehensive financial resources for a year. DEBT officers of the finance bureau. */
  setFiscalResources: FiscalResources;
  /** Record general public budget expenditure of a region’s year (county-wide PROCUREMENT officers). */
  setPppFiscalCapacity: PppFiscalCapacity;
  /** Sign the contract of an AWARDED project with its payment milestones; the project becomes CONTRACTED. */
  signContract: Contract;
  /** Open year N: every department’s and town’s live score becomes its preliminary result; feedback is taken for 10 working days. */
  startEvaluation: Evaluation;
  /** Record a bid while TENDERING. The supplier is checked with the credit subgraph: restricted is SUPPLIER_RESTRICTED (and the refusal is kept); no answer is DEPENDENCY_UNAVAILABLE. */
  submitBid: Bid;
  /** Submit a DRAFT or REJECTED policy for review. */
  submitPolicyForReview: IncentivePolicy;
  /** Supply the material asked for: the clock runs again and each open deadline moves by the working days it stood still. Whoever may object to the record. */
  supplyObjectionMaterial: Objection;
  /** Move a project along its lifecycle; an illegal move is INVALID_TRANSITION naming the allowed ones. */
  transitionProcurementProject: ProcurementProject;
  /** Accept a RECEIVED case, or refuse it as out of scope with a reason. County-wide CASEWORK officers. */
  triageCase: Case;
  /** Change a department. ADMIN only. A stale `version` is CONFLICT. */
  updateDepartment: Department;
  /** Change an enterprise. ADMIN only. A stale `version` is CONFLICT. */
  updateEnterprise: Enterprise;
  /** Edit a policy. Under review: INVALID_TRANSITION. Approved and text changed: back to UNDER_REVIEW. */
  updateIncentivePolicy: IncentivePolicy;
  /** Update contact person and the investor’s progress. Commitments are never changed by this. */
  updateInvestmentAgreement: InvestmentAgreement;
  /** Change an account (roles, domains, department, active, password). ADMIN only. A stale `version` is CONFLICT. */
  updateUser: User;
  /** Release a commitment by a recorded agreement with the investor, who consented in writing: without the consent, BAD_USER_INPUT INVESTOR_CONSENT_REQUIRED. A breached commitment is not waived (INVALID_TRANSITION): the breach stays on record. */
  waiveCommitment: Commitment;
};


export type MutationAcceptObjectionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAcknowledgeWarningArgs = {
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


export type MutationAddCommitmentArgs = {
  agreementId: Scalars['ID']['input'];
  input: AddCommitmentInput;
};


export type MutationAddCreditRecordArgs = {
  input: AddCreditRecordInput;
};


export type MutationAddPppObligationArgs = {
  amount: Scalars['Decimal']['input'];
  projectId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


export type MutationAdjustRepaymentScheduleArgs = {
  input: AdjustRepaymentScheduleInput;
  instrumentId: Scalars['ID']['input'];
};


export type MutationAdvancePppPhaseArgs = {
  id: Scalars['ID']['input'];
  phase: PppPhase;
};


export type MutationApplyCreditRepairArgs = {
  commitmentLetter: Scalars['String']['input'];
  evidence: Scalars['String']['input'];
  recordId: Scalars['ID']['input'];
};


export type MutationAssignCaseArgs = {
  id: Scalars['ID']['input'];
  input: AssignCaseInput;
};


export type MutationAwardProjectArgs = {
  bidId: Scalars['ID']['input'];
  projectId: Scalars['ID']['input'];
};


export type MutationCheckCreditAtArgs = {
  input: CheckCreditAtInput;
};


export type MutationCloseCaseArgs = {
  id: Scalars['ID']['input'];
  input?: CloseCaseInput;
};


export type MutationCreateCivilServantArgs = {
  input: CreateCivilServantInput;
};


export type MutationCreateDepartmentArgs = {
  input: CreateDepartmentInput;
};


export type MutationCreateEnterpriseArgs = {
  input: CreateEnterpriseInput;
};


export type MutationCreateIncentivePolicyArgs = {
  input: CreateIncentivePolicyInput;
};


export type MutationCreateInvestmentAgreementArgs = {
  input: CreateInvestmentAgreementInput;
};


export type MutationCreatePppProjectArgs = {
  input: CreatePppProjectInput;
};


export type MutationCreateProcurementProjectArgs = {
  input: CreateProcurementProjectInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationCreditReportArgs = {
  subjectId: Scalars['ID']['input'];
  subjectType: SubjectType;
};


export type MutationDecideCreditRepairArgs = {
  approved: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


export type MutationDecideEvaluationFeedbackArgs = {
  adjustedScore?: InputMaybe<Scalars['Float']['input']>;
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


export type MutationDecideObjectionArgs = {
  correction?: InputMaybe<RecordCorrectionInput>;
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
  outcome: ObjectionOutcome;
};


export type MutationDecideRectificationArgs = {
  accepted: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  note?: Scalars['String']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationExtendCaseArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationFileComplaintArgs = {
  input: FileComplaintInput;
};


export type MutationFileEvaluationFeedbackArgs = {
  resultId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};


export type MutationFileObjectionArgs = {
  reason: Scalars['String']['input'];
  recordId: Scalars['ID']['input'];
};


export type MutationFinalizeEvaluationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationImportCourtDebtorListArgs = {
  commit: Scalars['Boolean']['input'];
  content: Scalars['String']['input'];
  format: ExchangeFormat;
  lineOffset?: Scalars['Int']['input'];
};


export type MutationIssueDebtArgs = {
  input: IssueDebtInput;
};


export type MutationLoadWorkingCalendarArgs = {
  days: Array<ArrangedDayInput>;
  year: Scalars['Int']['input'];
};


export type MutationLoginArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


export type MutationMarkJudgmentDebtorListedArgs = {
  id: Scalars['ID']['input'];
  input: MarkJudgmentDebtorListedInput;
};


export type MutationOpenCreditFileArgs = {
  civilServantId: Scalars['ID']['input'];
};


export type MutationOrderRectificationArgs = {
  input: OrderRectificationInput;
};


export type MutationPayPppObligationArgs = {
  amount: Scalars['Decimal']['input'];
  id: Scalars['ID']['input'];
  paidOn?: InputMaybe<Scalars['Date']['input']>;
};


export type MutationPublishCaseDeadlineRuleArgs = {
  input: PublishDeadlineRuleInput;
};


export type MutationPublishEvaluationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPublishScoringRulesArgs = {
  input: ScoringRulesInput;
  note: Scalars['String']['input'];
};


export type MutationRateComplaintReplyArgs = {
  accessCode: Scalars['String']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  satisfied: Scalars['Boolean']['input'];
  trackingNumber: Scalars['String']['input'];
};


export type MutationRecordAcceptanceArgs = {
  input: RecordAcceptanceInput;
  projectId: Scalars['ID']['input'];
};


export type MutationRecordAccountabilityFindingArgs = {
  input: RecordAccountabilityFindingInput;
};


export type MutationRecordCommitmentBreachArgs = {
  documentNumber?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


export type MutationRecordCourtAppearanceArgs = {
  input: RecordCourtAppearanceInput;
};


export type MutationRecordDebtIncidentArgs = {
  input: RecordDebtIncidentInput;
};


export type MutationRecordDebtReductionArgs = {
  input: RecordDebtReductionInput;
};


export type MutationRecordDeliveryArgs = {
  deliveredOn: Scalars['Date']['input'];
  projectId: Scalars['ID']['input'];
};


export type MutationRecordEmergencyPlanArgs = {
  input: RecordEmergencyPlanInput;
};


export type MutationRecordEvaluationGradeArgs = {
  input: EvaluationGradeInput;
};


export type MutationRecordFromSourceArgs = {
  input: RecordFromSourceInput;
};


export type MutationRecordFulfilmentArgs = {
  commitmentId: Scalars['ID']['input'];
  input: RecordFulfilmentInput;
};


export type MutationRecordInspectionArgs = {
  input: RecordInspectionInput;
};


export type MutationRecordJudgmentArgs = {
  input: RecordJudgmentInput;
};


export type MutationRecordJudgmentFulfilmentArgs = {
  id: Scalars['ID']['input'];
  input: RecordJudgmentFulfilmentInput;
};


export type MutationRecordLoanPrimeRateArgs = {
  input: RecordLoanPrimeRateInput;
};


export type MutationRecordPaymentArgs = {
  amount: Scalars['Decimal']['input'];
  milestoneId: Scalars['ID']['input'];
  paidOn: Scalars['Date']['input'];
};


export type MutationRecordPppProcurementCompletionArgs = {
  completedOn: Scalars['Date']['input'];
  projectId: Scalars['ID']['input'];
};


export type MutationRecordProcurementBreachArgs = {
  input: RecordBreachInput;
};


export type MutationRecordRedeliveryArgs = {
  input: RecordRedeliveryInput;
  projectId: Scalars['ID']['input'];
};


export type MutationRecordRepaymentArgs = {
  input: RecordRepaymentInput;
  instrumentId: Scalars['ID']['input'];
};


export type MutationRecordSourceCuredArgs = {
  input: SourceCuredInput;
};


export type MutationRecordSourceWithdrawnArgs = {
  input: SourceWithdrawnInput;
};


export type MutationRecountCaseDeadlinesArgs = {
  input: CalendarChangeInput;
};


export type MutationRecountCreditDeadlinesArgs = {
  input: CalendarChangeInput;
};


export type MutationRecountFeedbackDeadlinesArgs = {
  input: CalendarChangeInput;
};


export type MutationRegisterCaseArgs = {
  input: RegisterCaseInput;
};


export type MutationReplyCaseArgs = {
  id: Scalars['ID']['input'];
  input: ReplyCaseInput;
};


export type MutationReportRectificationArgs = {
  id: Scalars['ID']['input'];
  input: ReportRectificationInput;
};


export type MutationReportTaskProgressArgs = {
  input: ReportTaskProgressInput;
  taskId: Scalars['ID']['input'];
};


export type MutationRequestObjectionMaterialArgs = {
  id: Scalars['ID']['input'];
  request: Scalars['String']['input'];
};


export type MutationResolveDebtIncidentArgs = {
  id: Scalars['ID']['input'];
  input: ResolveDebtIncidentInput;
};


export type MutationReviewPolicyArgs = {
  approved: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


export type MutationSelectPppPartnerArgs = {
  partnerUscc: Scalars['String']['input'];
  projectId: Scalars['ID']['input'];
};


export type MutationSetCalendarDayArgs = {
  date: Scalars['Date']['input'];
  kind: CalendarDayKind;
  name: Scalars['String']['input'];
};


export type MutationSetDebtLimitArgs = {
  amount: Scalars['Decimal']['input'];
  regionCode: Scalars['String']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
  year: Scalars['Int']['input'];
};


export type MutationSetDebtStockPlanArgs = {
  input: SetDebtStockPlanInput;
};


export type MutationSetFiscalResourcesArgs = {
  amount: Scalars['Decimal']['input'];
  regionCode: Scalars['String']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
  year: Scalars['Int']['input'];
};


export type MutationSetPppFiscalCapacityArgs = {
  generalBudgetExpenditure: Scalars['Decimal']['input'];
  regionCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};


export type MutationSignContractArgs = {
  input: SignContractInput;
  projectId: Scalars['ID']['input'];
};


export type MutationStartEvaluationArgs = {
  year: Scalars['Int']['input'];
};


export type MutationSubmitBidArgs = {
  amount: Scalars['Decimal']['input'];
  projectId: Scalars['ID']['input'];
  supplierUscc: Scalars['String']['input'];
};


export type MutationSubmitPolicyForReviewArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSupplyObjectionMaterialArgs = {
  id: Scalars['ID']['input'];
  material: Scalars['String']['input'];
};


export type MutationTransitionProcurementProjectArgs = {
  id: Scalars['ID']['input'];
  to: ProcurementStatus;
};


export type MutationTriageCaseArgs = {
  accepted: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUpdateDepartmentArgs = {
  id: Scalars['ID']['input'];
  input: UpdateDepartmentInput;
};


export type MutationUpdateEnterpriseArgs = {
  input: UpdateEnterpriseInput;
  uscc: Scalars['String']['input'];
};


export type MutationUpdateIncentivePolicyArgs = {
  id: Scalars['ID']['input'];
  input: UpdateIncentivePolicyInput;
};


export type MutationUpdateInvestmentAgreementArgs = {
  id: Scalars['ID']['input'];
  input: UpdateInvestmentAgreementInput;
};


export type MutationUpdateUserArgs = {
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
};


export type MutationWaiveCommitmentArgs = {
  id: Scalars['ID']['input'];
  input: WaiveCommitmentInput;
};

/** An objection against a credit record. */
export type Objection = {
  __typename?: 'Objection';
  /** Acceptance due by: 2 working days after filing, plus any working days waiting for material. */
  acceptDeadline: Scalars['Date']['output'];
  acceptedOn?: Maybe<Scalars['Date']['output']>;
  /** The department of the officer who accepted it: the decision, and its deadline, are then that department’s. Null before acceptance (any department acting county-wide in CREDIT but the one the record is about may accept it) and for an objection accepted before this was kept. */
  acceptingDepartment?: Maybe<Department>;
  /** Some year its deadlines span has no working-day arrangement loaded: they were counted over weekends only and may move once the year is loaded. */
  calendarMissing: Scalars['Boolean']['output'];
  decidedOn?: Maybe<Scalars['Date']['output']>;
  /** Decision due by: 10 working days after acceptance (before acceptance: after the acceptance deadline), plus any working days waiting for material. */
  decisionDeadline: Scalars['Date']['output'];
  /** Username of whoever filed it. */
  filedBy: Scalars['String']['output'];
  filedOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  /** The material supplied in answer to the latest request. */
  material?: Maybe<Scalars['String']['output']>;
  /** What the credit office asked for in its latest 补正 request, if it made one (all: materialRounds). */
  materialRequest?: Maybe<Scalars['String']['output']>;
  /** The day of the latest 补正 request. */
  materialRequestedOn?: Maybe<Scalars['Date']['output']>;
  /** Every request for more material (补正) and what was supplied in answer, oldest first. */
  materialRounds: Array<ObjectionMaterialRound>;
  /** The day the latest request was answered. */
  materialSuppliedOn?: Maybe<Scalars['Date']['output']>;
  /** The decision’s reasons. */
  note?: Maybe<Scalars['String']['output']>;
  /** Open past a deadline (acceptance or decision) as of today. */
  overdue: Scalars['Boolean']['output'];
  /** Working days the clock stood still waiting for material, over every 补正 round. */
  pausedWorkingDays: Scalars['Int']['output'];
  reason: Scalars['String']['output'];
  /** The record objected to. */
  record: CreditRecord;
  status: ObjectionStatus;
  version: Scalars['Int']['output'];
};

/** One request for more material (补正) on an objection and the material supplied in answer; the clock stands still between them. */
export type ObjectionMaterialRound = {
  __typename?: 'ObjectionMaterialRound';
  /** The material supplied in answer; null while awaited. */
  material?: Maybe<Scalars['String']['output']>;
  /** Working days the clock stood still in this round (after the request, up to and including the day the material came); null while awaited. */
  pausedWorkingDays?: Maybe<Scalars['Int']['output']>;
  /** What the credit office asked for. */
  request: Scalars['String']['output'];
  /** Username of the officer who asked; null for a request made before the rounds were kept. */
  requestedBy?: Maybe<Scalars['String']['output']>;
  /** The day it asked; the clock stops from the next working day. */
  requestedOn: Scalars['Date']['output'];
  /** 1 for the first request on the objection, 2 for the next, and so on. */
  round: Scalars['Int']['output'];
  /** Username of whoever supplied it. */
  suppliedBy?: Maybe<Scalars['String']['output']>;
  /** The day it was supplied; the clock runs again. */
  suppliedOn?: Maybe<Scalars['Date']['output']>;
};

/** The decision on an objection. */
export type ObjectionOutcome =
  | 'REJECTED'
  | 'UPHELD';

/** A page of objections. */
export type ObjectionPage = {
  __typename?: 'ObjectionPage';
  /** The items on this page. */
  items: Array<Objection>;
  /** This page number, from 1. */
  page: Scalars['Int']['output'];
  /** Items per page. */
  pageSize: Scalars['Int']['output'];
  /** How many items match, across all pages. */
  total: Scalars['Int']['output'];
};

/** Where an objection (异议) stands. */
export type ObjectionStatus =
  /** Accepted; a decision due within 10 working days of acceptance. */
  | 'ACCEPTED'
  /** Filed; acceptance due within 2 working days. */
  | 'FILED'
  /** More material requested (补正): the clock stands still until it is supplied. */
  | 'MATERIAL_REQUESTED'
  /** Rejected: the record stands. */
  | 'REJECTED'
  /** Upheld: the record was corrected or revoked. */
  | 'UPHELD';

/** A new rectification order. */
export type OrderRectificationInput = {
  /** The rule, finding or warning that requires it. */
  basis: Scalars['String']['input'];
  /** Last day to rectify; after today. */
  deadline: Scalars['Date']['input'];
  /** The department or town government that must rectify. */
  departmentId: Scalars['ID']['input'];
  origin?: InputMaybe<RectificationOrigin>;
  /** The warning or inspection finding it is opened from. */
  originId?: InputMaybe<Scalars['ID']['input']>;
  /** What must be put right. */
  subject: Scalars['String']['input'];
};

/** What a subgraph has to tell the others and has not yet delivered (its transactional outbox): breaches and overdue facts for the credit ledger, calendar changes, published grades. Nothing is lost while a receiver is down; this says how much is waiting and since when. */
export type OutboxBacklog = {
  __typename?: 'OutboxBacklog';
  /** Of those, messages tried and refused or unanswered, waiting for their retry (the receiver down or refusing). */
  failing: Scalars['Int']['output'];
  /** Of those, messages never tried because they are meant for later (a calendar change settles first). */
  heldBack: Scalars['Int']['output'];
  /** When a message was last delivered (ISO-8601, UTC); null when none ever was. */
  lastDeliveredAt?: Maybe<Scalars['String']['output']>;
  /** The earliest retry of a failing message (ISO-8601, UTC); null when none fails. */
  nextRetryAt?: Maybe<Scalars['String']['output']>;
  /** Since when the longest-waiting message due has waited (ISO-8601, UTC): when it fell due, or for one already tried when it was written; null when none is waiting. */
  oldestSince?: Maybe<Scalars['String']['output']>;
  /** Messages not yet delivered, held back ones included. */
  undelivered: Scalars['Int']['output'];
};

/** A payment due to the supplier under a contract. */
export type PaymentMilestone = {
  __typename?: 'PaymentMilestone';
  /** The date the contract agreed for a FIXED_DATE milestone (null otherwise). dueDate is earlier while an SME’s 60-day limit from delivery or acceptance brings it forward (条例第九条). */
  agreedDueDate?: Maybe<Scalars['Date']['output']>;
  /** Amount due, CNY. */
  amount: Scalars['Decimal']['output'];
  /** The contract it is owed under: the supplier, and through it the project (batched). */
  contract: Contract;
  /** Days paid late: paid in full after the due date, from the due date to the last payment (kept once paid); unpaid past due, until today. null when on time. */
  daysLate?: Maybe<Scalars['Int']['output']>;
  /** What the due date counts from. */
  dueBasis: DueBasis;
  /** Due date; null while a DELIVERY or ACCEPTANCE milestone waits for its event (never overdue then). */
  dueDate?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  /** Late-payment interest owed to the supplier as of today, CNY (保障中小企业款项支付条例第十七条): each day from the day after the due date to the day paid (or today), on what was outstanding that day, at the contract’s agreed annual rate / 365, else, owed to an SME, 0.05% a day (a supplier that is not an SME gets only an agreed rate); rounded once to the fen. 0 while on time or with no due date yet (batched). */
  lateInterest: Scalars['Decimal']['output'];
  /** Paid so far, CNY. */
  paidAmount: Scalars['Decimal']['output'];
  /** Date of the last payment. */
  paidOn?: Maybe<Scalars['Date']['output']>;
  /** Every payment against it, oldest first (batched). */
  payments: Array<MilestonePayment>;
  /** Order within the contract, from 1. */
  seq: Scalars['Int']['output'];
  status: MilestoneStatus;
  /** Days after delivery or acceptance; null for FIXED_DATE. */
  termDays?: Maybe<Scalars['Int']['output']>;
  version: Scalars['Int']['output'];
};

/** A page of payment milestones. */
export type PaymentMilestonePage = {
  __typename?: 'PaymentMilestonePage';
  /** The items on this page. */
  items: Array<PaymentMilestone>;
  /** This page number, from 1. */
  page: Scalars['Int']['output'];
  /** Items per page. */
  pageSize: Scalars['Int']['output'];
  /** How many items match, across all pages. */
  total: Scalars['Int']['output'];
};

/** The event a deadline period counts from (the day itself not counted). */
export type PeriodStart =
  /** The day it was accepted. */
  | 'ACCEPTED'
  /** The day it was first assigned (交办). */
  | 'ASSIGNED'
  /** The day the case was received. */
  | 'RECEIVED';

/** How a period is counted. */
export type PeriodUnit =
  /** Calendar days. */
  | 'DAYS'
  /** Calendar months, clamped to the month’s end (31 Jan + 1 month = 28/29 Feb). */
  | 'MONTHS'
  /** Working days of the county’s calendar (holidays and exchanged working days as data). */
  | 'WORKING_DAYS';

/** A task of the county plan (任务台账): what the plan asks, in its words, and who answers for it. */
export type PlanTask = {
  __typename?: 'PlanTask';
  /** Departments that co-operate (named after it; 各镇人民政府 = every town government). */
  cooperatingDepartments: Array<Department>;
  /** The duty’s heading, e.g. 健全政务失信记录. */
  dutyTitle: Scalars['String']['output'];
  /** Section, duty and place, e.g. "二.3.1" (the first task of 二（三）). */
  id: Scalars['ID']['output'];
  /** Departments that lead (named before the first comma). */
  leadDepartments: Array<Department>;
  /** Co-operating units as the plan words them where no department stands for them (其他有关部门, 县网信办…). */
  otherCooperatingUnits: Array<Scalars['String']['output']>;
  /** Lead units as the plan words them where no department stands for them: a unit the directory lacks, or a collective naming none (县有关部门). Shown beside leadDepartments. */
  otherLeadUnits: Array<Scalars['String']['output']>;
  /** The plan it comes from, e.g. 饶府〔2018〕35号. */
  planCode: Scalars['String']['output'];
  /** Each responsible department’s report line for a quarter: leaders, supervisors, administrators and county-wide SUPERVISION officers see all, a lead department its co-operators too, a co-operating department its own. */
  reportLines: Array<TaskReportLine>;
  /** The plan’s own parenthesis naming the units responsible. */
  responsible: Scalars['String']['output'];
  /** Section and duty as the plan numbers them, e.g. "二.3". */
  section: Scalars['String']['output'];
  /** Place of the task within its duty, from 1. */
  seq: Scalars['Int']['output'];
  /** What the plan asks, word for word. */
  text: Scalars['String']['output'];
  /** Units the plan names that the directory has no department for; an administrator should add or map them. */
  unresolvedNames: Array<Scalars['String']['output']>;
};


/** A task of the county plan (任务台账): what the plan asks, in its words, and who answers for it. */
export type PlanTaskReportLinesArgs = {
  period: Scalars['String']['input'];
};

/** A page of plan tasks, in the plan’s order. */
export type PlanTaskPage = {
  __typename?: 'PlanTaskPage';
  /** The items on this page. */
  items: Array<PlanTask>;
  /** This page number, from 1. */
  page: Scalars['Int']['output'];
  /** Items per page. */
  pageSize: Scalars['Int']['output'];
  /** How many items match, across all pages. */
  total: Scalars['Int']['output'];
};

/** Where an incentive policy stands in its legality review (政策审查). */
export type PolicyStatus =
  /** Approved: commitments may rest on it. */
  | 'APPROVED'
  /** Being written; not yet submitted. */
  | 'DRAFT'
  /** Rejected with a note; may be revised and resubmitted. */
  | 'REJECTED'
  /** Submitted (or changed after approval) and awaiting a reviewer. */
  | 'UNDER_REVIEW';

/** A region’s PPP fiscal affordability for a year: obligations may not exceed 10% of general public budget expenditure. */
export type PppFiscalCapacity = {
  __typename?: 'PppFiscalCapacity';
  /** Whether the year’s obligations are above the warning line (超过7%; exactly 7% is not), to the fen. */
  atWarningLine: Scalars['Boolean']['output'];
  /** The cap: 10% of it (财金〔2019〕10号). */
  cap: Scalars['Decimal']['output'];
  /** PPP obligations of the year so far. */
  committed: Scalars['Decimal']['output'];
  /** General public budget expenditure, CNY. */
  generalBudgetExpenditure: Scalars['Decimal']['output'];
  regionCode: Scalars['String']['output'];
  /** What is left under the cap. */
  remaining: Scalars['Decimal']['output'];
  version: Scalars['Int']['output'];
  /** The warning line: 7% of it. */
  warningLine: Scalars['Decimal']['output'];
  year: Scalars['Int']['output'];
};

/** Under which rules a PPP project began. */
export type PppMechanism =
  /** The 2023 mechanism (国办函〔2023〕115号): no government payment obligation is taken on (addPppObligation refuses). */
  | 'NEW_2023'
  /** Before the 2023 mechanism: it may carry government payment obligations. */
  | 'PRE_2023';

/** The government’s payment obligation to a PPP project in one year. */
export type PppObligation = {
  __typename?: 'PppObligation';
  /** Amount, CNY. */
  amount: Scalars['Decimal']['output'];
  id: Scalars['ID']['output'];
  /** Paid so far, CNY. */
  paidAmount: Scalars['Decimal']['output'];
  /** Every payment of it, oldest first, each with its date. */
  payments: Array<PppPayment>;
  /** The project the obligation belongs to. */
  project: PppProject;
  projectId: Scalars['ID']['output'];
  regionCode: Scalars['String']['output'];
  status: PppObligationStatus;
  year: Scalars['Int']['output'];
};

/** A yearly PPP payment obligation as of today. */
export type PppObligationStatus =
  /** This year, not yet paid in full. */
  | 'DUE'
  /** A past year, not paid in full. */
  | 'OVERDUE'
  /** Paid in full. */
  | 'PAID'
  /** A future year. */
  | 'SCHEDULED';

/** One payment of a PPP obligation, with its own date. */
export type PppPayment = {
  __typename?: 'PppPayment';
  /** Amount paid, CNY. */
  amount: Scalars['Decimal']['output'];
  id: Scalars['ID']['output'];
  /** The day it was paid. */
  paidOn: Scalars['Date']['output'];
  /** Who recorded it. */
  recordedBy: Scalars['String']['output'];
};

/** Phase of a PPP project, in order. */
export type PppPhase =
  | 'CONSTRUCTION'
  | 'FINANCING'
  | 'OPERATION'
  | 'PREPARATION'
  | 'PROCUREMENT'
  | 'TRANSFER';

/** A PPP project (政府和社会资本合作). */
export type PppProject = {
  __typename?: 'PppProject';
  /** The implementing department. */
  department: Department;
  id: Scalars['ID']['output'];
  /** Under which rules it began. */
  mechanism: PppMechanism;
  name: Scalars['String']['output'];
  /** Its yearly obligations. */
  obligations: Array<PppObligation>;
  /** The partner’s name as registered when selected. */
  partnerName?: Maybe<Scalars['String']['output']>;
  /** The day the partner was selected (YYYY-MM-DD). */
  partnerSelectedOn?: Maybe<Scalars['String']['output']>;
  /** The social capital partner’s unified social credit code, once selected (selectPppPartner). */
  partnerUscc?: Maybe<Scalars['String']['output']>;
  phase: PppPhase;
  /** The day the procurement of the social capital partner was completed (招标采购程序完成): a PRE_2023 project completed it before 2023-02-01 (国办函〔2023〕115号). null: not recorded. */
  procurementCompletedOn?: Maybe<Scalars['Date']['output']>;
  /** Division code of the region whose budget pays. */
  regionCode: Scalars['String']['output'];
  /** Total investment, CNY. */
  totalInvestment: Scalars['Decimal']['output'];
  version: Scalars['Int']['output'];
};

/** A page of PPP projects. */
export type PppProjectPage = {
  __typename?: 'PppProjectPage';
  /** The items on this page. */
  items: Array<PppProject>;
  /** This page number, from 1. */
  page: Scalars['Int']['output'];
  /** Items per page. */
  pageSize: Scalars['Int']['output'];
  /** How many items match, across all pages. */
  total: Scalars['Int']['output'];
};

/** What is bought: goods, works or services. */
export type ProcurementCategory =
  | 'GOODS'
  | 'SERVICES'
  | 'WORKS';

/** Procurement method under the Government Procurement Law. INQUIRY (询价) is for GOODS only (art. 32; 财政部令第74号 art. 3). */
export type ProcurementMethod =
  /** 竞争性磋商 */
  | 'COMPETITIVE_CONSULTATION'
  /** 竞争性谈判 */
  | 'COMPETITIVE_NEGOTIATION'
  /** 询价: goods only. */
  | 'INQUIRY'
  /** 单一来源 */
  | 'LIMITED'
  /** 公开招标 */
  | 'OPEN'
  /** 邀请招标 */
  | 'SELECTIVE';

/** A government procurement project (政府采购项目). */
export type ProcurementProject = {
  __typename?: 'ProcurementProject';
  /** Where it may go next. */
  allowedTransitions: Array<ProcurementStatus>;
  /** Bids accepted, in order of submission. */
  bids: Array<Bid>;
  /** Budget, CNY. */
  budget: Scalars['Decimal']['output'];
  category: ProcurementCategory;
  /** The contract, once signed. */
  contract?: Maybe<Contract>;
  id: Scalars['ID']['output'];
  method: ProcurementMethod;
  /** The method’s Chinese name, e.g. 公开招标. */
  methodName: Scalars['String']['output'];
  /** The number of the approval of a method other than OPEN (政府采购法第二十七条), where one was recorded; null otherwise. */
  nonOpenApproval?: Maybe<Scalars['String']['output']>;
  /** The process as an OCDS 1.1.5 release (validates against the official release schema). */
  ocdsRelease: Scalars['JSON']['output'];
  /** Open Contracting ID of the process. */
  ocid: Scalars['String']['output'];
  /** The purchasing department. */
  purchaser: Department;
  /** Bids refused because the supplier was restricted. */
  refusedBids: Array<RefusedBid>;
  status: ProcurementStatus;
  /** The lifecycle timeline, oldest first. */
  timeline: Array<StatusChange>;
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/** A page of procurement projects. */
export type ProcurementProjectPage = {
  __typename?: 'ProcurementProjectPage';
  /** The items on this page. */
  items: Array<ProcurementProject>;
  /** This page number, from 1. */
  page: Scalars['Int']['output'];
  /** Items per page. */
  pageSize: Scalars['Int']['output'];
  /** How many items match, across all pages. */
  total: Scalars['Int']['output'];
};

/** A column procurement projects can be ordered by. */
export type ProcurementProjectSortField =
  /** Budget. */
  | 'BUDGET'
  /** When the project was registered. */
  | 'CREATED_AT'
  /** Title. */
  | 'TITLE';

/** Lifecycle: PLANNING → TENDERING → EVALUATION → AWARDED → CONTRACTED → IN_PERFORMANCE → ACCEPTED (履约验收) → CLOSED, or CANCELLED. */
export type ProcurementStatus =
  | 'ACCEPTED'
  | 'AWARDED'
  | 'CANCELLED'
  | 'CLOSED'
  | 'CONTRACTED'
  | 'EVALUATION'
  | 'IN_PERFORMANCE'
  | 'PLANNING'
  | 'TENDERING';

/** The outcome of an NPC suggestion or CPPCC proposal. */
export type ProposalOutcome =
  /** A 已解决或采纳: solved or adopted. */
  | 'A'
  /** B 正在解决或列入计划: being solved or planned. */
  | 'B'
  /** C 因条件限制留作参考: kept for reference, conditions do not allow it yet. */
  | 'C';

/** A complaint as its complainant follows it. */
export type PublicCaseStatus = {
  __typename?: 'PublicCaseStatus';
  /** The day the reply is due (acceptance while RECEIVED). */
  deadline?: Maybe<Scalars['Date']['output']>;
  /** A "not satisfied" rating has reopened it once; another one will not reopen it. */
  reopened: Scalars['Boolean']['output'];
  /** Day replied. */
  repliedOn?: Maybe<Scalars['Date']['output']>;
  /** The reply, once given. */
  reply?: Maybe<Scalars['String']['output']>;
  /** The complainant’s rating of the reply; null: not rated. */
  satisfied?: Maybe<Scalars['Boolean']['output']>;
  status: CaseStatus;
  trackingNumber: Scalars['String']['output'];
};

/** A published grade, readable without login. */
export type PublicRating = {
  __typename?: 'PublicRating';
  departmentName: Scalars['String']['output'];
  grade: Grade;
  score: Scalars['Float']['output'];
};

/** A published dishonesty record as the public sees it (信用公示): civil servants’ names masked, never an ID number. */
export type PublicRecord = {
  __typename?: 'PublicRecord';
  /** Issuing authority. */
  authority: Scalars['String']['output'];
  category: CreditCategory;
  decisionDate: Scalars['Date']['output'];
  /** The department concerned (none for enterprises). */
  department?: Maybe<Department>;
  /** Decision document number (文号). */
  documentNumber: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Shown until this day. */
  publicityEnd: Scalars['Date']['output'];
  severity: Severity;
  /** The enterprise’s USCC or the department’s id; null for a civil servant. */
  subjectId?: Maybe<Scalars['ID']['output']>;
  /** Enterprise or department name; a civil servant’s masked (张*明). */
  subjectName: Scalars['String']['output'];
  subjectType: SubjectType;
  /** An objection to the record is open (filed or accepted, not yet decided): the public is told it is contested. */
  underObjection: Scalars['Boolean']['output'];
};

/** A page of public records. */
export type PublicRecordPage = {
  __typename?: 'PublicRecordPage';
  /** The items on this page. */
  items: Array<PublicRecord>;
  /** This page number, from 1. */
  page: Scalars['Int']['output'];
  /** Items per page. */
  pageSize: Scalars['Int']['output'];
  /** How many items match, across all pages. */
  total: Scalars['Int']['output'];
};

/** A new version of a deadline rule, when a regulation or the county changes a period. It applies to cases received from its first day on; cases already registered keep the version they were given. */
export type PublishDeadlineRuleInput = {
  /** Length of the period in its unit, 1 to 366. */
  amount: Scalars['Int']['input'];
  /** First day of receipt it applies to: not before today, and after the current version’s first day. */
  effectiveFrom: Scalars['Date']['input'];
  /** What one approved extension adds (same unit, 1 to 366); null: the rule allows none. */
  extensionAmount?: InputMaybe<Scalars['Int']['input']>;
  kind: CaseKind;
  /** The regulation or decision that sets it, with its number (4 to 500 characters). */
  source: Scalars['String']['input'];
  stage: CaseStage;
  /** What the period counts from; ACCEPT periods count from RECEIVED. */
  startsFrom: PeriodStart;
  unit: PeriodUnit;
};

export type Query = {
  __typename?: 'Query';
  /** One case (null when missing or not yours to see). */
  case?: Maybe<Case>;
  /** Every version of the casework deadline rules, with their sources. Any signed-in user. */
  caseDeadlineRules: Array<DeadlineRule>;
  /** Cases, earliest deadline first. Leaders, supervisors, county-wide SUPERVISION and CASEWORK officers see all; anyone else the cases their department leads or co-handles. */
  cases: CasePage;
  /** Changes recorded by the casework subgraph, newest first. Administrators and supervisors only. */
  caseworkAuditTrail: AuditEntryPage;
  /** What the casework subgraph has not yet delivered to the others, and since when. Administrators (and supervision's warning sweep) only; others get FORBIDDEN. Nullable so that one request asking every sender still answers for the others when this one fails: null with an error when the subgraph cannot be reached or refuses. */
  caseworkOutbox?: Maybe<OutboxBacklog>;
  /** One civil servant. CREDIT readers. */
  civilServant?: Maybe<CivilServant>;
  /** Civil servants by name, optionally of one department. CREDIT readers. */
  civilServants: CivilServantPage;
  /** One commitment. INVESTMENT readers. */
  commitment?: Maybe<Commitment>;
  /** Commitments by due date, filtered by derived status, department or agreement. */
  commitments: CommitmentPage;
  /** Open commitments falling due in the next `days` days (default 30), soonest first. */
  commitmentsDueSoon: CommitmentPage;
  /** Follow a complaint with its tracking number and access code (no login). A wrong pair is BAD_USER_INPUT (COMPLAINT_NOT_FOUND), whichever part is wrong. */
  complaintStatus: PublicCaseStatus;
  /** Hearings, newest first. Those who see every case see all; anyone else their department’s. */
  courtAppearances: CourtAppearancePage;
  /** Changes recorded by the credit subgraph, newest first. Administrators and supervisors only. */
  creditAuditTrail: AuditEntryPage;
  /** Credit check of one subject (for ENTERPRISE, subjectId is the USCC). Services, CREDIT readers, PROCUREMENT and INVESTMENT officers. */
  creditCheck: CreditCheck;
  /** Every logged credit check at a money step, newest first: who asked, about whom, when, the result and the records seen. CREDIT readers read every check; PROCUREMENT and INVESTMENT officers their own domain’s steps, every department’s when county-wide in it, else their own department’s. */
  creditCheckLog: CreditCheckPage;
  /** County-wide credit-file coverage. CREDIT readers. */
  creditCoverage: CoverageSummary;
  /** Changes to government dishonesty records (published, corrected, repaired, revoked, publicity ended) after a cursor, for the city, provincial and national credit platforms (二.4 归集共享), in the national catalogue’s fields, signed. County-wide CREDIT officers. */
  creditExchangeExport: CreditExchangeBatch;
  /** Who read which civil servant’s full file, newest first. SUPERVISOR and ADMIN only. */
  creditFileReadLog: FileReadPage;
  /** Objections, oldest filing first. CREDIT readers. */
  creditObjections: ObjectionPage;
  /** What the credit subgraph has not yet delivered to the others, and since when. Administrators (and supervision's warning sweep) only; others get FORBIDDEN. Nullable so that one request asking every sender still answers for the others when this one fails: null with an error when the subgraph cannot be reached or refuses. */
  creditOutbox?: Maybe<OutboxBacklog>;
  /** One credit record. CREDIT readers. */
  creditRecord?: Maybe<CreditRecord>;
  /** Credit records, newest decision first, by subject, department, status (as of today) or text. CREDIT readers. */
  creditRecords: CreditRecordPage;
  /** Credit-repair applications, oldest first. CREDIT readers. */
  creditRepairs: RepairApplicationPage;
  /** Changes recorded by the debt subgraph, newest first. Administrators and supervisors only. */
  debtAuditTrail: AuditEntryPage;
  /** One debt instrument. DEBT readers. */
  debtInstrument?: Maybe<DebtInstrument>;
  /** Debt instruments, newest issue first. DEBT readers. */
  debtInstruments: DebtInstrumentPage;
  /** Approved debt limits, newest year first. DEBT readers. */
  debtLimits: Array<DebtLimit>;
  /** One department by id. Public. */
  department?: Maybe<Department>;
  /** Departments, county departments first, then by code; filter by kind, region or text. Public. */
  departments: DepartmentPage;
  /** Changes recorded by the directory subgraph, newest first. Administrators and supervisors only. */
  directoryAuditTrail: AuditEntryPage;
  /** One enterprise by unified social credit code (case-insensitive). Public. */
  enterprise?: Maybe<Enterprise>;
  /** Enterprises by name; search matches code or name. Public. */
  enterprises: EnterprisePage;
  /** One year’s evaluation (null before it is started). */
  evaluation?: Maybe<Evaluation>;
  /** Every year’s evaluation, newest first. Any signed-in user. */
  evaluations: Array<Evaluation>;
  /** Comprehensive financial resources, newest year first. DEBT readers. */
  fiscalResourceRecords: Array<FiscalResources>;
  /** Incentive policies, newest first. INVESTMENT readers. */
  incentivePolicies: IncentivePolicyPage;
  /** One incentive policy. INVESTMENT readers. */
  incentivePolicy?: Maybe<IncentivePolicy>;
  /** Inspections, newest first. Leaders, supervisors, administrators and county-wide SUPERVISION officers see all; other officers their own department’s. */
  inspections: InspectionPage;
  /** Warnings per kind, most first (default: those not resolved), for the dashboard. Same visibility. */
  integrityWarningCounts: Array<WarningCount>;
  /** The early-warning feed across the domains, open first and oldest cause first; brought up to date on read when older than WARNING_REFRESH_SECONDS. Leaders, supervisors, administrators and county-wide SUPERVISION officers see all; other officers their own department’s. */
  integrityWarnings: WarningPage;
  /** One investment agreement. INVESTMENT readers. */
  investmentAgreement?: Maybe<InvestmentAgreement>;
  /** Investment agreements, newest signing first. INVESTMENT readers. */
  investmentAgreements: InvestmentAgreementPage;
  /** Changes recorded by the investment subgraph, newest first. Administrators and supervisors only. */
  investmentAuditTrail: AuditEntryPage;
  /** What the investment subgraph has not yet delivered to the others, and since when. Administrators (and supervision's warning sweep) only; others get FORBIDDEN. Nullable so that one request asking every sender still answers for the others when this one fails: null with an error when the subgraph cannot be reached or refuses. */
  investmentOutbox?: Maybe<OutboxBacklog>;
  /** Effective judgments against county bodies, earliest due first. Those who see every case see all; anyone else their department’s. */
  judgments: JudgmentPage;
  /** Late-payment interest accrued as of today on supplier payments, CNY (保障中小企业款项支付条例第十七条): of one purchaser, or of every purchaser in the county when none is named. The sum of the milestones’ lateInterest; PROCUREMENT readers. */
  lateInterestTotal: Scalars['Decimal']['output'];
  /** The one-year LPR publications an agreed late-payment rate is checked against, newest first. Any signed-in user. */
  loanPrimeRates: Array<LoanPrimeRate>;
  /** The logged-in user; null without a token. An expired token is UNAUTHENTICATED. */
  me?: Maybe<User>;
  /** Supplier payments past due and unpaid (拖欠账款), oldest due first, page by page, optionally of one purchaser: as many as Department.overduePaymentCount counts. PROCUREMENT readers. */
  overdueMilestones: PaymentMilestonePage;
  /** Objections open past their acceptance or decision deadline: a warning for supervisors (and leaders, admins), and for supervision’s warning feed. */
  overdueObjections: ObjectionPage;
  /** Supplier payments past due and unpaid (at most 500, oldest first), optionally for one purchaser. */
  overduePayments: Array<PaymentMilestone>;
  /** Repair applications pending past their decision deadline, oldest first: a warning for supervisors (and leaders, admins), and for supervision’s warning feed. */
  overdueRepairs: RepairApplicationPage;
  /** The county plan’s task ledger (任务台账), in the plan’s order. Any signed-in user. */
  planTasks: PlanTaskPage;
  /** A region’s PPP fiscal capacity for a year, with what is committed. */
  pppFiscalCapacity?: Maybe<PppFiscalCapacity>;
  /** PPP obligations not paid in full: this year’s (DUE) and past years’ (OVERDUE); overdueOnly for the latter. */
  pppObligationsDue: Array<PppObligation>;
  /** PPP projects. PROCUREMENT readers. */
  pppProjects: PppProjectPage;
  /** Changes recorded by the procurement subgraph, newest first. Administrators and supervisors only. */
  procurementAuditTrail: AuditEntryPage;
  /** Breach records (违约失信), newest first, optionally of one responsible department. PROCUREMENT readers. */
  procurementBreaches: BreachRecordPage;
  /** What the procurement subgraph has not yet delivered to the others, and since when. Administrators (and supervision's warning sweep) only; others get FORBIDDEN. Nullable so that one request asking every sender still answers for the others when this one fails: null with an error when the subgraph cannot be reached or refuses. */
  procurementOutbox?: Maybe<OutboxBacklog>;
  /** One procurement project. PROCUREMENT readers. */
  procurementProject?: Maybe<ProcurementProject>;
  /** Procurement projects, newest first, by status, purchaser, category, method or title. */
  procurementProjects: ProcurementProjectPage;
  /** Published dishonesty records inside their publicity period, newest decision first. No login needed. */
  publicDishonestyRecords: PublicRecordPage;
  /** The years whose evaluation is published, newest first; no login. */
  publicIntegrityRatingYears: Array<Scalars['Int']['output']>;
  /** A published year’s grades, best first; no login. Empty before. */
  publicIntegrityRatings: Array<PublicRating>;
  /** One order (null when missing or not yours to see). */
  rectification?: Maybe<Rectification>;
  /** Rectification orders, earliest deadline first. Leaders, supervisors, administrators and county-wide SUPERVISION officers see all; other officers their own department’s. */
  rectifications: RectificationPage;
  /** One region by division code. Public. */
  region?: Maybe<Region>;
  /** Regions known to the system: the county and its towns (and the levels above), by code. Public. */
  regions: Array<Region>;
  /** Every published version, newest first. Any signed-in user. */
  scoringRuleHistory: Array<ScoringRuleVersion>;
  /** The scoring rules in force (version 0: the built-in defaults, before any is published). Any signed-in user. */
  scoringRules: ScoringRuleVersion;
  /** The names of these accounts (at most 200), for reading an audit trail: the other subgraphs record usernames. Unknown usernames (system, migration) are left out; accounts no longer active are kept, so old records still name their officer. Any signed-in user. */
  staffNames: Array<StaffName>;
  /** Changes recorded by the supervision subgraph, newest first. Administrators and supervisors only. */
  supervisionAuditTrail: AuditEntryPage;
  /** What the supervision subgraph has not yet delivered to the others, and since when. Administrators (and supervision's warning sweep) only; others get FORBIDDEN. Nullable so that one request asking every sender still answers for the others when this one fails: null with an error when the subgraph cannot be reached or refuses. */
  supervisionOutbox?: Maybe<OutboxBacklog>;
  /** One user account. ADMIN only. */
  user?: Maybe<User>;
  /** User accounts by username. ADMIN only. */
  users: UserPage;
  /** Whether a credit report is genuine, and what it said: null for a number never issued. No login needed: whoever received a report checks it here. */
  verifyCreditReport?: Maybe<VerifiedReport>;
  /** Holidays and exchanged working days of a year. Signed-in users, supervision’s warning feed and casework’s working-day deadlines. */
  workingCalendar: Array<CalendarDay>;
  /** A year of the working calendar with whether it is loaded: what working-day deadlines in every subgraph count on. Readers as for workingCalendar. */
  workingCalendarYear: WorkingCalendarYear;
};


export type QueryCaseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCasesArgs = {
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<CaseKind>;
  overdueOnly?: InputMaybe<Scalars['Boolean']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<CaseStatus>;
};


export type QueryCaseworkAuditTrailArgs = {
  entityId?: InputMaybe<Scalars['String']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCivilServantArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCivilServantsArgs = {
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  sortBy?: InputMaybe<CivilServantSortField>;
  sortDirection?: InputMaybe<SortDirection>;
};


export type QueryCommitmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCommitmentsArgs = {
  agreementId?: InputMaybe<Scalars['ID']['input']>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<CommitmentStatus>;
};


export type QueryCommitmentsDueSoonArgs = {
  days?: InputMaybe<Scalars['Int']['input']>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryComplaintStatusArgs = {
  accessCode: Scalars['String']['input'];
  trackingNumber: Scalars['String']['input'];
};


export type QueryCourtAppearancesArgs = {
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCreditAuditTrailArgs = {
  entityId?: InputMaybe<Scalars['String']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCreditCheckArgs = {
  subjectId: Scalars['ID']['input'];
  subjectType: SubjectType;
};


export type QueryCreditCheckLogArgs = {
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  step?: InputMaybe<CreditCheckStep>;
  subjectId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryCreditExchangeExportArgs = {
  format?: InputMaybe<ExchangeFormat>;
  limit?: Scalars['Int']['input'];
  since?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCreditFileReadLogArgs = {
  civilServantId?: InputMaybe<Scalars['ID']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  readerName?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCreditObjectionsArgs = {
  overdueOnly?: InputMaybe<Scalars['Boolean']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ObjectionStatus>;
};


export type QueryCreditRecordArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCreditRecordsArgs = {
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  dishonestyOnly?: InputMaybe<Scalars['Boolean']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  sortBy?: InputMaybe<CreditRecordSortField>;
  sortDirection?: InputMaybe<SortDirection>;
  status?: InputMaybe<RecordStatus>;
  subjectId?: InputMaybe<Scalars['ID']['input']>;
  subjectType?: InputMaybe<SubjectType>;
};


export type QueryCreditRepairsArgs = {
  overdueOnly?: InputMaybe<Scalars['Boolean']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<RepairStatus>;
};


export type QueryDebtAuditTrailArgs = {
  entityId?: InputMaybe<Scalars['String']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDebtInstrumentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDebtInstrumentsArgs = {
  kind?: InputMaybe<DebtKind>;
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
  sortBy?: InputMaybe<DebtInstrumentSortField>;
  sortDirection?: InputMaybe<SortDirection>;
};


export type QueryDebtLimitsArgs = {
  regionCode?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDepartmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDepartmentsArgs = {
  kind?: InputMaybe<DepartmentKind>;
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryDirectoryAuditTrailArgs = {
  entityId?: InputMaybe<Scalars['String']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEnterpriseArgs = {
  uscc: Scalars['String']['input'];
};


export type QueryEnterprisesArgs = {
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryEvaluationArgs = {
  year: Scalars['Int']['input'];
};


export type QueryFiscalResourceRecordsArgs = {
  regionCode?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryIncentivePoliciesArgs = {
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<PolicyStatus>;
};


export type QueryIncentivePolicyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInspectionsArgs = {
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryIntegrityWarningCountsArgs = {
  status?: InputMaybe<WarningStatus>;
};


export type QueryIntegrityWarningsArgs = {
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<WarningKind>;
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<WarningStatus>;
};


export type QueryInvestmentAgreementArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInvestmentAgreementsArgs = {
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  townCode?: InputMaybe<Scalars['String']['input']>;
};


export type QueryInvestmentAuditTrailArgs = {
  entityId?: InputMaybe<Scalars['String']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryJudgmentsArgs = {
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<JudgmentStatus>;
};


export type QueryLateInterestTotalArgs = {
  purchaserId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryOverdueMilestonesArgs = {
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  purchaserId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryOverdueObjectionsArgs = {
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOverduePaymentsArgs = {
  purchaserId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryOverdueRepairsArgs = {
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPlanTasksArgs = {
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPppFiscalCapacityArgs = {
  regionCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};


export type QueryPppObligationsDueArgs = {
  overdueOnly?: Scalars['Boolean']['input'];
  regionCode?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPppProjectsArgs = {
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
};


export type QueryProcurementAuditTrailArgs = {
  entityId?: InputMaybe<Scalars['String']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryProcurementBreachesArgs = {
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryProcurementProjectArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProcurementProjectsArgs = {
  category?: InputMaybe<ProcurementCategory>;
  method?: InputMaybe<ProcurementMethod>;
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  purchaserId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  sortBy?: InputMaybe<ProcurementProjectSortField>;
  sortDirection?: InputMaybe<SortDirection>;
  status?: InputMaybe<ProcurementStatus>;
};


export type QueryPublicDishonestyRecordsArgs = {
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPublicIntegrityRatingsArgs = {
  year: Scalars['Int']['input'];
};


export type QueryRectificationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRectificationsArgs = {
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<RectificationStatus>;
};


export type QueryRegionArgs = {
  code: Scalars['String']['input'];
};


export type QueryRegionsArgs = {
  parentCode?: InputMaybe<Scalars['String']['input']>;
};


export type QueryStaffNamesArgs = {
  usernames: Array<Scalars['String']['input']>;
};


export type QuerySupervisionAuditTrailArgs = {
  entityId?: InputMaybe<Scalars['String']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUsersArgs = {
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryVerifyCreditReportArgs = {
  number: Scalars['String']['input'];
};


export type QueryWorkingCalendarArgs = {
  year: Scalars['Int']['input'];
};


export type QueryWorkingCalendarYearArgs = {
  year: Scalars['Int']['input'];
};

/** The acceptance (履约验收) of a project in performance. */
export type RecordAcceptanceInput = {
  /** Acceptance date, not in the future. */
  acceptedOn: Scalars['Date']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** true: passed (the project becomes ACCEPTED); false: failed (recorded, stays IN_PERFORMANCE). */
  passed: Scalars['Boolean']['input'];
};

/** An accountability finding on a region’s debt management. */
export type RecordAccountabilityFindingInput = {
  /** What was found. */
  finding: Scalars['String']['input'];
  /** Division code. */
  regionCode: Scalars['String']['input'];
  /** Who is held responsible (unit or post). */
  responsible: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

/** A breach (违约失信) and the department responsible for it. */
export type RecordBreachInput = {
  /** The responsible department. */
  departmentId: Scalars['ID']['input'];
  description: Scalars['String']['input'];
  /** Number of the document that found the breach (认定文书号), e.g. 饶财采〔2026〕12号: the credit record cites it; without one the record carries a generated reference (采购违约 2026-xxxxxxxx). */
  documentNumber?: InputMaybe<Scalars['String']['input']>;
  /** The project concerned, if any: a procurement or a PPP project. */
  projectId?: InputMaybe<Scalars['ID']['input']>;
};

/** A correction made when an objection is upheld; omitted fields stay. */
export type RecordCorrectionInput = {
  category?: InputMaybe<CreditCategory>;
  publicityEnd?: InputMaybe<Scalars['Date']['input']>;
  /** The sanction’s kind, which fixes its period from the decision date: required when the corrected record is a civil servant’s disciplinary sanction without one, refused on any other record (a record corrected out of that category keeps no kind). */
  sanctionKind?: InputMaybe<SanctionKind>;
  severity?: InputMaybe<Severity>;
};

/** A hearing and whether the head of the defendant body appeared. */
export type RecordCourtAppearanceInput = {
  /** Who appeared (required when the head appeared). */
  appearedName?: InputMaybe<Scalars['String']['input']>;
  /** 案号. Stored as the court writes it — the year in （）, half-width digits, no spaces: 〔2026〕粤5122行初12号 is （2026）粤5122行初12号 — so one hearing typed two ways is one. */
  caseNumber: Scalars['String']['input'];
  /** The defendant body. */
  departmentId: Scalars['ID']['input'];
  /** Whether its head (正职 or 副职) appeared. */
  headAppeared: Scalars['Boolean']['input'];
  /** Day of the hearing; not after today. */
  hearingDate: Scalars['Date']['input'];
  /** Their post (required when the head appeared). */
  position?: InputMaybe<Scalars['String']['input']>;
  /** 正职 or 副职 (required when the head appeared). */
  rank?: InputMaybe<HeadRank>;
};

/** A debt risk incident: a default and the emergency response it started. */
export type RecordDebtIncidentInput = {
  /** Amount not paid when due, CNY. */
  amount: Scalars['Decimal']['input'];
  /** The grade determined (国办函〔2016〕88号 3.4); IV, a county’s own default, when omitted. */
  grade?: InputMaybe<DebtIncidentGrade>;
  /** The instrument not paid, when the default is on one. */
  instrumentId?: InputMaybe<Scalars['ID']['input']>;
  kind: DebtIncidentKind;
  /** The due date missed, not in the future. */
  occurredOn: Scalars['Date']['input'];
  /** Division code of the region in default. */
  regionCode: Scalars['String']['input'];
  /** The response started: who leads it and the measures taken (88号 4.2). */
  response: Scalars['String']['input'];
};

/** One reduction of a region’s stock under the year’s plan. */
export type RecordDebtReductionInput = {
  /** Amount reduced, CNY; not above the stock left. */
  amount: Scalars['Decimal']['input'];
  kind: DebtStockKind;
  /** How: 安排财政资金、出让政府股权、经营收入、债务重组… */
  means: Scalars['String']['input'];
  /** Date, in the year and not in the future. */
  reducedOn: Scalars['Date']['input'];
  /** Division code. */
  regionCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

/** An emergency-response plan adopted for a region and year. */
export type RecordEmergencyPlanInput = {
  /** Adoption date, not in the future. */
  adoptedOn: Scalars['Date']['input'];
  /** Document number (文号). */
  documentNumber: Scalars['String']['input'];
  /** Division code. */
  regionCode: Scalars['String']['input'];
  title: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

/** A fact another subgraph reports through its outbox. The sender is the calling service; (sender, sourceId) is unique, so a retry returns the record already made. */
export type RecordFromSourceInput = {
  /** The sum involved in yuan, where the kind’s severity depends on it (SERIOUS from the rule’s amount). */
  amount?: InputMaybe<Scalars['Decimal']['input']>;
  /** The authority that decided (e.g. the supervising office). */
  authority: Scalars['String']['input'];
  /** When the fact became a breach (e.g. the day after the deadline). */
  decisionDate: Scalars['Date']['input'];
  /** The department the record counts against. */
  departmentId: Scalars['ID']['input'];
  /** Decision document number (文号) or the sender’s reference. */
  documentNumber: Scalars['String']['input'];
  kind: SourcedRecordKind;
  /** The fact’s id in the sending subgraph (e.g. the rectification order id). */
  sourceId: Scalars['String']['input'];
  /** What happened, for the record’s reason. */
  summary?: InputMaybe<Scalars['String']['input']>;
};

/** A fulfilment event. */
export type RecordFulfilmentInput = {
  /** Amount fulfilled, CNY; at most what is outstanding. */
  amount: Scalars['Decimal']['input'];
  /** When: not in the future, not before the agreement was signed (DATE_TOO_EARLY). */
  date: Scalars['Date']['input'];
  /** Evidence: document number, voucher, certificate. */
  evidence: Scalars['String']['input'];
};

/** An inspection and what it found. */
export type RecordInspectionInput = {
  /** The department or town government inspected. */
  departmentId: Scalars['ID']['input'];
  /** The findings, one per entry (1 to 50, each up to 1000 characters). */
  findings: Array<Scalars['String']['input']>;
  /** When; not in the future. */
  inspectedOn: Scalars['Date']['input'];
  /** The inspecting team. */
  team: Scalars['String']['input'];
};

/** A payment or performance towards a judgment. */
export type RecordJudgmentFulfilmentInput = {
  /** Sum paid, CNY; at most what is outstanding. */
  amount?: InputMaybe<Scalars['Decimal']['input']>;
  /** Day of the fulfilment; not after today. */
  date: Scalars['Date']['input'];
  /** Evidence. */
  evidence: Scalars['String']['input'];
};

/** An effective judgment against a county body. */
export type RecordJudgmentInput = {
  /** The sum to pay, CNY; 0 if none. */
  amount?: InputMaybe<Scalars['Decimal']['input']>;
  /** 案号, unique. Stored as the court writes it — the year in （）, half-width digits, no spaces — so a case typed two ways is one (JUDGMENT_ALREADY_RECORDED). */
  caseNumber: Scalars['String']['input'];
  /** The court. */
  court: Scalars['String']['input'];
  /** The obligor. */
  departmentId: Scalars['ID']['input'];
  /** Last day to fulfil; not before the day it took effect. */
  dueOn: Scalars['Date']['input'];
  /** Day it took effect; not after today. */
  effectiveOn: Scalars['Date']['input'];
  /** What it must do. */
  obligation: Scalars['String']['input'];
};

/** A month’s LPR publication, as published (record every month’s, changed or not). */
export type RecordLoanPrimeRateInput = {
  /** One-year LPR, annual percent with at most 2 decimals, above 0, at most 20. */
  oneYearPercent: Scalars['Decimal']['input'];
  /** Day published (the 20th, or the next working day); not in the future. */
  publishedOn: Scalars['Date']['input'];
};

/** A delivery again after a failed acceptance, the defects put right (整改后重新交付). */
export type RecordRedeliveryInput = {
  /** What was put right (整改情况). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The day the supplier delivered again: after the failed acceptance, not in the future. */
  redeliveredOn: Scalars['Date']['input'];
};

/** A repayment of principal and/or interest. */
export type RecordRepaymentInput = {
  /** Interest paid, CNY (may be 0). */
  interest: Scalars['Decimal']['input'];
  /** Date paid, not in the future. */
  paidOn: Scalars['Date']['input'];
  /** Principal repaid, CNY (may be 0). */
  principal: Scalars['Decimal']['input'];
};

/** Where a record made from another domain’s fact came from. */
export type RecordSource = {
  __typename?: 'RecordSource';
  /** The fact’s id there (e.g. the rectification order id). */
  id: Scalars['String']['output'];
  /** The subgraph that reported it (e.g. supervision). */
  subgraph: Scalars['String']['output'];
};

/** A record’s status as of today. */
export type RecordStatus =
  /** In force. */
  | 'ACTIVE'
  /** Its publicity period has ended (derived at every read). */
  | 'EXPIRED'
  /** Credit repair approved: publicity ended early. */
  | 'REPAIRED'
  /** Revoked after an upheld objection. */
  | 'REVOKED';

/** A rectification order (整改) on a department or town government. */
export type Rectification = {
  __typename?: 'Rectification';
  /** The rule, finding or warning that requires it. */
  basis: Scalars['String']['output'];
  /** Last day to rectify; from the next day it is OVERDUE. */
  deadline: Scalars['Date']['output'];
  decidedOn?: Maybe<Scalars['Date']['output']>;
  /** The supervisors’ note when accepting or returning. */
  decisionNote?: Maybe<Scalars['String']['output']>;
  /** The department or town government that must rectify. */
  department: Department;
  /** Evidence (document numbers, file references). */
  evidence?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  orderedOn: Scalars['Date']['output'];
  origin: RectificationOrigin;
  /** The warning or inspection finding it came from. */
  originId?: Maybe<Scalars['String']['output']>;
  /** First day it was overdue (kept after a late acceptance); the credit record is dated so. */
  overdueOn?: Maybe<Scalars['Date']['output']>;
  /** The department’s report of what it did. */
  report?: Maybe<Scalars['String']['output']>;
  reportedOn?: Maybe<Scalars['Date']['output']>;
  status: RectificationStatus;
  /** What must be put right. */
  subject: Scalars['String']['output'];
  /** Row version. */
  version: Scalars['Int']['output'];
};

/** What the order was opened from. */
export type RectificationOrigin =
  /** An inspection finding (originId: the finding). */
  | 'INSPECTION'
  /** Entered by a supervisor. */
  | 'MANUAL'
  /** An early warning (originId: the warning). */
  | 'WARNING';

/** A page of rectification orders. */
export type RectificationPage = {
  __typename?: 'RectificationPage';
  /** The items on this page. */
  items: Array<Rectification>;
  /** This page number, from 1. */
  page: Scalars['Int']['output'];
  /** Items per page. */
  pageSize: Scalars['Int']['output'];
  /** How many items match, across all pages. */
  total: Scalars['Int']['output'];
};

/** Where a rectification order stands. */
export type RectificationStatus =
  /** Accepted as rectified. */
  | 'ACCEPTED'
  /** Ordered; the department has not reported yet. */
  | 'ORDERED'
  /** Not rectified by the deadline: a dishonesty record is made in credit (三.8). */
  | 'OVERDUE'
  /** The department reported; awaiting the supervisors’ decision. */
  | 'REPORTED'
  /** Returned: not rectified enough; the department reports again. */
  | 'RETURNED';

/** A delivery again after a failed acceptance, the defects put right (整改后重新交付): the agreed acceptance period runs again from it (条例第十条, the county’s reading). */
export type Redelivery = {
  __typename?: 'Redelivery';
  id: Scalars['ID']['output'];
  /** What was put right, as recorded. */
  note?: Maybe<Scalars['String']['output']>;
  /** When it was recorded (ISO-8601 UTC). */
  recordedAt: Scalars['String']['output'];
  /** Who recorded it. */
  recordedBy: Scalars['String']['output'];
  /** The day the supplier delivered again. */
  redeliveredOn: Scalars['Date']['output'];
};

/** A bid refused at submission because the supplier is on the dishonesty list. */
export type RefusedBid = {
  __typename?: 'RefusedBid';
  amount: Scalars['Decimal']['output'];
  at: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Why, as the credit check said. */
  reason: Scalars['String']['output'];
  supplierUscc: Scalars['String']['output'];
};

/** An administrative region (行政区划), keyed by its division code. Other subgraphs add figures to it, e.g. debt risk. */
export type Region = {
  __typename?: 'Region';
  /** Accountability findings on the region’s debt, newest first. */
  accountabilityFindings: Array<AccountabilityFinding>;
  /** Division code: GB/T 2260 for county and above, the 9-digit statistical code for towns. */
  code: Scalars['String']['output'];
  /** Stock-debt resolution (存量债务化解) of the year: the stock at 1 January against the year’s plan and what was reduced. The kind defaults to HIDDEN_DEBT for the county and ARREARS for a town. */
  debtClearance: DebtClearance;
  /** Debt risk per year, oldest first, for charts (the 100% warning line is the console’s to draw). */
  debtHistory: Array<DebtRisk>;
  /** Debt risk incidents of the region, newest first. */
  debtIncidents: Array<DebtIncident>;
  /** Debt risk of the year: balance, ratios and band (a town: its arrears, not rated). Null when the region has no debt, resources or stock recorded. DEBT readers. */
  debtRisk?: Maybe<DebtRisk>;
  /** Emergency-response plans recorded for the region, newest first. */
  emergencyPlans: Array<EmergencyPlan>;
  /** Administrative level. */
  level: RegionLevel;
  /** Official name, e.g. 饶平县. */
  name: Scalars['String']['output'];
  /** The region this one belongs to (a town → its county). */
  parent?: Maybe<Region>;
};


/** An administrative region (行政区划), keyed by its division code. Other subgraphs add figures to it, e.g. debt risk. */
export type RegionDebtClearanceArgs = {
  kind?: InputMaybe<DebtStockKind>;
  year: Scalars['Int']['input'];
};


/** An administrative region (行政区划), keyed by its division code. Other subgraphs add figures to it, e.g. debt risk. */
export type RegionDebtHistoryArgs = {
  fromYear: Scalars['Int']['input'];
  toYear: Scalars['Int']['input'];
};


/** An administrative region (行政区划), keyed by its division code. Other subgraphs add figures to it, e.g. debt risk. */
export type RegionDebtRiskArgs = {
  year: Scalars['Int']['input'];
};

/** Administrative level of a region. */
export type RegionLevel =
  /** Prefecture-level city (地级市). */
  | 'CITY'
  /** County (县). */
  | 'COUNTY'
  /** Province (省). */
  | 'PROVINCE'
  /** Town or township (镇/乡). */
  | 'TOWN';

/** A case registered by an officer. */
export type RegisterCaseInput = {
  /** What the case says. */
  content: Scalars['String']['input'];
  /** The department or town the case is about, if known. */
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  kind: CaseKind;
  /** Day received; not after today. */
  receivedOn: Scalars['Date']['input'];
  /** The number it carries where it came from. */
  sourceNumber: Scalars['String']['input'];
  /** Short title. */
  title: Scalars['String']['input'];
};

/** A credit-repair application: proof the obligation was fulfilled plus a credit commitment letter. */
export type RepairApplication = {
  __typename?: 'RepairApplication';
  /** The day it was accepted (受理), from which the decision clock runs: the day it was filed, since the county examines an application as it is filed and refuses one that fails on the spot. */
  acceptedOn: Scalars['Date']['output'];
  /** Username of the applicant officer. */
  appliedBy: Scalars['String']['output'];
  appliedOn: Scalars['Date']['output'];
  /** Some year from the application’s acceptance to its decision deadline has no working-day arrangement loaded: the deadline was counted over weekends only and may move once the year is loaded. */
  calendarMissing: Scalars['Boolean']['output'];
  /** The credit commitment letter (信用承诺书). */
  commitmentLetter: Scalars['String']['output'];
  decidedBy?: Maybe<Scalars['String']['output']>;
  decidedOn?: Maybe<Scalars['Date']['output']>;
  /** The department that decides it: the one that recorded the record (谁认定谁修复); null when the county credit office decides (REPAIR_DECIDER=CREDIT_OFFICE, or the recorder is unknown: a record made from another domain’s breach, or recorded before recorders were kept). */
  decidingDepartment?: Maybe<Department>;
  /** A decision is due by this day: 5 working days after acceptance. */
  decisionDeadline: Scalars['Date']['output'];
  /** Proof that the obligation was fulfilled. */
  evidence: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The decision’s reasons. */
  note?: Maybe<Scalars['String']['output']>;
  /** Pending past its decision deadline, as of today. */
  overdue: Scalars['Boolean']['output'];
  /** The record to repair. */
  record: CreditRecord;
  status: RepairStatus;
  version: Scalars['Int']['output'];
};

/** A page of repair applications. */
export type RepairApplicationPage = {
  __typename?: 'RepairApplicationPage';
  /** The items on this page. */
  items: Array<RepairApplication>;
  /** This page number, from 1. */
  page: Scalars['Int']['output'];
  /** Items per page. */
  pageSize: Scalars['Int']['output'];
  /** How many items match, across all pages. */
  total: Scalars['Int']['output'];
};

/** Where a credit-repair application (信用修复) stands. */
export type RepairStatus =
  /** Approved: the record is REPAIRED and leaves publicity early. */
  | 'APPROVED'
  /** Accepted on filing; a decision is due by decisionDeadline. */
  | 'PENDING'
  /** Rejected, with the reasons in note: the record stands. */
  | 'REJECTED'
  /** Ended without a decision because the record was revoked (withdrawn by its source department through recordSourceWithdrawn, or an objection upheld without a correction): there is nothing left to repair; note says why. */
  | 'TERMINATED';

/** A repayment made. */
export type Repayment = {
  __typename?: 'Repayment';
  id: Scalars['ID']['output'];
  /** Interest paid, CNY. */
  interest: Scalars['Decimal']['output'];
  paidOn: Scalars['Date']['output'];
  /** Principal repaid, CNY. */
  principal: Scalars['Decimal']['output'];
  /** Username of the officer who recorded it. */
  recordedBy: Scalars['String']['output'];
};

/** The lead department’s reply. */
export type ReplyCaseInput = {
  /** NPC/CPPCC only, and required there: A, B or C. */
  outcome?: InputMaybe<ProposalOutcome>;
  /** The reply. */
  reply: Scalars['String']['input'];
};

/** The department’s report of its rectification. */
export type ReportRectificationInput = {
  /** Evidence: document numbers, file references. */
  evidence?: InputMaybe<Scalars['String']['input']>;
  /** What was done. */
  report: Scalars['String']['input'];
};

/** A progress report on a plan task for one quarter. */
export type ReportTaskProgressInput = {
  /** Where the evidence is (up to 1000 characters). */
  evidence?: InputMaybe<Scalars['String']['input']>;
  /** The quarter, e.g. "2026Q4"; it must have started. */
  period: Scalars['String']['input'];
  /** What was done this quarter (10–4000 characters). */
  progress: Scalars['String']['input'];
  /** How the task stands. */
  status: TaskReportStatus;
};

/** Close an incident once the arrears are paid and the response ends. */
export type ResolveDebtIncidentInput = {
  /** How it was resolved. */
  resolution: Scalars['String']['input'];
  /** Date resolved, not before the incident nor in the future. */
  resolvedOn: Scalars['Date']['input'];
  /** The version you read; stale is CONFLICT. */
  version: Scalars['Int']['input'];
};

/** Debt risk band on the debt ratio, lower bound inclusive. */
export type RiskLevel =
  /** Debt ratio below 120%. */
  | 'GREEN'
  /** 200% up to (not including) 300%. */
  | 'ORANGE'
  /** 300% or more: the emergency plan is put into effect and an accountability trail is required. */
  | 'RED'
  /** 120% up to (not including) 200%. */
  | 'YELLOW';

/** What an account may do. */
export type Role =
  /** Manages departments, enterprises, users and roles. */
  | 'ADMIN'
  /** County leader: reads everything, never writes. */
  | 'LEADER'
  /** Department officer: writes the domains listed on the account, for their department. */
  | 'OFFICER'
  /** Supervisor (县监察委): reads everything, records accountability findings. */
  | 'SUPERVISOR';

/** Kind of a civil servant’s sanction, which fixes its period: 政务处分 (《公职人员政务处分法》 art. 8; 《公务员法》 art. 64) and, for a Party member, 党纪处分 (《中国共产党纪律处分条例》 art. 8, PARTY_*); during it the person is barred from honours. */
export type SanctionKind =
  /** 记过: 12 months. */
  | 'DEMERIT'
  /** 降级: 24 months. */
  | 'DEMOTION'
  /** 开除: no period (the person leaves the service). */
  | 'EXPULSION'
  /** 记大过: 18 months. */
  | 'MAJOR_DEMERIT'
  /** 开除党籍: 60 months (no readmission for five years). */
  | 'PARTY_EXPULSION'
  /** 撤销党内职务: 24 months (no comparable post for two years). */
  | 'PARTY_POST_REMOVAL'
  /** 留党察看一年: 12 months. */
  | 'PARTY_PROBATION_1Y'
  /** 留党察看二年: 24 months. */
  | 'PARTY_PROBATION_2Y'
  /** 党内严重警告: 18 months (no promotion in the Party for a year and a half). */
  | 'PARTY_SERIOUS_WARNING'
  /** 党内警告: 12 months (no promotion in the Party for a year). */
  | 'PARTY_WARNING'
  /** 撤职: 24 months. */
  | 'REMOVAL'
  /** 警告: 6 months. */
  | 'WARNING';

/** One scheduled payment of principal and interest. */
export type ScheduledPayment = {
  __typename?: 'ScheduledPayment';
  dueDate: Scalars['Date']['output'];
  /** Interest due, CNY. */
  interest: Scalars['Decimal']['output'];
  /** Principal due, CNY. */
  principal: Scalars['Decimal']['output'];
};

/** One payment of an adjusted schedule. */
export type ScheduledPaymentInput = {
  dueDate: Scalars['Date']['input'];
  interest: Scalars['Decimal']['input'];
  principal: Scalars['Decimal']['input'];
};

/** A published version of the scoring rules (评价规则). The highest version is in force. */
export type ScoringRuleVersion = {
  __typename?: 'ScoringRuleVersion';
  /** The grade bands. */
  grades: GradeBands;
  /** The indicators. */
  indicators: Array<IndicatorRuleType>;
  /** Why this version was published. */
  note: Scalars['String']['output'];
  /** When it was published (ISO timestamp). */
  publishedAt: Scalars['String']['output'];
  /** Username of the publisher. */
  publishedBy: Scalars['String']['output'];
  /** The rules exactly as stored, for integrators that diff versions. */
  raw: Scalars['JSON']['output'];
  /** Version number, from 1. */
  version: Scalars['Int']['output'];
};

/** A new version of the scoring rules. */
export type ScoringRulesInput = {
  /** The grade bands. */
  grades: GradeBandsInput;
  /** Every indicator of the new version (the whole set, not a change). */
  indicators: Array<IndicatorRuleInput>;
};

/** A region’s stock at 1 January and the year’s resolution plan (化债计划). */
export type SetDebtStockPlanInput = {
  kind: DebtStockKind;
  /** Reduction the plan undertakes in the year, CNY; not above the stock. */
  plannedReduction: Scalars['Decimal']['input'];
  /** Division code. */
  regionCode: Scalars['String']['input'];
  /** Stock at 1 January, CNY. */
  stockAtStart: Scalars['Decimal']['input'];
  /** The version you read when changing a plan; stale is CONFLICT. */
  version?: InputMaybe<Scalars['Int']['input']>;
  year: Scalars['Int']['input'];
};

/** Severity, which fixes the publicity period. */
export type Severity =
  /** Published at least 3 months and at most 1 year. */
  | 'GENERAL'
  /** May stay unpublished; at most 3 months if published. */
  | 'MINOR'
  /** Published at least 1 and at most 3 years; restricts bidding and honours. */
  | 'SERIOUS';

/** Sign the contract of an AWARDED project; the milestones must add up to the amount. */
export type SignContractInput = {
  /** The agreed acceptance period (检验或者验收期限), days after delivery. Required when a milestone is due after ACCEPTANCE and the supplier is an SME (SME_ACCEPTANCE_PERIOD_REQUIRED, 条例第十条); optional otherwise. Acceptance not passed by deliveredOn + this, ACCEPTANCE milestones fall due from the period’s end as if accepted then. */
  acceptancePeriodDays?: InputMaybe<Scalars['Int']['input']>;
  /** Contract amount, CNY, not above the budget. */
  amount: Scalars['Decimal']['input'];
  /** Agreed annual late-payment interest rate in percent, up to 2 decimals (e.g. "3.00"); not below the one-year LPR at signing (LATE_RATE_BELOW_LPR). Not given: 0.05% a day. */
  lateRatePercent?: InputMaybe<Scalars['Decimal']['input']>;
  /** Payments due to the supplier. */
  milestones: Array<MilestoneInput>;
  /** Signing date, not in the future. */
  signedOn: Scalars['Date']['input'];
  /** The supplier’s size as it declares it at signing (中小企业声明函, 财库〔2020〕46号), kept on the contract. Not given, or UNKNOWN (not declared): the size directory has on record for the supplier (Enterprise.size; UNKNOWN, not an SME, when none). */
  supplierSize?: InputMaybe<EnterpriseSize>;
};

/** Ascending (A→Z, oldest, smallest first) or descending. */
export type SortDirection =
  /** Smallest, earliest or A first. */
  | 'ASC'
  /** Largest, latest or Z first. */
  | 'DESC';

/** The fact a record was made from is cured (the arrears paid, the judgment fulfilled), as the sending subgraph’s outbox reports it. Idempotent. */
export type SourceCuredInput = {
  /** The day it was cured; not in the future. */
  curedOn: Scalars['Date']['input'];
  /** The source id the record was made with. */
  sourceId: Scalars['String']['input'];
  /** How it was cured, for the audit trail. */
  summary?: InputMaybe<Scalars['String']['input']>;
};

/** The fact a record was made from no longer stands as reported (the sender corrected it: an overdue payment whose due date a failed acceptance recorded late moved), as the sending subgraph’s outbox reports it. The record is revoked with the reason. Idempotent. */
export type SourceWithdrawnInput = {
  /** Why the fact no longer stands, in words for the record’s closing reason (2–500 characters). */
  reason: Scalars['String']['input'];
  /** The source id the record was made with. */
  sourceId: Scalars['String']['input'];
};

/** What another domain reports about a department; credit’s rule table makes the record. */
export type SourcedRecordKind =
  /** An investment-promotion commitment marked BREACHED (investment, 三.6). */
  | 'COMMITMENT_BREACHED'
  /** A county body listed by a court as a dishonest judgment debtor (失信被执行人; casework, 一.3). */
  | 'JUDGMENT_DEBTOR_LISTED'
  /** A supplier payment still unpaid the configured days after its due date (procurement, 三.2). */
  | 'OVERDUE_SUPPLIER_PAYMENT'
  /** A government payment obligation of a PPP contract not paid in full within its year (procurement, 三.4). */
  | 'PPP_OBLIGATION_UNPAID'
  /** A purchaser’s breach recorded in procurement (三.3). */
  | 'PROCUREMENT_BREACH'
  /** A rectification order not accepted by its deadline (supervision, 三.8). */
  | 'RECTIFICATION_OVERDUE';

/** Who an account is, as audit trails name them (记录人, 提出人, 发布人): its display name and department, never its roles. */
export type StaffName = {
  __typename?: 'StaffName';
  /** The department the account belongs to. */
  department?: Maybe<Department>;
  /** Name shown in the console (e.g. 县财政局经办人). */
  displayName: Scalars['String']['output'];
  /** Login name, as the other subgraphs record it (`recordedBy`, `filedBy`, `publishedBy`). */
  username: Scalars['String']['output'];
};

/** One move of a project’s lifecycle. */
export type StatusChange = {
  __typename?: 'StatusChange';
  /** When (ISO-8601, UTC). */
  at: Scalars['String']['output'];
  /** Username. */
  byUser: Scalars['String']['output'];
  fromStatus?: Maybe<ProcurementStatus>;
  toStatus: ProcurementStatus;
};

/** Whom a credit record is about. */
export type SubjectType =
  /** A civil servant (subjectId: their id). */
  | 'CIVIL_SERVANT'
  /** A government department (subjectId: its id). */
  | 'DEPARTMENT'
  /** An enterprise (subjectId: its unified social credit code). */
  | 'ENTERPRISE';

/** A department’s progress report on a plan task for one quarter. */
export type TaskReport = {
  __typename?: 'TaskReport';
  /** The reporting department. */
  department: Department;
  /** Where the evidence is (document numbers, links, file names). */
  evidence?: Maybe<Scalars['String']['output']>;
  /** The day it was first filed, which lateness is judged on (YYYY-MM-DD, APP_TIMEZONE). */
  firstReportedOn?: Maybe<Scalars['String']['output']>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** The quarter, e.g. "2026Q4". */
  period: Scalars['String']['output'];
  /** What was done. */
  progress: Scalars['String']['output'];
  /** Username of the officer who last filed it. */
  reportedBy: Scalars['String']['output'];
  /** The day it was last filed (YYYY-MM-DD, APP_TIMEZONE). */
  reportedOn: Scalars['String']['output'];
  /** How the task stands. */
  status: TaskReportStatus;
  /** The task, e.g. "二.3.1". */
  taskId: Scalars['ID']['output'];
};

/** One responsible department’s line for a task and quarter: due day, state and its report. */
export type TaskReportLine = {
  __typename?: 'TaskReportLine';
  /** True when a year the due day is counted through has no working calendar loaded: weekends only were skipped there. */
  calendarMissing: Scalars['Boolean']['output'];
  /** The responsible department. */
  department: Department;
  /** Last day the report is on time. */
  dueOn: Scalars['String']['output'];
  /** The quarter. */
  period: Scalars['String']['output'];
  /** The report, if filed. */
  report?: Maybe<TaskReport>;
  /** Its part in the task. */
  role: TaskRole;
  /** Whether it came in time. */
  state: TaskReportState;
};

/** Whether a department’s report for a quarter came in time. */
export type TaskReportState =
  /** The quarter has ended; the report is still within its working days. */
  | 'DUE'
  /** First filed after the due day. */
  | 'LATE'
  /** The quarter has not ended. */
  | 'NOT_DUE'
  /** First filed by the due day (filing it again later keeps it on time). */
  | 'ON_TIME'
  /** Not filed and past the due day. */
  | 'OVERDUE';

/** How the reporting department says the task stands. */
export type TaskReportStatus =
  /** Done (已完成). */
  | 'COMPLETED'
  /** Behind plan (进度滞后); the report says why. */
  | 'DELAYED'
  /** Under way as planned (按计划推进). */
  | 'ON_TRACK';

/** A department’s part in a plan task. */
export type TaskRole =
  /** Co-operates (配合). */
  | 'COOPERATING'
  /** Leads (牵头). */
  | 'LEAD';

/** Changes to a department; omitted fields stay as they are. */
export type UpdateDepartmentInput = {
  countyWideDomains?: InputMaybe<Array<Domain>>;
  kind?: InputMaybe<DepartmentKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
  shortName?: InputMaybe<Scalars['String']['input']>;
  /** Its unified social credit code (a government body’s: 11…). */
  uscc?: InputMaybe<Scalars['String']['input']>;
  /** The version you read; a stale version is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** Changes to an enterprise; the code itself never changes. */
export type UpdateEnterpriseInput = {
  legalRepresentative?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** Size class, as the enterprise now declares it. */
  size?: InputMaybe<EnterpriseSize>;
  /** The version you read; a stale version is CONFLICT. */
  version: Scalars['Int']['input'];
};

/** Changes to a policy; omitted fields stay. Changing an approved policy’s text or basis sends it back to review. */
export type UpdateIncentivePolicyInput = {
  legalBasis?: InputMaybe<Scalars['String']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  /** The version you read; a stale one is CONFLICT. */
  version: Scalars['Int']['input'];
};

/** Changes to an agreement’s tracking fields; commitments are never touched by them. */
export type UpdateInvestmentAgreementInput = {
  /** New contact person (e.g. after a change of leaders). */
  contactPerson?: InputMaybe<Scalars['String']['input']>;
  /** What the investor has invested so far, CNY. */
  investedToDate?: InputMaybe<Scalars['Decimal']['input']>;
  /** Jobs created so far. */
  jobsCreated?: InputMaybe<Scalars['Int']['input']>;
  /** The version you read; a stale one is CONFLICT. */
  version: Scalars['Int']['input'];
};

/** Changes to a user account; omitted fields stay as they are. */
export type UpdateUserInput = {
  /** false disables login. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  displayName?: InputMaybe<Scalars['String']['input']>;
  domains?: InputMaybe<Array<Domain>>;
  /** A new password (at least 10 characters). */
  password?: InputMaybe<Scalars['String']['input']>;
  roles?: InputMaybe<Array<Role>>;
  /** The version you read; a stale version is CONFLICT. */
  version: Scalars['Int']['input'];
};

/** A user account. The password is never readable. */
export type User = {
  __typename?: 'User';
  /** Whether the account may log in. */
  active: Scalars['Boolean']['output'];
  /** The department the account belongs to. */
  department?: Maybe<Department>;
  /** Name shown in the console. */
  displayName: Scalars['String']['output'];
  /** Domains an officer may write; empty for other roles. */
  domains: Array<Domain>;
  id: Scalars['ID']['output'];
  roles: Array<Role>;
  /** Login name. */
  username: Scalars['String']['output'];
  /** Row version for optimistic locking. */
  version: Scalars['Int']['output'];
};

/** A page of users. */
export type UserPage = {
  __typename?: 'UserPage';
  /** The items on this page. */
  items: Array<User>;
  /** This page number, from 1. */
  page: Scalars['Int']['output'];
  /** Items per page. */
  pageSize: Scalars['Int']['output'];
  /** How many items match, across all pages. */
  total: Scalars['Int']['output'];
};

/** What an issued credit report said, for whoever holds its number (verification). */
export type VerifiedReport = {
  __typename?: 'VerifiedReport';
  /** The credit checks it listed (enterprises), newest first. */
  checks: Array<CreditReportCheckLine>;
  /** Checks beyond those listed. */
  checksOmitted: Scalars['Int']['output'];
  /** The latest published evaluation grade it gave (departments; none before the first). */
  grade?: Maybe<EvaluationGrade>;
  /** The day it was issued (YYYY-MM-DD); it speaks as of that day. */
  issuedOn: Scalars['String']['output'];
  /** The report number. */
  number: Scalars['String']['output'];
  /** The published dishonesty records in publicity it listed. */
  records: Array<CreditReportRecordLine>;
  /** Records in publicity beyond those listed (a report lists at most 100). */
  recordsOmitted: Scalars['Int']['output'];
  /** The repaired records it listed. */
  repairs: Array<CreditReportRepairLine>;
  /** Repairs beyond those listed. */
  repairsOmitted: Scalars['Int']['output'];
  /** Whom it is about. */
  subject: CreditReportSubjectInfo;
};

/** A waiver agreed with the investor, who consented in writing. */
export type WaiveCommitmentInput = {
  /** The agreement with the investor (e.g. 补充协议 number). */
  document: Scalars['String']['input'];
  /** The investor’s written consent (required): INVESTOR_CONSENT_REQUIRED when missing. */
  investorConsent?: InputMaybe<InvestorConsentInput>;
  /** Why it was waived. */
  note: Scalars['String']['input'];
};

/** An early warning (监测预警) across the domains. */
export type Warning = {
  __typename?: 'Warning';
  ackBy?: Maybe<Scalars['String']['output']>;
  /** The note given on acknowledging. */
  ackNote?: Maybe<Scalars['String']['output']>;
  ackOn?: Maybe<Scalars['Date']['output']>;
  /** Whose it is; null for a county-wide condition (a calendar missing, a delivery stuck). */
  department?: Maybe<Department>;
  /** The figure that triggered it (a count, a ratio 0–1, an amount in CNY, a date, a level). */
  figure: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: WarningKind;
  /** The console route where the cause is listed. */
  link: Scalars['String']['output'];
  /** When the cause was found gone. */
  resolvedOn?: Maybe<Scalars['Date']['output']>;
  /** When the cause began (a deadline passed), else when it was first seen. */
  since: Scalars['Date']['output'];
  /** The subgraph that owns the figure. */
  source: Scalars['String']['output'];
  /** What within the kind it is about (an objection id, region/year, department). */
  sourceKey: Scalars['String']['output'];
  status: WarningStatus;
  /** The threshold it crossed, in the same unit. */
  threshold: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/** How many warnings of a kind (for the dashboard). */
export type WarningCount = {
  __typename?: 'WarningCount';
  count: Scalars['Int']['output'];
  kind: WarningKind;
};

/** What an early warning is about. */
export type WarningKind =
  /** This year’s working-day calendar is not loaded, or it is December and next year’s is not: deadlines are counted over weekends only. */
  | 'CALENDAR_MISSING'
  /** Cases of the department open past their deadline (casework; figure: how many). */
  | 'CASE_OVERDUE'
  /** Commitments recorded as breached (figure: how many). */
  | 'COMMITMENT_BREACHED'
  /** Commitments past their due date and not fulfilled (figure: how many). */
  | 'COMMITMENT_OVERDUE'
  /** This year’s head court-appearance rate below 100% (casework; 法释〔2020〕3号). */
  | 'COURT_APPEARANCE_LOW'
  /** Civil-servant credit-file coverage below 100% (figure: the ratio). */
  | 'COVERAGE_BELOW_TARGET'
  /** A region’s debt risk is ORANGE this year. */
  | 'DEBT_ORANGE'
  /** A region’s debt risk is RED this year. */
  | 'DEBT_RED'
  /** A region’s debts past due and unpaid (principal or interest) with no open debt risk incident graded and responded to (国办函〔2016〕88号; debt’s defaultsWithoutIncident; figure: how many). */
  | 'DEFAULT_WITHOUT_INCIDENT'
  /** A domain’s facts for the others (breaches and overdue facts for the credit ledger, calendar changes) wait undelivered longer than DELIVERY_STUCK_MINUTES (10): the credit figures may be incomplete. County-wide (no department); source: the sending subgraph; figure: minutes the oldest has waited. */
  | 'DELIVERY_STUCK'
  /** A county-level government below RED with no debt-risk emergency plan adopted (国办函〔2016〕88号: every county keeps one; figure: its band). */
  | 'EMERGENCY_PLAN_MISSING'
  /** Judgments against the department unfulfilled after their due date (casework; figure: how many). */
  | 'JUDGMENT_UNFULFILLED'
  /** An objection to a credit record open past its acceptance or decision deadline. */
  | 'OBJECTION_OVERDUE'
  /** Supplier payments the department owes past their due date (figure: the amount). */
  | 'PAYMENT_OVERDUE'
  /** PPP obligations above the 10% cap. */
  | 'PPP_CAP_EXCEEDED'
  /** PPP obligations above 7% (超过7%) of the year’s general budget expenditure, to the fen. */
  | 'PPP_CAP_NEAR'
  /** A rectification order not accepted by its deadline. */
  | 'RECTIFICATION_OVERDUE'
  /** RED and no emergency-response plan recorded. */
  | 'RED_WITHOUT_PLAN'
  /** A credit-repair application pending past its decision deadline; on the department that must decide it (谁认定谁修复). */
  | 'REPAIR_OVERDUE'
  /** Last quarter’s task reports not filed within the allowed working days (figure: how many tasks). */
  | 'TASK_REPORT_OVERDUE';

/** A page of warnings. */
export type WarningPage = {
  __typename?: 'WarningPage';
  /** The items on this page. */
  items: Array<Warning>;
  /** This page number, from 1. */
  page: Scalars['Int']['output'];
  /** Items per page. */
  pageSize: Scalars['Int']['output'];
  /** How many items match, across all pages. */
  total: Scalars['Int']['output'];
};

/** OPEN → ACKNOWLEDGED (with a note) → RESOLVED (by itself, dated, when the cause is gone). */
export type WarningStatus =
  | 'ACKNOWLEDGED'
  | 'OPEN'
  | 'RESOLVED';

/** One year of the county’s working calendar: its days, and whether its arrangement was loaded as a whole. Working-day deadlines count a year on its days only when it was loaded; otherwise over weekends only, flagged calendarMissing. */
export type WorkingCalendarYear = {
  __typename?: 'WorkingCalendarYear';
  /** The year’s holidays and exchanged working days, by date. */
  days: Array<CalendarDay>;
  /** True once the year’s whole arrangement was loaded (loadWorkingCalendar, from the console or a CSV). A day set with setCalendarDay does not load its year. */
  loaded: Scalars['Boolean']['output'];
  /** When it was last loaded (ISO timestamp); null when not loaded. */
  loadedAt?: Maybe<Scalars['String']['output']>;
  /** Username of the administrator who last loaded it (`migration`: a year taken over as loaded); null when not loaded. */
  loadedBy?: Maybe<Scalars['String']['output']>;
  year: Scalars['Int']['output'];
};

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { __typename?: 'Mutation', logout: boolean };

export type EnterpriseSearchQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type EnterpriseSearchQuery = { __typename?: 'Query', enterprises: { __typename?: 'EnterprisePage', items: Array<{ __typename?: 'Enterprise', uscc: string, name: string }> } };

export type StaffNamesQueryVariables = Exact<{
  usernames: Array<Scalars['String']['input']> | Scalars['String']['input'];
}>;


export type StaffNamesQuery = { __typename?: 'Query', staffNames: Array<{ __typename?: 'StaffName', username: string, displayName: string }> };

export type DashboardQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type DashboardQuery = { __typename?: 'Query', departments: { __typename?: 'DepartmentPage', total: number, items: Array<{ __typename?: 'Department', id: string, code: string, name: string, kind: DepartmentKind, civilServantCount: number, creditFileCoverage: number, activeDishonestyRecordCount: number, overduePaymentCount: number, breachCount: number, overdueCommitmentCount: number, breachedCommitmentCount: number, commitmentFulfilmentRate?: number | null, dueCommitmentCount: number, fulfilledCommitmentCount: number }> }, creditCoverage: { __typename?: 'CoverageSummary', total: number, withFile: number, ratio: number }, regions: Array<{ __typename?: 'Region', code: string, name: string, level: RegionLevel, debtRisk?: { __typename?: 'DebtRisk', debtRatio?: number | null, debtBalance: string, level?: RiskLevel | null } | null }> };

export type DashboardBaseQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardBaseQuery = { __typename?: 'Query', departments: { __typename?: 'DepartmentPage', items: Array<{ __typename?: 'Department', id: string, code: string, name: string, kind: DepartmentKind }> }, regions: Array<{ __typename?: 'Region', code: string, name: string, level: RegionLevel }> };

export type DashboardCreditQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardCreditQuery = { __typename?: 'Query', creditCoverage: { __typename?: 'CoverageSummary', total: number, withFile: number, ratio: number }, departments: { __typename?: 'DepartmentPage', items: Array<{ __typename?: 'Department', id: string, civilServantCount: number, creditFileCoverage: number, activeDishonestyRecordCount: number }> } };

export type DashboardProcurementQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardProcurementQuery = { __typename?: 'Query', departments: { __typename?: 'DepartmentPage', items: Array<{ __typename?: 'Department', id: string, overduePaymentCount: number, breachCount: number }> } };

export type DashboardInvestmentQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardInvestmentQuery = { __typename?: 'Query', departments: { __typename?: 'DepartmentPage', items: Array<{ __typename?: 'Department', id: string, overdueCommitmentCount: number, breachedCommitmentCount: number, commitmentFulfilmentRate?: number | null, dueCommitmentCount: number, fulfilledCommitmentCount: number }> } };

export type DashboardDebtQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type DashboardDebtQuery = { __typename?: 'Query', regions: Array<{ __typename?: 'Region', code: string, debtRisk?: { __typename?: 'DebtRisk', debtRatio?: number | null, debtBalance: string, level?: RiskLevel | null } | null }> };

export type DashboardScoresQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardScoresQuery = { __typename?: 'Query', departments: { __typename?: 'DepartmentPage', items: Array<{ __typename?: 'Department', id: string, integrityScore: { __typename?: 'IntegrityScore', score: number, grade: Grade }, integrityHonorEligibility: { __typename?: 'HonoursEligibility', eligible: boolean, bars: Array<{ __typename?: 'HonoursBar', kind: HonoursBarKind, count?: number | null, year?: number | null }> } }> } };

export type DashboardWarningsQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardWarningsQuery = { __typename?: 'Query', integrityWarningCounts: Array<{ __typename?: 'WarningCount', kind: WarningKind, count: number }> };

export type DashboardCaseworkQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardCaseworkQuery = { __typename?: 'Query', departments: { __typename?: 'DepartmentPage', items: Array<{ __typename?: 'Department', id: string, name: string, overdueCaseCount: number, caseSatisfactionRate?: number | null, unfulfilledJudgmentCount: number, courtAppearanceRate?: number | null }> } };

export type LoginMutationVariables = Exact<{
  username: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'AuthPayload', token: string, expiresAt: string, user: { __typename?: 'User', id: string, username: string, displayName: string, roles: Array<Role>, domains: Array<Domain>, department?: { __typename?: 'Department', id: string, name: string, countyWideDomains: Array<Domain> } | null } } };

export type PublicRatingYearsQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicRatingYearsQuery = { __typename?: 'Query', publicIntegrityRatingYears: Array<number> };

export type PublicRatingsQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type PublicRatingsQuery = { __typename?: 'Query', publicIntegrityRatings: Array<{ __typename?: 'PublicRating', departmentName: string, grade: Grade, score: number }> };

export type PublicRecordsQueryVariables = Exact<{
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type PublicRecordsQuery = { __typename?: 'Query', publicDishonestyRecords: { __typename?: 'PublicRecordPage', total: number, items: Array<{ __typename?: 'PublicRecord', id: string, subjectType: SubjectType, subjectName: string, underObjection: boolean, category: CreditCategory, severity: Severity, documentNumber: string, authority: string, decisionDate: string, publicityEnd: string, department?: { __typename?: 'Department', id: string, name: string } | null }> } };

export type DirectoryAuditTrailQueryVariables = Exact<{
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['String']['input']>;
}>;


export type DirectoryAuditTrailQuery = { __typename?: 'Query', directoryAuditTrail: { __typename?: 'AuditEntryPage', total: number, items: Array<{ __typename?: 'AuditEntry', id: string, at: string, actorName: string, action: string, entityType: string, entityId: string, requestId: string, before?: unknown | null, after?: unknown | null }> } };

export type CreditAuditTrailQueryVariables = Exact<{
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['String']['input']>;
}>;


export type CreditAuditTrailQuery = { __typename?: 'Query', creditAuditTrail: { __typename?: 'AuditEntryPage', total: number, items: Array<{ __typename?: 'AuditEntry', id: string, at: string, actorName: string, action: string, entityType: string, entityId: string, requestId: string, before?: unknown | null, after?: unknown | null }> } };

export type ProcurementAuditTrailQueryVariables = Exact<{
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['String']['input']>;
}>;


export type ProcurementAuditTrailQuery = { __typename?: 'Query', procurementAuditTrail: { __typename?: 'AuditEntryPage', total: number, items: Array<{ __typename?: 'AuditEntry', id: string, at: string, actorName: string, action: string, entityType: string, entityId: string, requestId: string, before?: unknown | null, after?: unknown | null }> } };

export type InvestmentAuditTrailQueryVariables = Exact<{
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['String']['input']>;
}>;


export type InvestmentAuditTrailQuery = { __typename?: 'Query', investmentAuditTrail: { __typename?: 'AuditEntryPage', total: number, items: Array<{ __typename?: 'AuditEntry', id: string, at: string, actorName: string, action: string, entityType: string, entityId: string, requestId: string, before?: unknown | null, after?: unknown | null }> } };

export type DebtAuditTrailQueryVariables = Exact<{
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['String']['input']>;
}>;


export type DebtAuditTrailQuery = { __typename?: 'Query', debtAuditTrail: { __typename?: 'AuditEntryPage', total: number, items: Array<{ __typename?: 'AuditEntry', id: string, at: string, actorName: string, action: string, entityType: string, entityId: string, requestId: string, before?: unknown | null, after?: unknown | null }> } };

export type SupervisionAuditTrailQueryVariables = Exact<{
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['String']['input']>;
}>;


export type SupervisionAuditTrailQuery = { __typename?: 'Query', supervisionAuditTrail: { __typename?: 'AuditEntryPage', total: number, items: Array<{ __typename?: 'AuditEntry', id: string, at: string, actorName: string, action: string, entityType: string, entityId: string, requestId: string, before?: unknown | null, after?: unknown | null }> } };

export type CaseworkAuditTrailQueryVariables = Exact<{
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['String']['input']>;
}>;


export type CaseworkAuditTrailQuery = { __typename?: 'Query', caseworkAuditTrail: { __typename?: 'AuditEntryPage', total: number, items: Array<{ __typename?: 'AuditEntry', id: string, at: string, actorName: string, action: string, entityType: string, entityId: string, requestId: string, before?: unknown | null, after?: unknown | null }> } };

export type CalendarYearsQueryVariables = Exact<{
  y0: Scalars['Int']['input'];
  y1: Scalars['Int']['input'];
  y2: Scalars['Int']['input'];
  y3: Scalars['Int']['input'];
}>;


export type CalendarYearsQuery = { __typename?: 'Query', y0: { __typename?: 'WorkingCalendarYear', loaded: boolean, days: Array<{ __typename?: 'CalendarDay', date: string }> }, y1: { __typename?: 'WorkingCalendarYear', loaded: boolean, days: Array<{ __typename?: 'CalendarDay', date: string }> }, y2: { __typename?: 'WorkingCalendarYear', loaded: boolean, days: Array<{ __typename?: 'CalendarDay', date: string }> }, y3: { __typename?: 'WorkingCalendarYear', loaded: boolean, days: Array<{ __typename?: 'CalendarDay', date: string }> } };

export type CalendarYearQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type CalendarYearQuery = { __typename?: 'Query', workingCalendar: Array<{ __typename?: 'CalendarDay', date: string, kind: CalendarDayKind, name: string }> };

export type LoadWorkingCalendarMutationVariables = Exact<{
  year: Scalars['Int']['input'];
  days: Array<ArrangedDayInput> | ArrangedDayInput;
}>;


export type LoadWorkingCalendarMutation = { __typename?: 'Mutation', loadWorkingCalendar: Array<{ __typename?: 'CalendarDay', date: string, kind: CalendarDayKind, name: string }> };

export type SetCalendarDayMutationVariables = Exact<{
  date: Scalars['Date']['input'];
  kind: CalendarDayKind;
  name: Scalars['String']['input'];
}>;


export type SetCalendarDayMutation = { __typename?: 'Mutation', setCalendarDay: { __typename?: 'CalendarDay', date: string, kind: CalendarDayKind, name: string } };

export type ExtendCaseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type ExtendCaseMutation = { __typename?: 'Mutation', extendCase: { __typename?: 'Case', id: string, status: CaseStatus, replyDeadline?: string | null, deadline?: string | null, extendedOn?: string | null, extensionReason?: string | null, version: number } };

export type CloseCaseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: CloseCaseInput;
}>;


export type CloseCaseMutation = { __typename?: 'Mutation', closeCase: { __typename?: 'Case', id: string, status: CaseStatus, closedOn?: string | null, delegateSatisfaction?: DelegateSatisfaction | null, version: number } };

export type TriageCaseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  accepted: Scalars['Boolean']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type TriageCaseMutation = { __typename?: 'Mutation', triageCase: { __typename?: 'Case', id: string, status: CaseStatus, version: number } };

export type AssignCaseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: AssignCaseInput;
}>;


export type AssignCaseMutation = { __typename?: 'Mutation', assignCase: { __typename?: 'Case', id: string, status: CaseStatus, version: number, department?: { __typename?: 'Department', id: string, name: string } | null, coHandlers: Array<{ __typename?: 'Department', id: string }> } };

export type ReplyCaseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ReplyCaseInput;
}>;


export type ReplyCaseMutation = { __typename?: 'Mutation', replyCase: { __typename?: 'Case', id: string, status: CaseStatus, version: number } };

export type CasesQueryVariables = Exact<{
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<CaseKind>;
  status?: InputMaybe<CaseStatus>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  overdueOnly?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type CasesQuery = { __typename?: 'Query', cases: { __typename?: 'CasePage', total: number, items: Array<{ __typename?: 'Case', id: string, version: number, kind: CaseKind, status: CaseStatus, title: string, sourceNumber?: string | null, trackingNumber?: string | null, receivedOn: string, deadline?: string | null, replyDeadline?: string | null, extendedOn?: string | null, overdue: boolean, workingDaysLeft?: number | null, calendarMissing: boolean, department?: { __typename?: 'Department', id: string, name: string } | null, coHandlers: Array<{ __typename?: 'Department', id: string }> }> } };

export type ProposalOutcomesQueryVariables = Exact<{
  kind: CaseKind;
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ProposalOutcomesQuery = { __typename?: 'Query', cases: { __typename?: 'CasePage', total: number, items: Array<{ __typename?: 'Case', id: string, kind: CaseKind, outcome?: ProposalOutcome | null, department?: { __typename?: 'Department', id: string, name: string } | null }> } };

export type CaseDeadlineRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseDeadlineRulesQuery = { __typename?: 'Query', caseDeadlineRules: Array<{ __typename?: 'DeadlineRule', id: string, kind: CaseKind, stage: CaseStage, extensionAmount?: number | null, effectiveFrom: string }> };

export type YearHearingsQueryVariables = Exact<{
  year: Scalars['Int']['input'];
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
}>;


export type YearHearingsQuery = { __typename?: 'Query', courtAppearances: { __typename?: 'CourtAppearancePage', total: number, items: Array<{ __typename?: 'CourtAppearance', id: string, headAppeared: boolean, department: { __typename?: 'Department', id: string, name: string } }> } };

export type RecordCourtAppearanceMutationVariables = Exact<{
  input: RecordCourtAppearanceInput;
}>;


export type RecordCourtAppearanceMutation = { __typename?: 'Mutation', recordCourtAppearance: { __typename?: 'CourtAppearance', id: string, headAppeared: boolean } };

export type HearingsQueryVariables = Exact<{
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
}>;


export type HearingsQuery = { __typename?: 'Query', courtAppearances: { __typename?: 'CourtAppearancePage', total: number, items: Array<{ __typename?: 'CourtAppearance', id: string, caseNumber: string, hearingDate: string, headAppeared: boolean, appearedName?: string | null, position?: string | null, rank?: HeadRank | null, department: { __typename?: 'Department', id: string, name: string } }> } };

export type RecordJudgmentMutationVariables = Exact<{
  input: RecordJudgmentInput;
}>;


export type RecordJudgmentMutation = { __typename?: 'Mutation', recordJudgment: { __typename?: 'Judgment', id: string, status: JudgmentStatus } };

export type RecordJudgmentFulfilmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: RecordJudgmentFulfilmentInput;
}>;


export type RecordJudgmentFulfilmentMutation = { __typename?: 'Mutation', recordJudgmentFulfilment: { __typename?: 'Judgment', id: string, status: JudgmentStatus, fulfilledAmount: string, fulfilledOn?: string | null, version: number } };

export type MarkJudgmentDebtorListedMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: MarkJudgmentDebtorListedInput;
}>;


export type MarkJudgmentDebtorListedMutation = { __typename?: 'Mutation', markJudgmentDebtorListed: { __typename?: 'Judgment', id: string, listedOn?: string | null, listingDocument?: string | null, version: number } };

export type JudgmentsQueryVariables = Exact<{
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<JudgmentStatus>;
}>;


export type JudgmentsQuery = { __typename?: 'Query', judgments: { __typename?: 'JudgmentPage', total: number, items: Array<{ __typename?: 'Judgment', id: string, caseNumber: string, court: string, obligation: string, amount: string, fulfilledAmount: string, effectiveOn: string, dueOn: string, fulfilledOn?: string | null, status: JudgmentStatus, listedOn?: string | null, listingDocument?: string | null, version: number, department: { __typename?: 'Department', id: string, name: string } }> } };

export type FileComplaintMutationVariables = Exact<{
  input: FileComplaintInput;
}>;


export type FileComplaintMutation = { __typename?: 'Mutation', fileComplaint: { __typename?: 'ComplaintReceipt', trackingNumber: string, accessCode: string, deadline: string } };

export type ComplaintStatusQueryVariables = Exact<{
  trackingNumber: Scalars['String']['input'];
  accessCode: Scalars['String']['input'];
}>;


export type ComplaintStatusQuery = { __typename?: 'Query', complaintStatus: { __typename?: 'PublicCaseStatus', trackingNumber: string, status: CaseStatus, reply?: string | null, deadline?: string | null, repliedOn?: string | null, satisfied?: boolean | null, reopened: boolean } };

export type RateComplaintReplyMutationVariables = Exact<{
  trackingNumber: Scalars['String']['input'];
  accessCode: Scalars['String']['input'];
  satisfied: Scalars['Boolean']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type RateComplaintReplyMutation = { __typename?: 'Mutation', rateComplaintReply: { __typename?: 'PublicCaseStatus', trackingNumber: string, status: CaseStatus, satisfied?: boolean | null, reopened: boolean } };

export type AddCreditRecordMutationVariables = Exact<{
  input: AddCreditRecordInput;
}>;


export type AddCreditRecordMutation = { __typename?: 'Mutation', addCreditRecord: { __typename?: 'CreditRecord', id: string, status: RecordStatus, publicityStart: string, publicityEnd: string, sanctionKind?: SanctionKind | null, sanctionEnd?: string | null } };

export type CivilServantSearchQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type CivilServantSearchQuery = { __typename?: 'Query', civilServants: { __typename?: 'CivilServantPage', items: Array<{ __typename?: 'CivilServant', id: string, name: string, idNumberMasked: string, post?: string | null, department: { __typename?: 'Department', id: string, name: string } }> } };

export type CivilServantsQueryVariables = Exact<{
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  sortBy?: InputMaybe<CivilServantSortField>;
  sortDirection?: InputMaybe<SortDirection>;
}>;


export type CivilServantsQuery = { __typename?: 'Query', civilServants: { __typename?: 'CivilServantPage', total: number, items: Array<{ __typename?: 'CivilServant', id: string, name: string, idNumberMasked: string, post?: string | null, department: { __typename?: 'Department', id: string, name: string }, creditFile?: { __typename?: 'CreditFile', id: string, openedOn: string } | null, honorEligibility: { __typename?: 'Eligibility', eligible: boolean, bars: Array<{ __typename?: 'EligibilityBar', kind: EligibilityBarKind, category: CreditCategory, sanctionKind?: SanctionKind | null, documentNumber: string, until?: string | null }> } }> } };

export type CreateCivilServantMutationVariables = Exact<{
  input: CreateCivilServantInput;
}>;


export type CreateCivilServantMutation = { __typename?: 'Mutation', createCivilServant: { __typename?: 'CivilServant', id: string } };

export type OpenCreditFileMutationVariables = Exact<{
  civilServantId: Scalars['ID']['input'];
}>;


export type OpenCreditFileMutation = { __typename?: 'Mutation', openCreditFile: { __typename?: 'CreditFile', id: string, openedOn: string } };

export type ImportCourtDebtorListMutationVariables = Exact<{
  content: Scalars['String']['input'];
  format: ExchangeFormat;
  commit: Scalars['Boolean']['input'];
  lineOffset?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ImportCourtDebtorListMutation = { __typename?: 'Mutation', importCourtDebtorList: { __typename?: 'ImportReport', accepted: number, refused: number, committed: boolean, rows: Array<{ __typename?: 'CourtImportRow', line: number, caseNumber: string, accepted: boolean, reason?: string | null, params?: unknown | null, field?: string | null, recordId?: string | null, alreadyRecorded: boolean }> } };

export type CreditCheckLogQueryVariables = Exact<{
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  subjectId?: InputMaybe<Scalars['ID']['input']>;
  step?: InputMaybe<CreditCheckStep>;
}>;


export type CreditCheckLogQuery = { __typename?: 'Query', creditCheckLog: { __typename?: 'CreditCheckPage', total: number, items: Array<{ __typename?: 'CreditCheckLogEntry', id: string, checkedAt: string, step: CreditCheckStep, subjectId: string, subjectName?: string | null, result: CreditCheckResult, activeSeriousCount: number, reasons: Array<string>, service: string, actor: string, reference: string }> } };

export type CreditRecordsQueryVariables = Exact<{
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  subjectType?: InputMaybe<SubjectType>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<RecordStatus>;
  dishonestyOnly?: InputMaybe<Scalars['Boolean']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  sortBy?: InputMaybe<CreditRecordSortField>;
  sortDirection?: InputMaybe<SortDirection>;
}>;


export type CreditRecordsQuery = { __typename?: 'Query', creditRecords: { __typename?: 'CreditRecordPage', total: number, items: Array<{ __typename?: 'CreditRecord', id: string, subjectType: SubjectType, subjectId: string, subjectName: string, category: CreditCategory, severity: Severity, documentNumber: string, authority: string, decisionDate: string, publish: boolean, publicityStart: string, publicityEnd: string, status: RecordStatus, underObjection: boolean, department?: { __typename?: 'Department', id: string, name: string } | null }> } };

export type CreditExchangeExportQueryVariables = Exact<{
  since?: InputMaybe<Scalars['String']['input']>;
  format?: InputMaybe<ExchangeFormat>;
}>;


export type CreditExchangeExportQuery = { __typename?: 'Query', creditExchangeExport: { __typename?: 'CreditExchangeBatch', cursor: string, count: number, content: string, signature?: string | null, more: boolean } };

export type RequestObjectionMaterialMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  request: Scalars['String']['input'];
}>;


export type RequestObjectionMaterialMutation = { __typename?: 'Mutation', requestObjectionMaterial: { __typename?: 'Objection', id: string, status: ObjectionStatus } };

export type SupplyObjectionMaterialMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  material: Scalars['String']['input'];
}>;


export type SupplyObjectionMaterialMutation = { __typename?: 'Mutation', supplyObjectionMaterial: { __typename?: 'Objection', id: string, status: ObjectionStatus, acceptDeadline: string, decisionDeadline: string, pausedWorkingDays: number } };

export type ObjectionsQueryVariables = Exact<{
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ObjectionStatus>;
  overdueOnly?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type ObjectionsQuery = { __typename?: 'Query', creditObjections: { __typename?: 'ObjectionPage', total: number, items: Array<{ __typename?: 'Objection', id: string, status: ObjectionStatus, reason: string, filedBy: string, filedOn: string, acceptDeadline: string, decisionDeadline: string, overdue: boolean, calendarMissing: boolean, materialRequest?: string | null, material?: string | null, pausedWorkingDays: number, note?: string | null, acceptingDepartment?: { __typename?: 'Department', id: string, name: string, shortName: string } | null, record: { __typename?: 'CreditRecord', id: string, subjectName: string, documentNumber: string, department?: { __typename?: 'Department', id: string } | null } }> } };

export type AcceptObjectionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AcceptObjectionMutation = { __typename?: 'Mutation', acceptObjection: { __typename?: 'Objection', id: string, status: ObjectionStatus } };

export type DecideObjectionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  outcome: ObjectionOutcome;
  note: Scalars['String']['input'];
}>;


export type DecideObjectionMutation = { __typename?: 'Mutation', decideObjection: { __typename?: 'Objection', id: string, status: ObjectionStatus } };

export type OverdueObjectionsQueryVariables = Exact<{
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
}>;


export type OverdueObjectionsQuery = { __typename?: 'Query', overdueObjections: { __typename?: 'ObjectionPage', total: number, items: Array<{ __typename?: 'Objection', id: string, status: ObjectionStatus, reason: string, filedBy: string, filedOn: string, acceptDeadline: string, decisionDeadline: string, record: { __typename?: 'CreditRecord', id: string, subjectName: string, documentNumber: string } }> } };

export type FileReadLogQueryVariables = Exact<{
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  readerName?: InputMaybe<Scalars['String']['input']>;
  civilServantId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type FileReadLogQuery = { __typename?: 'Query', creditFileReadLog: { __typename?: 'FileReadPage', total: number, items: Array<{ __typename?: 'FileRead', id: string, readerName: string, civilServantId: string, what: string, at: string, civilServant?: { __typename?: 'CivilServant', id: string, name: string, department: { __typename?: 'Department', id: string, name: string } } | null }> } };

export type FileObjectionMutationVariables = Exact<{
  recordId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type FileObjectionMutation = { __typename?: 'Mutation', fileObjection: { __typename?: 'Objection', id: string, status: ObjectionStatus, acceptDeadline: string, decisionDeadline: string } };

export type ApplyCreditRepairMutationVariables = Exact<{
  recordId: Scalars['ID']['input'];
  evidence: Scalars['String']['input'];
  commitmentLetter: Scalars['String']['input'];
}>;


export type ApplyCreditRepairMutation = { __typename?: 'Mutation', applyCreditRepair: { __typename?: 'RepairApplication', id: string, status: RepairStatus } };

export type CreditRecordHistoryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CreditRecordHistoryQuery = { __typename?: 'Query', creditRecord?: { __typename?: 'CreditRecord', id: string, documentNumber: string, history: Array<{ __typename?: 'AuditEntry', id: string, at: string, action: string, actorName: string }> } | null };

export type RepairsQueryVariables = Exact<{
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<RepairStatus>;
  overdueOnly?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type RepairsQuery = { __typename?: 'Query', creditRepairs: { __typename?: 'RepairApplicationPage', total: number, items: Array<{ __typename?: 'RepairApplication', id: string, status: RepairStatus, evidence: string, appliedBy: string, appliedOn: string, decisionDeadline: string, calendarMissing: boolean, overdue: boolean, note?: string | null, record: { __typename?: 'CreditRecord', id: string, subjectName: string, documentNumber: string } }> } };

export type DecideCreditRepairMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  approved: Scalars['Boolean']['input'];
  note: Scalars['String']['input'];
}>;


export type DecideCreditRepairMutation = { __typename?: 'Mutation', decideCreditRepair: { __typename?: 'RepairApplication', id: string, status: RepairStatus } };

export type IssueCreditReportMutationVariables = Exact<{
  subjectType: SubjectType;
  subjectId: Scalars['ID']['input'];
}>;


export type IssueCreditReportMutation = { __typename?: 'Mutation', creditReport: { __typename?: 'CreditReport', number: string, url: string, issuedOn: string } };

export type VerifyCreditReportQueryVariables = Exact<{
  number: Scalars['String']['input'];
}>;


export type VerifyCreditReportQuery = { __typename?: 'Query', verifyCreditReport?: { __typename?: 'VerifiedReport', number: string, issuedOn: string, recordsOmitted: number, repairsOmitted: number, checksOmitted: number, subject: { __typename?: 'CreditReportSubjectInfo', type: SubjectType, name: string, uscc?: string | null }, records: Array<{ __typename?: 'CreditReportRecordLine', category: string, severity: string, documentNumber: string, authority: string, decisionDate: string, publicityEnd: string, underObjection: boolean }>, repairs: Array<{ __typename?: 'CreditReportRepairLine', documentNumber: string }>, checks: Array<{ __typename?: 'CreditReportCheckLine', checkedAt: string }>, grade?: { __typename?: 'EvaluationGrade', year: number, grade: string, score: number } | null } | null };

export type SetDebtLimitMutationVariables = Exact<{
  regionCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
  amount: Scalars['Decimal']['input'];
}>;


export type SetDebtLimitMutation = { __typename?: 'Mutation', setDebtLimit: { __typename?: 'DebtLimit', amount: string } };

export type SetFiscalResourcesMutationVariables = Exact<{
  regionCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
  amount: Scalars['Decimal']['input'];
}>;


export type SetFiscalResourcesMutation = { __typename?: 'Mutation', setFiscalResources: { __typename?: 'FiscalResources', amount: string } };

export type RecordEmergencyPlanMutationVariables = Exact<{
  input: RecordEmergencyPlanInput;
}>;


export type RecordEmergencyPlanMutation = { __typename?: 'Mutation', recordEmergencyPlan: { __typename?: 'EmergencyPlan', id: string } };

export type RecordAccountabilityFindingMutationVariables = Exact<{
  input: RecordAccountabilityFindingInput;
}>;


export type RecordAccountabilityFindingMutation = { __typename?: 'Mutation', recordAccountabilityFinding: { __typename?: 'AccountabilityFinding', id: string } };

export type DebtRiskByRegionQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type DebtRiskByRegionQuery = { __typename?: 'Query', regions: Array<{ __typename?: 'Region', code: string, name: string, level: RegionLevel, debtRisk?: { __typename?: 'DebtRisk', year: number, debtBalance: string, fiscalResources?: string | null, debtLimit?: string | null, debtRatio?: number | null, debtServiceRatio?: number | null, overdueRatio: number, level?: RiskLevel | null, missingEmergencyPlan: boolean, rated: boolean, arrears?: string | null, defaultsWithoutIncident: number } | null, debtClearance: { __typename?: 'DebtClearance', kind: DebtStockKind, planRecorded: boolean, progress?: number | null, remaining: string }, debtIncidents: Array<{ __typename?: 'DebtIncident', id: string, grade: DebtIncidentGrade, kind: DebtIncidentKind, occurredOn: string, amount: string, response: string, resolvedOn?: string | null, version: number }> }> };

export type SetDebtStockPlanMutationVariables = Exact<{
  input: SetDebtStockPlanInput;
}>;


export type SetDebtStockPlanMutation = { __typename?: 'Mutation', setDebtStockPlan: { __typename?: 'DebtStockPlan', version: number } };

export type RecordDebtReductionMutationVariables = Exact<{
  input: RecordDebtReductionInput;
}>;


export type RecordDebtReductionMutation = { __typename?: 'Mutation', recordDebtReduction: { __typename?: 'DebtReduction', id: string } };

export type RecordDebtIncidentMutationVariables = Exact<{
  input: RecordDebtIncidentInput;
}>;


export type RecordDebtIncidentMutation = { __typename?: 'Mutation', recordDebtIncident: { __typename?: 'DebtIncident', id: string } };

export type ResolveDebtIncidentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ResolveDebtIncidentInput;
}>;


export type ResolveDebtIncidentMutation = { __typename?: 'Mutation', resolveDebtIncident: { __typename?: 'DebtIncident', id: string, resolvedOn?: string | null, version: number } };

export type IssueDebtMutationVariables = Exact<{
  input: IssueDebtInput;
}>;


export type IssueDebtMutation = { __typename?: 'Mutation', issueDebt: { __typename?: 'DebtInstrument', id: string } };

export type RecordRepaymentMutationVariables = Exact<{
  instrumentId: Scalars['ID']['input'];
  input: RecordRepaymentInput;
}>;


export type RecordRepaymentMutation = { __typename?: 'Mutation', recordRepayment: { __typename?: 'DebtInstrument', id: string, outstandingPrincipal: string, overdueAmount: string } };

export type DebtInstrumentDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DebtInstrumentDetailQuery = { __typename?: 'Query', debtInstrument?: { __typename?: 'DebtInstrument', id: string, project: string, principal: string, rate: string, version: number, schedule: Array<{ __typename?: 'ScheduledPayment', dueDate: string, principal: string, interest: string }>, repayments: Array<{ __typename?: 'Repayment', id: string, paidOn: string, principal: string, interest: string, recordedBy: string }> } | null };

export type DebtInstrumentsQueryVariables = Exact<{
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<DebtKind>;
  sortBy?: InputMaybe<DebtInstrumentSortField>;
  sortDirection?: InputMaybe<SortDirection>;
}>;


export type DebtInstrumentsQuery = { __typename?: 'Query', debtInstruments: { __typename?: 'DebtInstrumentPage', total: number, items: Array<{ __typename?: 'DebtInstrument', id: string, kind: DebtKind, principal: string, rate: string, issuedOn: string, maturesOn: string, project: string, bondPurpose?: BondPurpose | null, onLendingDocument?: string | null, outstandingPrincipal: string, overdueAmount: string, region: { __typename?: 'Region', code: string, name: string } }> } };

export type AdjustRepaymentScheduleMutationVariables = Exact<{
  instrumentId: Scalars['ID']['input'];
  input: AdjustRepaymentScheduleInput;
}>;


export type AdjustRepaymentScheduleMutation = { __typename?: 'Mutation', adjustRepaymentSchedule: { __typename?: 'DebtInstrument', id: string, version: number, schedule: Array<{ __typename?: 'ScheduledPayment', dueDate: string, principal: string, interest: string }> } };

export type DepartmentDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DepartmentDetailQuery = { __typename?: 'Query', department?: { __typename?: 'Department', id: string, code: string, name: string, shortName: string, kind: DepartmentKind, countyWideDomains: Array<Domain>, civilServantCount: number, creditFileCoverage: number, activeDishonestyRecordCount: number, overdueCommitmentCount: number, breachedCommitmentCount: number, commitmentFulfilmentRate?: number | null, region: { __typename?: 'Region', code: string, name: string }, integrityHonorEligibility: { __typename?: 'HonoursEligibility', eligible: boolean, bars: Array<{ __typename?: 'HonoursBar', kind: HonoursBarKind, count?: number | null, year?: number | null }> } } | null };

export type CreateDepartmentMutationVariables = Exact<{
  input: CreateDepartmentInput;
}>;


export type CreateDepartmentMutation = { __typename?: 'Mutation', createDepartment: { __typename?: 'Department', id: string, version: number } };

export type UpdateDepartmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateDepartmentInput;
}>;


export type UpdateDepartmentMutation = { __typename?: 'Mutation', updateDepartment: { __typename?: 'Department', id: string, name: string, shortName: string, kind: DepartmentKind, uscc: string, countyWideDomains: Array<Domain>, version: number, region: { __typename?: 'Region', code: string, name: string } } };

export type DepartmentsQueryVariables = Exact<{
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<DepartmentKind>;
  search?: InputMaybe<Scalars['String']['input']>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
}>;


export type DepartmentsQuery = { __typename?: 'Query', departments: { __typename?: 'DepartmentPage', total: number, items: Array<{ __typename?: 'Department', id: string, code: string, name: string, shortName: string, kind: DepartmentKind, uscc: string, countyWideDomains: Array<Domain>, version: number, region: { __typename?: 'Region', code: string, name: string } }> } };

export type EnterprisesQueryVariables = Exact<{
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type EnterprisesQuery = { __typename?: 'Query', enterprises: { __typename?: 'EnterprisePage', total: number, items: Array<{ __typename?: 'Enterprise', uscc: string, name: string, legalRepresentative?: string | null, regionCode?: string | null, version: number }> } };

export type CreateEnterpriseMutationVariables = Exact<{
  input: CreateEnterpriseInput;
}>;


export type CreateEnterpriseMutation = { __typename?: 'Mutation', createEnterprise: { __typename?: 'Enterprise', uscc: string, version: number } };

export type UpdateEnterpriseMutationVariables = Exact<{
  uscc: Scalars['String']['input'];
  input: UpdateEnterpriseInput;
}>;


export type UpdateEnterpriseMutation = { __typename?: 'Mutation', updateEnterprise: { __typename?: 'Enterprise', uscc: string, name: string, legalRepresentative?: string | null, regionCode?: string | null, version: number } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { __typename?: 'Mutation', createUser: { __typename?: 'User', id: string, version: number } };

export type UpdateUserMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { __typename?: 'Mutation', updateUser: { __typename?: 'User', id: string, displayName: string, roles: Array<Role>, domains: Array<Domain>, active: boolean, version: number, department?: { __typename?: 'Department', id: string, name: string } | null } };

export type UsersQueryVariables = Exact<{
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type UsersQuery = { __typename?: 'Query', users: { __typename?: 'UserPage', total: number, items: Array<{ __typename?: 'User', id: string, username: string, displayName: string, roles: Array<Role>, domains: Array<Domain>, active: boolean, version: number, department?: { __typename?: 'Department', id: string, name: string } | null }> } };

export type RegionsQueryVariables = Exact<{ [key: string]: never; }>;


export type RegionsQuery = { __typename?: 'Query', regions: Array<{ __typename?: 'Region', code: string, name: string, level: RegionLevel }> };

export type DepartmentOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type DepartmentOptionsQuery = { __typename?: 'Query', departments: { __typename?: 'DepartmentPage', items: Array<{ __typename?: 'Department', id: string, name: string }> } };

export type CreateInvestmentAgreementMutationVariables = Exact<{
  input: CreateInvestmentAgreementInput;
}>;


export type CreateInvestmentAgreementMutation = { __typename?: 'Mutation', createInvestmentAgreement: { __typename?: 'InvestmentAgreement', id: string } };

export type UpdateInvestmentAgreementMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateInvestmentAgreementInput;
}>;


export type UpdateInvestmentAgreementMutation = { __typename?: 'Mutation', updateInvestmentAgreement: { __typename?: 'InvestmentAgreement', id: string, contactPerson?: string | null, investedToDate: string, jobsCreated: number, version: number } };

export type AgreementsQueryVariables = Exact<{
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  townCode?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type AgreementsQuery = { __typename?: 'Query', investmentAgreements: { __typename?: 'InvestmentAgreementPage', total: number, items: Array<{ __typename?: 'InvestmentAgreement', id: string, title: string, investorUscc: string, investorName: string, amount: string, signedOn: string, investedToDate: string, jobsCreated: number, contactPerson?: string | null, version: number, department: { __typename?: 'Department', id: string, name: string }, town: { __typename?: 'Region', code: string, name: string } }> } };

export type AddCommitmentMutationVariables = Exact<{
  agreementId: Scalars['ID']['input'];
  input: AddCommitmentInput;
}>;


export type AddCommitmentMutation = { __typename?: 'Mutation', addCommitment: { __typename?: 'Commitment', id: string, status: CommitmentStatus } };

export type RecordFulfilmentMutationVariables = Exact<{
  commitmentId: Scalars['ID']['input'];
  input: RecordFulfilmentInput;
}>;


export type RecordFulfilmentMutation = { __typename?: 'Mutation', recordFulfilment: { __typename?: 'Commitment', id: string, status: CommitmentStatus, fulfilledAmount: string } };

export type RecordCommitmentBreachMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
  documentNumber?: InputMaybe<Scalars['String']['input']>;
}>;


export type RecordCommitmentBreachMutation = { __typename?: 'Mutation', recordCommitmentBreach: { __typename?: 'Commitment', id: string, status: CommitmentStatus, breachNote?: string | null, breachDocumentNumber?: string | null } };

export type WaiveCommitmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: WaiveCommitmentInput;
}>;


export type WaiveCommitmentMutation = { __typename?: 'Mutation', waiveCommitment: { __typename?: 'Commitment', id: string, status: CommitmentStatus, waiverNote?: string | null } };

export type CommitmentsQueryVariables = Exact<{
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<CommitmentStatus>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type CommitmentsQuery = { __typename?: 'Query', commitments: { __typename?: 'CommitmentPage', total: number, items: Array<{ __typename?: 'Commitment', id: string, kind: CommitmentKind, description: string, amount: string, fulfilledAmount: string, dueDate: string, status: CommitmentStatus, breachNote?: string | null, breachDocumentNumber?: string | null, waiverNote?: string | null, daysLate?: number | null, version: number, fairCompetitionReview?: { __typename?: 'FairCompetitionReview', documentNumber: string, reviewBody: string, reviewedOn: string, conclusion: FairCompetitionConclusion } | null, investorConsent?: { __typename?: 'InvestorConsent', documentNumber: string, date: string } | null, department: { __typename?: 'Department', id: string, name: string }, agreement: { __typename?: 'InvestmentAgreement', id: string, title: string } }> } };

export type PoliciesQueryVariables = Exact<{
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<PolicyStatus>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type PoliciesQuery = { __typename?: 'Query', incentivePolicies: { __typename?: 'IncentivePolicyPage', total: number, items: Array<{ __typename?: 'IncentivePolicy', id: string, title: string, legalBasis: string, text: string, status: PolicyStatus, reviewNote?: string | null, version: number, department: { __typename?: 'Department', id: string, name: string } }> } };

export type SubmitPolicyForReviewMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SubmitPolicyForReviewMutation = { __typename?: 'Mutation', submitPolicyForReview: { __typename?: 'IncentivePolicy', id: string, status: PolicyStatus } };

export type CreateIncentivePolicyMutationVariables = Exact<{
  input: CreateIncentivePolicyInput;
}>;


export type CreateIncentivePolicyMutation = { __typename?: 'Mutation', createIncentivePolicy: { __typename?: 'IncentivePolicy', id: string, status: PolicyStatus } };

export type UpdateIncentivePolicyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateIncentivePolicyInput;
}>;


export type UpdateIncentivePolicyMutation = { __typename?: 'Mutation', updateIncentivePolicy: { __typename?: 'IncentivePolicy', id: string, title: string, legalBasis: string, text: string, status: PolicyStatus, version: number } };

export type ReviewPolicyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  approved: Scalars['Boolean']['input'];
  note: Scalars['String']['input'];
}>;


export type ReviewPolicyMutation = { __typename?: 'Mutation', reviewPolicy: { __typename?: 'IncentivePolicy', id: string, status: PolicyStatus, reviewNote?: string | null } };

export type AwardProjectMutationVariables = Exact<{
  projectId: Scalars['ID']['input'];
  bidId: Scalars['ID']['input'];
}>;


export type AwardProjectMutation = { __typename?: 'Mutation', awardProject: { __typename?: 'ProcurementProject', id: string, status: ProcurementStatus } };

export type ProcurementBreachesQueryVariables = Exact<{
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ProcurementBreachesQuery = { __typename?: 'Query', procurementBreaches: { __typename?: 'BreachRecordPage', total: number, items: Array<{ __typename?: 'BreachRecord', id: string, projectId?: string | null, description: string, documentNumber?: string | null, recordedOn: string, recordedBy: string, project?: { __typename?: 'ProcurementProject', id: string, title: string } | null, pppProject?: { __typename?: 'PppProject', id: string, name: string } | null, department: { __typename?: 'Department', id: string, name: string } }> } };

export type RecordProcurementBreachMutationVariables = Exact<{
  input: RecordBreachInput;
}>;


export type RecordProcurementBreachMutation = { __typename?: 'Mutation', recordProcurementBreach: { __typename?: 'BreachRecord', id: string } };

export type RecordPaymentMutationVariables = Exact<{
  milestoneId: Scalars['ID']['input'];
  paidOn: Scalars['Date']['input'];
  amount: Scalars['Decimal']['input'];
}>;


export type RecordPaymentMutation = { __typename?: 'Mutation', recordPayment: { __typename?: 'PaymentMilestone', id: string, status: MilestoneStatus } };

export type RecordDeliveryMutationVariables = Exact<{
  projectId: Scalars['ID']['input'];
  deliveredOn: Scalars['Date']['input'];
}>;


export type RecordDeliveryMutation = { __typename?: 'Mutation', recordDelivery: { __typename?: 'Contract', id: string, deliveredOn?: string | null } };

export type RecordAcceptanceMutationVariables = Exact<{
  projectId: Scalars['ID']['input'];
  input: RecordAcceptanceInput;
}>;


export type RecordAcceptanceMutation = { __typename?: 'Mutation', recordAcceptance: { __typename?: 'Contract', id: string, acceptanceResult?: string | null } };

export type RecordRedeliveryMutationVariables = Exact<{
  projectId: Scalars['ID']['input'];
  input: RecordRedeliveryInput;
}>;


export type RecordRedeliveryMutation = { __typename?: 'Mutation', recordRedelivery: { __typename?: 'Contract', id: string } };

export type CreateProcurementProjectMutationVariables = Exact<{
  input: CreateProcurementProjectInput;
}>;


export type CreateProcurementProjectMutation = { __typename?: 'Mutation', createProcurementProject: { __typename?: 'ProcurementProject', id: string, status: ProcurementStatus } };

export type LateInterestTotalQueryVariables = Exact<{
  purchaserId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type LateInterestTotalQuery = { __typename?: 'Query', lateInterestTotal: string };

export type LoanPrimeRatesQueryVariables = Exact<{ [key: string]: never; }>;


export type LoanPrimeRatesQuery = { __typename?: 'Query', loanPrimeRates: Array<{ __typename?: 'LoanPrimeRate', publishedOn: string, oneYearPercent: string }> };

export type RecordLoanPrimeRateMutationVariables = Exact<{
  input: RecordLoanPrimeRateInput;
}>;


export type RecordLoanPrimeRateMutation = { __typename?: 'Mutation', recordLoanPrimeRate: { __typename?: 'LoanPrimeRate', publishedOn: string, oneYearPercent: string } };

export type OverdueMilestonesQueryVariables = Exact<{
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  purchaserId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type OverdueMilestonesQuery = { __typename?: 'Query', overdueMilestones: { __typename?: 'PaymentMilestonePage', total: number, items: Array<{ __typename?: 'PaymentMilestone', id: string, seq: number, dueDate?: string | null, amount: string, paidAmount: string, daysLate?: number | null, lateInterest: string, contract: { __typename?: 'Contract', id: string, supplierName: string, project: { __typename?: 'ProcurementProject', id: string, title: string, purchaser: { __typename?: 'Department', id: string, name: string } } } }> } };

export type PppCapacityQueryVariables = Exact<{
  regionCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
}>;


export type PppCapacityQuery = { __typename?: 'Query', pppFiscalCapacity?: { __typename?: 'PppFiscalCapacity', generalBudgetExpenditure: string, cap: string, warningLine: string, atWarningLine: boolean, committed: string, remaining: string } | null, pppObligationsDue: Array<{ __typename?: 'PppObligation', id: string, projectId: string, year: number, amount: string, paidAmount: string, status: PppObligationStatus, project: { __typename?: 'PppProject', id: string, name: string } }> };

export type SetPppCapacityMutationVariables = Exact<{
  regionCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
  amount: Scalars['Decimal']['input'];
}>;


export type SetPppCapacityMutation = { __typename?: 'Mutation', setPppFiscalCapacity: { __typename?: 'PppFiscalCapacity', cap: string } };

export type PppProjectsQueryVariables = Exact<{
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
}>;


export type PppProjectsQuery = { __typename?: 'Query', pppProjects: { __typename?: 'PppProjectPage', total: number, items: Array<{ __typename?: 'PppProject', id: string, name: string, phase: PppPhase, mechanism: PppMechanism, procurementCompletedOn?: string | null, regionCode: string, totalInvestment: string, partnerUscc?: string | null, partnerName?: string | null, department: { __typename?: 'Department', id: string, name: string }, obligations: Array<{ __typename?: 'PppObligation', id: string, year: number, amount: string, paidAmount: string, status: PppObligationStatus }> }> } };

export type SelectPppPartnerMutationVariables = Exact<{
  projectId: Scalars['ID']['input'];
  partnerUscc: Scalars['String']['input'];
}>;


export type SelectPppPartnerMutation = { __typename?: 'Mutation', selectPppPartner: { __typename?: 'PppProject', id: string, partnerUscc?: string | null, partnerName?: string | null, partnerSelectedOn?: string | null, version: number } };

export type CreatePppMutationVariables = Exact<{
  input: CreatePppProjectInput;
}>;


export type CreatePppMutation = { __typename?: 'Mutation', createPppProject: { __typename?: 'PppProject', id: string } };

export type AddPppObligationMutationVariables = Exact<{
  projectId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
  amount: Scalars['Decimal']['input'];
}>;


export type AddPppObligationMutation = { __typename?: 'Mutation', addPppObligation: { __typename?: 'PppObligation', id: string, status: PppObligationStatus } };

export type AdvancePppPhaseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  phase: PppPhase;
}>;


export type AdvancePppPhaseMutation = { __typename?: 'Mutation', advancePppPhase: { __typename?: 'PppProject', id: string, phase: PppPhase, version: number } };

export type PayPppObligationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  amount: Scalars['Decimal']['input'];
  paidOn?: InputMaybe<Scalars['Date']['input']>;
}>;


export type PayPppObligationMutation = { __typename?: 'Mutation', payPppObligation: { __typename?: 'PppObligation', id: string, paidAmount: string, status: PppObligationStatus } };

export type RecordPppProcurementCompletionMutationVariables = Exact<{
  projectId: Scalars['ID']['input'];
  completedOn: Scalars['Date']['input'];
}>;


export type RecordPppProcurementCompletionMutation = { __typename?: 'Mutation', recordPppProcurementCompletion: { __typename?: 'PppProject', id: string, procurementCompletedOn?: string | null, version: number } };

export type ProcurementProjectDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProcurementProjectDetailQuery = { __typename?: 'Query', procurementProject?: { __typename?: 'ProcurementProject', id: string, ocid: string, title: string, status: ProcurementStatus, budget: string, category: ProcurementCategory, methodName: string, nonOpenApproval?: string | null, purchaser: { __typename?: 'Department', id: string, name: string }, timeline: Array<{ __typename?: 'StatusChange', fromStatus?: ProcurementStatus | null, toStatus: ProcurementStatus, at: string, byUser: string }>, bids: Array<{ __typename?: 'Bid', id: string, supplierUscc: string, supplierName: string, amount: string, submittedAt: string }>, refusedBids: Array<{ __typename?: 'RefusedBid', id: string, supplierUscc: string, amount: string, reason: string, at: string }>, contract?: { __typename?: 'Contract', id: string, supplierName: string, amount: string, signedOn: string, supplierSize: EnterpriseSize, lateRatePercent?: string | null, acceptancePeriodDays?: number | null, deliveredOn?: string | null, acceptances: Array<{ __typename?: 'AcceptanceAttempt', id: string, acceptedOn: string, passed: boolean, note?: string | null }>, redeliveries: Array<{ __typename?: 'Redelivery', id: string, redeliveredOn: string, note?: string | null }>, milestones: Array<{ __typename?: 'PaymentMilestone', id: string, seq: number, dueDate?: string | null, agreedDueDate?: string | null, dueBasis: DueBasis, termDays?: number | null, lateInterest: string, amount: string, paidAmount: string, paidOn?: string | null, status: MilestoneStatus, daysLate?: number | null, payments: Array<{ __typename?: 'MilestonePayment', id: string, paidOn: string, amount: string }> }> } | null } | null };

export type ProcurementProjectsQueryVariables = Exact<{
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ProcurementStatus>;
  purchaserId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<ProcurementCategory>;
  method?: InputMaybe<ProcurementMethod>;
  sortBy?: InputMaybe<ProcurementProjectSortField>;
  sortDirection?: InputMaybe<SortDirection>;
}>;


export type ProcurementProjectsQuery = { __typename?: 'Query', procurementProjects: { __typename?: 'ProcurementProjectPage', total: number, items: Array<{ __typename?: 'ProcurementProject', id: string, ocid: string, title: string, category: ProcurementCategory, method: ProcurementMethod, budget: string, status: ProcurementStatus, allowedTransitions: Array<ProcurementStatus>, version: number, purchaser: { __typename?: 'Department', id: string, name: string } }> } };

export type TransitionProcurementProjectMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  to: ProcurementStatus;
}>;


export type TransitionProcurementProjectMutation = { __typename?: 'Mutation', transitionProcurementProject: { __typename?: 'ProcurementProject', id: string, status: ProcurementStatus, allowedTransitions: Array<ProcurementStatus> } };

export type SignContractMutationVariables = Exact<{
  projectId: Scalars['ID']['input'];
  input: SignContractInput;
}>;


export type SignContractMutation = { __typename?: 'Mutation', signContract: { __typename?: 'Contract', id: string } };

export type SubmitBidMutationVariables = Exact<{
  projectId: Scalars['ID']['input'];
  supplierUscc: Scalars['String']['input'];
  amount: Scalars['Decimal']['input'];
}>;


export type SubmitBidMutation = { __typename?: 'Mutation', submitBid: { __typename?: 'Bid', id: string } };

export type ProjectOcdsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProjectOcdsQuery = { __typename?: 'Query', procurementProject?: { __typename?: 'ProcurementProject', id: string, ocid: string, ocdsRelease: unknown } | null };

export type StartEvaluationMutationVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type StartEvaluationMutation = { __typename?: 'Mutation', startEvaluation: { __typename?: 'Evaluation', id: string, year: number, status: EvaluationStatus } };

export type FileEvaluationFeedbackMutationVariables = Exact<{
  resultId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
}>;


export type FileEvaluationFeedbackMutation = { __typename?: 'Mutation', fileEvaluationFeedback: { __typename?: 'EvaluationFeedback', id: string } };

export type DecideEvaluationFeedbackMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  adjustedScore?: InputMaybe<Scalars['Float']['input']>;
  note: Scalars['String']['input'];
}>;


export type DecideEvaluationFeedbackMutation = { __typename?: 'Mutation', decideEvaluationFeedback: { __typename?: 'EvaluationFeedback', id: string, decision?: string | null } };

export type FinalizeEvaluationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type FinalizeEvaluationMutation = { __typename?: 'Mutation', finalizeEvaluation: { __typename?: 'Evaluation', id: string, status: EvaluationStatus } };

export type PublishEvaluationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PublishEvaluationMutation = { __typename?: 'Mutation', publishEvaluation: { __typename?: 'Evaluation', id: string, status: EvaluationStatus } };

export type EvaluationsQueryVariables = Exact<{ [key: string]: never; }>;


export type EvaluationsQuery = { __typename?: 'Query', evaluations: Array<{ __typename?: 'Evaluation', id: string, year: number, status: EvaluationStatus }> };

export type EvaluationQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type EvaluationQuery = { __typename?: 'Query', evaluation?: { __typename?: 'Evaluation', id: string, year: number, status: EvaluationStatus, ruleVersion: number, startedOn: string, feedbackDeadline: string, finalizedOn?: string | null, publishedOn?: string | null, results: Array<{ __typename?: 'EvaluationResult', id: string, departmentName: string, score: number, grade: Grade, finalScore: number, finalGrade: Grade, department: { __typename?: 'Department', id: string }, deductions: Array<{ __typename?: 'Deduction', indicator: string, figure: string, value: number, points: number, basis: string }>, feedback?: { __typename?: 'EvaluationFeedback', id: string, text: string, filedOn: string, decision?: string | null, decisionNote?: string | null, decidedOn?: string | null } | null }> } | null };

export type EvaluationScoresQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type EvaluationScoresQuery = { __typename?: 'Query', evaluation?: { __typename?: 'Evaluation', id: string, results: Array<{ __typename?: 'EvaluationResult', id: string, finalScore: number, department: { __typename?: 'Department', id: string } }> } | null };

export type ScoringRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type ScoringRulesQuery = { __typename?: 'Query', scoringRules: { __typename?: 'ScoringRuleVersion', version: number, note: string, publishedBy: string, publishedAt: string, grades: { __typename?: 'GradeBands', A: number, B: number, C: number }, indicators: Array<{ __typename?: 'IndicatorRuleType', indicator: string, figure: string, kind: IndicatorKind, points: number, per?: number | null, target?: number | null, cap: number, source: string }> }, scoringRuleHistory: Array<{ __typename?: 'ScoringRuleVersion', version: number, note: string, publishedBy: string, publishedAt: string }> };

export type PublishScoringRulesMutationVariables = Exact<{
  input: ScoringRulesInput;
  note: Scalars['String']['input'];
}>;


export type PublishScoringRulesMutation = { __typename?: 'Mutation', publishScoringRules: { __typename?: 'ScoringRuleVersion', version: number } };

export type PlanTasksQueryVariables = Exact<{
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  period: Scalars['String']['input'];
}>;


export type PlanTasksQuery = { __typename?: 'Query', planTasks: { __typename?: 'PlanTaskPage', total: number, items: Array<{ __typename?: 'PlanTask', id: string, text: string, otherLeadUnits: Array<string>, otherCooperatingUnits: Array<string>, leadDepartments: Array<{ __typename?: 'Department', name: string }>, cooperatingDepartments: Array<{ __typename?: 'Department', name: string }>, reportLines: Array<{ __typename?: 'TaskReportLine', state: TaskReportState, department: { __typename?: 'Department', id: string } }> }> } };

export type ReportTaskProgressMutationVariables = Exact<{
  taskId: Scalars['ID']['input'];
  input: ReportTaskProgressInput;
}>;


export type ReportTaskProgressMutation = { __typename?: 'Mutation', reportTaskProgress: { __typename?: 'TaskReport', id: string, status: TaskReportStatus } };

export type InspectionsQueryVariables = Exact<{
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type InspectionsQuery = { __typename?: 'Query', inspections: { __typename?: 'InspectionPage', total: number, items: Array<{ __typename?: 'Inspection', id: string, inspectedOn: string, team: string, department: { __typename?: 'Department', id: string, name: string }, findings: Array<{ __typename?: 'InspectionFinding', id: string, seq: number, text: string, rectification?: { __typename?: 'Rectification', status: RectificationStatus } | null }> }> } };

export type OrderRectificationMutationVariables = Exact<{
  input: OrderRectificationInput;
}>;


export type OrderRectificationMutation = { __typename?: 'Mutation', orderRectification: { __typename?: 'Rectification', id: string, status: RectificationStatus } };

export type ReportRectificationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ReportRectificationInput;
}>;


export type ReportRectificationMutation = { __typename?: 'Mutation', reportRectification: { __typename?: 'Rectification', id: string, status: RectificationStatus, report?: string | null } };

export type DecideRectificationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  accepted: Scalars['Boolean']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
}>;


export type DecideRectificationMutation = { __typename?: 'Mutation', decideRectification: { __typename?: 'Rectification', id: string, status: RectificationStatus, decisionNote?: string | null } };

export type RecordInspectionMutationVariables = Exact<{
  input: RecordInspectionInput;
}>;


export type RecordInspectionMutation = { __typename?: 'Mutation', recordInspection: { __typename?: 'Inspection', id: string } };

export type RectificationsQueryVariables = Exact<{
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<RectificationStatus>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type RectificationsQuery = { __typename?: 'Query', rectifications: { __typename?: 'RectificationPage', total: number, items: Array<{ __typename?: 'Rectification', id: string, subject: string, basis: string, deadline: string, status: RectificationStatus, origin: RectificationOrigin, report?: string | null, evidence?: string | null, reportedOn?: string | null, decisionNote?: string | null, overdueOn?: string | null, orderedOn: string, version: number, department: { __typename?: 'Department', id: string, name: string } }> } };

export type IntegrityWarningsQueryVariables = Exact<{
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<WarningKind>;
  status?: InputMaybe<WarningStatus>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type IntegrityWarningsQuery = { __typename?: 'Query', integrityWarnings: { __typename?: 'WarningPage', total: number, items: Array<{ __typename?: 'Warning', id: string, kind: WarningKind, status: WarningStatus, since: string, figure: string, threshold: string, source: string, link: string, ackNote?: string | null, resolvedOn?: string | null, department?: { __typename?: 'Department', id: string, name: string } | null }> } };

export type AcknowledgeWarningMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
}>;


export type AcknowledgeWarningMutation = { __typename?: 'Mutation', acknowledgeWarning: { __typename?: 'Warning', id: string, status: WarningStatus, ackNote?: string | null } };

export type DeliveryBacklogQueryVariables = Exact<{ [key: string]: never; }>;


export type DeliveryBacklogQuery = { __typename?: 'Query', procurementOutbox?: { __typename?: 'OutboxBacklog', undelivered: number, failing: number, heldBack: number, oldestSince?: string | null, nextRetryAt?: string | null, lastDeliveredAt?: string | null } | null, investmentOutbox?: { __typename?: 'OutboxBacklog', undelivered: number, failing: number, heldBack: number, oldestSince?: string | null, nextRetryAt?: string | null, lastDeliveredAt?: string | null } | null, supervisionOutbox?: { __typename?: 'OutboxBacklog', undelivered: number, failing: number, heldBack: number, oldestSince?: string | null, nextRetryAt?: string | null, lastDeliveredAt?: string | null } | null, caseworkOutbox?: { __typename?: 'OutboxBacklog', undelivered: number, failing: number, heldBack: number, oldestSince?: string | null, nextRetryAt?: string | null, lastDeliveredAt?: string | null } | null, creditOutbox?: { __typename?: 'OutboxBacklog', undelivered: number, failing: number, heldBack: number, oldestSince?: string | null, nextRetryAt?: string | null, lastDeliveredAt?: string | null } | null };


export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const EnterpriseSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnterpriseSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprises"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<EnterpriseSearchQuery, EnterpriseSearchQueryVariables>;
export const StaffNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffNames"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"usernames"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffNames"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"usernames"},"value":{"kind":"Variable","name":{"kind":"Name","value":"usernames"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<StaffNamesQuery, StaffNamesQueryVariables>;
export const DashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"civilServantCount"}},{"kind":"Field","name":{"kind":"Name","value":"creditFileCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"activeDishonestyRecordCount"}},{"kind":"Field","name":{"kind":"Name","value":"overduePaymentCount"}},{"kind":"Field","name":{"kind":"Name","value":"breachCount"}},{"kind":"Field","name":{"kind":"Name","value":"overdueCommitmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"breachedCommitmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"commitmentFulfilmentRate"}},{"kind":"Field","name":{"kind":"Name","value":"dueCommitmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilledCommitmentCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditCoverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"withFile"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"debtRisk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"debtRatio"}},{"kind":"Field","name":{"kind":"Name","value":"debtBalance"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const DashboardBaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardBase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]} as unknown as DocumentNode<DashboardBaseQuery, DashboardBaseQueryVariables>;
export const DashboardCreditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardCredit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditCoverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"withFile"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"civilServantCount"}},{"kind":"Field","name":{"kind":"Name","value":"creditFileCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"activeDishonestyRecordCount"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardCreditQuery, DashboardCreditQueryVariables>;
export const DashboardProcurementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardProcurement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"overduePaymentCount"}},{"kind":"Field","name":{"kind":"Name","value":"breachCount"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardProcurementQuery, DashboardProcurementQueryVariables>;
export const DashboardInvestmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardInvestment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"overdueCommitmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"breachedCommitmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"commitmentFulfilmentRate"}},{"kind":"Field","name":{"kind":"Name","value":"dueCommitmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilledCommitmentCount"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardInvestmentQuery, DashboardInvestmentQueryVariables>;
export const DashboardDebtDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardDebt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"debtRisk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"debtRatio"}},{"kind":"Field","name":{"kind":"Name","value":"debtBalance"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardDebtQuery, DashboardDebtQueryVariables>;
export const DashboardScoresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardScores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"integrityScore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}}]}},{"kind":"Field","name":{"kind":"Name","value":"integrityHonorEligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"bars"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardScoresQuery, DashboardScoresQueryVariables>;
export const DashboardWarningsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardWarnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"integrityWarningCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<DashboardWarningsQuery, DashboardWarningsQueryVariables>;
export const DashboardCaseworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardCasework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"overdueCaseCount"}},{"kind":"Field","name":{"kind":"Name","value":"caseSatisfactionRate"}},{"kind":"Field","name":{"kind":"Name","value":"unfulfilledJudgmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"courtAppearanceRate"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardCaseworkQuery, DashboardCaseworkQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"domains"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"countyWideDomains"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const PublicRatingYearsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicRatingYears"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicIntegrityRatingYears"}}]}}]} as unknown as DocumentNode<PublicRatingYearsQuery, PublicRatingYearsQueryVariables>;
export const PublicRatingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicRatings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicIntegrityRatings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]} as unknown as DocumentNode<PublicRatingsQuery, PublicRatingsQueryVariables>;
export const PublicRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicDishonestyRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectName"}},{"kind":"Field","name":{"kind":"Name","value":"underObjection"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"publicityEnd"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PublicRecordsQuery, PublicRecordsQueryVariables>;
export const DirectoryAuditTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectoryAuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"directoryAuditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}},{"kind":"Argument","name":{"kind":"Name","value":"entityType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityType"}}},{"kind":"Argument","name":{"kind":"Name","value":"entityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<DirectoryAuditTrailQuery, DirectoryAuditTrailQueryVariables>;
export const CreditAuditTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CreditAuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditAuditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}},{"kind":"Argument","name":{"kind":"Name","value":"entityType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityType"}}},{"kind":"Argument","name":{"kind":"Name","value":"entityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<CreditAuditTrailQuery, CreditAuditTrailQueryVariables>;
export const ProcurementAuditTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProcurementAuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"procurementAuditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}},{"kind":"Argument","name":{"kind":"Name","value":"entityType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityType"}}},{"kind":"Argument","name":{"kind":"Name","value":"entityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<ProcurementAuditTrailQuery, ProcurementAuditTrailQueryVariables>;
export const InvestmentAuditTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvestmentAuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"investmentAuditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}},{"kind":"Argument","name":{"kind":"Name","value":"entityType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityType"}}},{"kind":"Argument","name":{"kind":"Name","value":"entityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<InvestmentAuditTrailQuery, InvestmentAuditTrailQueryVariables>;
export const DebtAuditTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DebtAuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"debtAuditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}},{"kind":"Argument","name":{"kind":"Name","value":"entityType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityType"}}},{"kind":"Argument","name":{"kind":"Name","value":"entityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<DebtAuditTrailQuery, DebtAuditTrailQueryVariables>;
export const SupervisionAuditTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupervisionAuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisionAuditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}},{"kind":"Argument","name":{"kind":"Name","value":"entityType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityType"}}},{"kind":"Argument","name":{"kind":"Name","value":"entityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<SupervisionAuditTrailQuery, SupervisionAuditTrailQueryVariables>;
export const CaseworkAuditTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseworkAuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseworkAuditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}},{"kind":"Argument","name":{"kind":"Name","value":"entityType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityType"}}},{"kind":"Argument","name":{"kind":"Name","value":"entityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<CaseworkAuditTrailQuery, CaseworkAuditTrailQueryVariables>;
export const CalendarYearsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarYears"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"y0"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"y1"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"y2"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"y3"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"y0"},"name":{"kind":"Name","value":"workingCalendarYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"y0"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loaded"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"y1"},"name":{"kind":"Name","value":"workingCalendarYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"y1"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loaded"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"y2"},"name":{"kind":"Name","value":"workingCalendarYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"y2"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loaded"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"y3"},"name":{"kind":"Name","value":"workingCalendarYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"y3"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loaded"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]}}]} as unknown as DocumentNode<CalendarYearsQuery, CalendarYearsQueryVariables>;
export const CalendarYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workingCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CalendarYearQuery, CalendarYearQueryVariables>;
export const LoadWorkingCalendarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoadWorkingCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"days"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArrangedDayInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loadWorkingCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"Variable","name":{"kind":"Name","value":"days"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<LoadWorkingCalendarMutation, LoadWorkingCalendarMutationVariables>;
export const SetCalendarDayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCalendarDay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CalendarDayKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCalendarDay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SetCalendarDayMutation, SetCalendarDayMutationVariables>;
export const ExtendCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExtendCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extendCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"replyDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"extendedOn"}},{"kind":"Field","name":{"kind":"Name","value":"extensionReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ExtendCaseMutation, ExtendCaseMutationVariables>;
export const CloseCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"delegateSatisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CloseCaseMutation, CloseCaseMutationVariables>;
export const TriageCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TriageCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accepted"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"triageCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"accepted"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accepted"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<TriageCaseMutation, TriageCaseMutationVariables>;
export const AssignCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coHandlers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AssignCaseMutation, AssignCaseMutationVariables>;
export const ReplyCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplyCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplyCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ReplyCaseMutation, ReplyCaseMutationVariables>;
export const CasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Cases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overdueOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"departmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"overdueOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overdueOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sourceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"replyDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"extendedOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"calendarMissing"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coHandlers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CasesQuery, CasesQueryVariables>;
export const ProposalOutcomesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProposalOutcomes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProposalOutcomesQuery, ProposalOutcomesQueryVariables>;
export const CaseDeadlineRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseDeadlineRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseDeadlineRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"extensionAmount"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}}]}}]}}]} as unknown as DocumentNode<CaseDeadlineRulesQuery, CaseDeadlineRulesQueryVariables>;
export const YearHearingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"YearHearings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"courtAppearances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"headAppeared"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<YearHearingsQuery, YearHearingsQueryVariables>;
export const RecordCourtAppearanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCourtAppearance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCourtAppearanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCourtAppearance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"headAppeared"}}]}}]}}]} as unknown as DocumentNode<RecordCourtAppearanceMutation, RecordCourtAppearanceMutationVariables>;
export const HearingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Hearings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"courtAppearances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}},{"kind":"Argument","name":{"kind":"Name","value":"departmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"hearingDate"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"headAppeared"}},{"kind":"Field","name":{"kind":"Name","value":"appearedName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}}]}}]}}]}}]} as unknown as DocumentNode<HearingsQuery, HearingsQueryVariables>;
export const RecordJudgmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordJudgment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordJudgmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordJudgment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RecordJudgmentMutation, RecordJudgmentMutationVariables>;
export const RecordJudgmentFulfilmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordJudgmentFulfilment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordJudgmentFulfilmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordJudgmentFulfilment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilledAmount"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilledOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RecordJudgmentFulfilmentMutation, RecordJudgmentFulfilmentMutationVariables>;
export const MarkJudgmentDebtorListedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkJudgmentDebtorListed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkJudgmentDebtorListedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markJudgmentDebtorListed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"listedOn"}},{"kind":"Field","name":{"kind":"Name","value":"listingDocument"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<MarkJudgmentDebtorListedMutation, MarkJudgmentDebtorListedMutationVariables>;
export const JudgmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Judgments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JudgmentStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"judgments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}},{"kind":"Argument","name":{"kind":"Name","value":"departmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"obligation"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilledAmount"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilledOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"listedOn"}},{"kind":"Field","name":{"kind":"Name","value":"listingDocument"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<JudgmentsQuery, JudgmentsQueryVariables>;
export const FileComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FileComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FileComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"accessCode"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}}]}}]}}]} as unknown as DocumentNode<FileComplaintMutation, FileComplaintMutationVariables>;
export const ComplaintStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComplaintStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trackingNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accessCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaintStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trackingNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trackingNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"accessCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accessCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"repliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"satisfied"}},{"kind":"Field","name":{"kind":"Name","value":"reopened"}}]}}]}}]} as unknown as DocumentNode<ComplaintStatusQuery, ComplaintStatusQueryVariables>;
export const RateComplaintReplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RateComplaintReply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trackingNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accessCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"satisfied"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateComplaintReply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trackingNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trackingNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"accessCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accessCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"satisfied"},"value":{"kind":"Variable","name":{"kind":"Name","value":"satisfied"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"satisfied"}},{"kind":"Field","name":{"kind":"Name","value":"reopened"}}]}}]}}]} as unknown as DocumentNode<RateComplaintReplyMutation, RateComplaintReplyMutationVariables>;
export const AddCreditRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCreditRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCreditRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCreditRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publicityStart"}},{"kind":"Field","name":{"kind":"Name","value":"publicityEnd"}},{"kind":"Field","name":{"kind":"Name","value":"sanctionKind"}},{"kind":"Field","name":{"kind":"Name","value":"sanctionEnd"}}]}}]}}]} as unknown as DocumentNode<AddCreditRecordMutation, AddCreditRecordMutationVariables>;
export const CivilServantSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CivilServantSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"civilServants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CivilServantSearchQuery, CivilServantSearchQueryVariables>;
export const CivilServantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CivilServants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sortBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CivilServantSortField"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sortDirection"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SortDirection"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"civilServants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}},{"kind":"Argument","name":{"kind":"Name","value":"departmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"sortBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sortBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"sortDirection"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sortDirection"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditFile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"honorEligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"bars"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"sanctionKind"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CivilServantsQuery, CivilServantsQueryVariables>;
export const CreateCivilServantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCivilServant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCivilServantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCivilServant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateCivilServantMutation, CreateCivilServantMutationVariables>;
export const OpenCreditFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenCreditFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"civilServantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openCreditFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"civilServantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"civilServantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}}]}}]}}]} as unknown as DocumentNode<OpenCreditFileMutation, OpenCreditFileMutationVariables>;
export const ImportCourtDebtorListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportCourtDebtorList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"content"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExchangeFormat"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lineOffset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importCourtDebtorList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"content"},"value":{"kind":"Variable","name":{"kind":"Name","value":"content"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}},{"kind":"Argument","name":{"kind":"Name","value":"commit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commit"}}},{"kind":"Argument","name":{"kind":"Name","value":"lineOffset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lineOffset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"refused"}},{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"params"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyRecorded"}}]}}]}}]}}]} as unknown as DocumentNode<ImportCourtDebtorListMutation, ImportCourtDebtorListMutationVariables>;
export const CreditCheckLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CreditCheckLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"step"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditCheckStep"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditCheckLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}},{"kind":"Argument","name":{"kind":"Name","value":"subjectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"step"},"value":{"kind":"Variable","name":{"kind":"Name","value":"step"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectName"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"activeSeriousCount"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]}}]} as unknown as DocumentNode<CreditCheckLogQuery, CreditCheckLogQueryVariables>;
export const CreditRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CreditRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjectType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SubjectType"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dishonestyOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sortBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditRecordSortField"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sortDirection"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SortDirection"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}},{"kind":"Argument","name":{"kind":"Name","value":"subjectType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjectType"}}},{"kind":"Argument","name":{"kind":"Name","value":"departmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"dishonestyOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dishonestyOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"sortBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sortBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"sortDirection"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sortDirection"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectName"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"publish"}},{"kind":"Field","name":{"kind":"Name","value":"publicityStart"}},{"kind":"Field","name":{"kind":"Name","value":"publicityEnd"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"underObjection"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreditRecordsQuery, CreditRecordsQueryVariables>;
export const CreditExchangeExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CreditExchangeExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ExchangeFormat"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditExchangeExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"more"}}]}}]}}]} as unknown as DocumentNode<CreditExchangeExportQuery, CreditExchangeExportQueryVariables>;
export const RequestObjectionMaterialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestObjectionMaterial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"request"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestObjectionMaterial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"request"},"value":{"kind":"Variable","name":{"kind":"Name","value":"request"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RequestObjectionMaterialMutation, RequestObjectionMaterialMutationVariables>;
export const SupplyObjectionMaterialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SupplyObjectionMaterial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"material"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplyObjectionMaterial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"material"},"value":{"kind":"Variable","name":{"kind":"Name","value":"material"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acceptDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"pausedWorkingDays"}}]}}]}}]} as unknown as DocumentNode<SupplyObjectionMaterialMutation, SupplyObjectionMaterialMutationVariables>;
export const ObjectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Objections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ObjectionStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overdueOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditObjections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"overdueOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overdueOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"filedBy"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"acceptDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"calendarMissing"}},{"kind":"Field","name":{"kind":"Name","value":"materialRequest"}},{"kind":"Field","name":{"kind":"Name","value":"material"}},{"kind":"Field","name":{"kind":"Name","value":"pausedWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"acceptingDepartment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"record"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subjectName"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ObjectionsQuery, ObjectionsQueryVariables>;
export const AcceptObjectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptObjection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptObjection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AcceptObjectionMutation, AcceptObjectionMutationVariables>;
export const DecideObjectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideObjection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ObjectionOutcome"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideObjection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DecideObjectionMutation, DecideObjectionMutationVariables>;
export const OverdueObjectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverdueObjections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdueObjections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"filedBy"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"acceptDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"record"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subjectName"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OverdueObjectionsQuery, OverdueObjectionsQueryVariables>;
export const FileReadLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FileReadLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"readerName"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"civilServantId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditFileReadLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}},{"kind":"Argument","name":{"kind":"Name","value":"readerName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"readerName"}}},{"kind":"Argument","name":{"kind":"Name","value":"civilServantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"civilServantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"readerName"}},{"kind":"Field","name":{"kind":"Name","value":"civilServantId"}},{"kind":"Field","name":{"kind":"Name","value":"civilServant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]} as unknown as DocumentNode<FileReadLogQuery, FileReadLogQueryVariables>;
export const FileObjectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FileObjection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recordId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileObjection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"recordId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recordId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acceptDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDeadline"}}]}}]}}]} as unknown as DocumentNode<FileObjectionMutation, FileObjectionMutationVariables>;
export const ApplyCreditRepairDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyCreditRepair"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recordId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"evidence"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commitmentLetter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyCreditRepair"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"recordId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recordId"}}},{"kind":"Argument","name":{"kind":"Name","value":"evidence"},"value":{"kind":"Variable","name":{"kind":"Name","value":"evidence"}}},{"kind":"Argument","name":{"kind":"Name","value":"commitmentLetter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commitmentLetter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ApplyCreditRepairMutation, ApplyCreditRepairMutationVariables>;
export const CreditRecordHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CreditRecordHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}}]}}]}}]}}]} as unknown as DocumentNode<CreditRecordHistoryQuery, CreditRecordHistoryQueryVariables>;
export const RepairsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Repairs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RepairStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overdueOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditRepairs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"overdueOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overdueOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"record"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subjectName"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"appliedBy"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"calendarMissing"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<RepairsQuery, RepairsQueryVariables>;
export const DecideCreditRepairDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideCreditRepair"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"approved"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideCreditRepair"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"approved"},"value":{"kind":"Variable","name":{"kind":"Name","value":"approved"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DecideCreditRepairMutation, DecideCreditRepairMutationVariables>;
export const IssueCreditReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueCreditReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjectType"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubjectType"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subjectType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjectType"}}},{"kind":"Argument","name":{"kind":"Name","value":"subjectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}}]}}]}}]} as unknown as DocumentNode<IssueCreditReportMutation, IssueCreditReportMutationVariables>;
export const VerifyCreditReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyCreditReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyCreditReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}}]}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"publicityEnd"}},{"kind":"Field","name":{"kind":"Name","value":"underObjection"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recordsOmitted"}},{"kind":"Field","name":{"kind":"Name","value":"repairs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repairsOmitted"}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checksOmitted"}},{"kind":"Field","name":{"kind":"Name","value":"grade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]} as unknown as DocumentNode<VerifyCreditReportQuery, VerifyCreditReportQueryVariables>;
export const SetDebtLimitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetDebtLimit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amount"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Decimal"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDebtLimit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"amount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amount"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]} as unknown as DocumentNode<SetDebtLimitMutation, SetDebtLimitMutationVariables>;
export const SetFiscalResourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetFiscalResources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amount"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Decimal"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setFiscalResources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"amount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amount"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]} as unknown as DocumentNode<SetFiscalResourcesMutation, SetFiscalResourcesMutationVariables>;
export const RecordEmergencyPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordEmergencyPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordEmergencyPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordEmergencyPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordEmergencyPlanMutation, RecordEmergencyPlanMutationVariables>;
export const RecordAccountabilityFindingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAccountabilityFinding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAccountabilityFindingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAccountabilityFinding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordAccountabilityFindingMutation, RecordAccountabilityFindingMutationVariables>;
export const DebtRiskByRegionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DebtRiskByRegion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"debtRisk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"debtBalance"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalResources"}},{"kind":"Field","name":{"kind":"Name","value":"debtLimit"}},{"kind":"Field","name":{"kind":"Name","value":"debtRatio"}},{"kind":"Field","name":{"kind":"Name","value":"debtServiceRatio"}},{"kind":"Field","name":{"kind":"Name","value":"overdueRatio"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"missingEmergencyPlan"}},{"kind":"Field","name":{"kind":"Name","value":"rated"}},{"kind":"Field","name":{"kind":"Name","value":"arrears"}},{"kind":"Field","name":{"kind":"Name","value":"defaultsWithoutIncident"}}]}},{"kind":"Field","name":{"kind":"Name","value":"debtClearance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"planRecorded"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}},{"kind":"Field","name":{"kind":"Name","value":"debtIncidents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<DebtRiskByRegionQuery, DebtRiskByRegionQueryVariables>;
export const SetDebtStockPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetDebtStockPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetDebtStockPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDebtStockPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SetDebtStockPlanMutation, SetDebtStockPlanMutationVariables>;
export const RecordDebtReductionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordDebtReduction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDebtReductionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDebtReduction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordDebtReductionMutation, RecordDebtReductionMutationVariables>;
export const RecordDebtIncidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordDebtIncident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDebtIncidentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDebtIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordDebtIncidentMutation, RecordDebtIncidentMutationVariables>;
export const ResolveDebtIncidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveDebtIncident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveDebtIncidentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveDebtIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ResolveDebtIncidentMutation, ResolveDebtIncidentMutationVariables>;
export const IssueDebtDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueDebt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueDebtInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueDebt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<IssueDebtMutation, IssueDebtMutationVariables>;
export const RecordRepaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordRepayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"instrumentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordRepaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordRepayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"instrumentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"instrumentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingPrincipal"}},{"kind":"Field","name":{"kind":"Name","value":"overdueAmount"}}]}}]}}]} as unknown as DocumentNode<RecordRepaymentMutation, RecordRepaymentMutationVariables>;
export const DebtInstrumentDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DebtInstrumentDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"debtInstrument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"project"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"interest"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repayments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"interest"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}}]}}]}}]} as unknown as DocumentNode<DebtInstrumentDetailQuery, DebtInstrumentDetailQueryVariables>;
export const DebtInstrumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DebtInstruments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DebtKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sortBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DebtInstrumentSortField"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sortDirection"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SortDirection"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"debtInstruments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}},{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"sortBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sortBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"sortDirection"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sortDirection"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"maturesOn"}},{"kind":"Field","name":{"kind":"Name","value":"project"}},{"kind":"Field","name":{"kind":"Name","value":"bondPurpose"}},{"kind":"Field","name":{"kind":"Name","value":"onLendingDocument"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingPrincipal"}},{"kind":"Field","name":{"kind":"Name","value":"overdueAmount"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DebtInstrumentsQuery, DebtInstrumentsQueryVariables>;
export const AdjustRepaymentScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdjustRepaymentSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"instrumentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdjustRepaymentScheduleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjustRepaymentSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"instrumentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"instrumentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"interest"}}]}}]}}]}}]} as unknown as DocumentNode<AdjustRepaymentScheduleMutation, AdjustRepaymentScheduleMutationVariables>;
export const DepartmentDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DepartmentDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"countyWideDomains"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"civilServantCount"}},{"kind":"Field","name":{"kind":"Name","value":"creditFileCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"activeDishonestyRecordCount"}},{"kind":"Field","name":{"kind":"Name","value":"integrityHonorEligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"bars"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdueCommitmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"breachedCommitmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"commitmentFulfilmentRate"}}]}}]}}]} as unknown as DocumentNode<DepartmentDetailQuery, DepartmentDetailQueryVariables>;
export const CreateDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDepartmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateDepartmentMutation, CreateDepartmentMutationVariables>;
export const UpdateDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDepartmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"countyWideDomains"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateDepartmentMutation, UpdateDepartmentMutationVariables>;
export const DepartmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Departments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"countyWideDomains"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DepartmentsQuery, DepartmentsQueryVariables>;
export const EnterprisesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Enterprises"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprises"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentative"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<EnterprisesQuery, EnterprisesQueryVariables>;
export const CreateEnterpriseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEnterprise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEnterpriseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEnterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateEnterpriseMutation, CreateEnterpriseMutationVariables>;
export const UpdateEnterpriseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEnterprise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uscc"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEnterpriseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEnterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uscc"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uscc"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentative"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateEnterpriseMutation, UpdateEnterpriseMutationVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"domains"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateUserMutation, UpdateUserMutationVariables>;
export const UsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"departmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"domains"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const RegionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]} as unknown as DocumentNode<RegionsQuery, RegionsQueryVariables>;
export const DepartmentOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DepartmentOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DepartmentOptionsQuery, DepartmentOptionsQueryVariables>;
export const CreateInvestmentAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateInvestmentAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateInvestmentAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInvestmentAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateInvestmentAgreementMutation, CreateInvestmentAgreementMutationVariables>;
export const UpdateInvestmentAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateInvestmentAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateInvestmentAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateInvestmentAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contactPerson"}},{"kind":"Field","name":{"kind":"Name","value":"investedToDate"}},{"kind":"Field","name":{"kind":"Name","value":"jobsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateInvestmentAgreementMutation, UpdateInvestmentAgreementMutationVariables>;
export const AgreementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Agreements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"townCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"investmentAgreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}},{"kind":"Argument","name":{"kind":"Name","value":"departmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"townCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"townCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"investorUscc"}},{"kind":"Field","name":{"kind":"Name","value":"investorName"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"investedToDate"}},{"kind":"Field","name":{"kind":"Name","value":"jobsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"contactPerson"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"town"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgreementsQuery, AgreementsQueryVariables>;
export const AddCommitmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCommitment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agreementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCommitmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCommitment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agreementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agreementId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AddCommitmentMutation, AddCommitmentMutationVariables>;
export const RecordFulfilmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordFulfilment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commitmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordFulfilmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordFulfilment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"commitmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commitmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilledAmount"}}]}}]}}]} as unknown as DocumentNode<RecordFulfilmentMutation, RecordFulfilmentMutationVariables>;
export const RecordCommitmentBreachDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCommitmentBreach"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"documentNumber"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCommitmentBreach"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}},{"kind":"Argument","name":{"kind":"Name","value":"documentNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"documentNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"breachNote"}},{"kind":"Field","name":{"kind":"Name","value":"breachDocumentNumber"}}]}}]}}]} as unknown as DocumentNode<RecordCommitmentBreachMutation, RecordCommitmentBreachMutationVariables>;
export const WaiveCommitmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WaiveCommitment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WaiveCommitmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waiveCommitment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waiverNote"}}]}}]}}]} as unknown as DocumentNode<WaiveCommitmentMutation, WaiveCommitmentMutationVariables>;
export const CommitmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Commitments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CommitmentStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"departmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilledAmount"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"breachNote"}},{"kind":"Field","name":{"kind":"Name","value":"breachDocumentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"waiverNote"}},{"kind":"Field","name":{"kind":"Name","value":"daysLate"}},{"kind":"Field","name":{"kind":"Name","value":"fairCompetitionReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"reviewBody"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedOn"}},{"kind":"Field","name":{"kind":"Name","value":"conclusion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"investorConsent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommitmentsQuery, CommitmentsQueryVariables>;
export const PoliciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Policies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incentivePolicies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PoliciesQuery, PoliciesQueryVariables>;
export const SubmitPolicyForReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitPolicyForReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitPolicyForReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SubmitPolicyForReviewMutation, SubmitPolicyForReviewMutationVariables>;
export const CreateIncentivePolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateIncentivePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateIncentivePolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createIncentivePolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CreateIncentivePolicyMutation, CreateIncentivePolicyMutationVariables>;
export const UpdateIncentivePolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateIncentivePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateIncentivePolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateIncentivePolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateIncentivePolicyMutation, UpdateIncentivePolicyMutationVariables>;
export const ReviewPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"approved"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"approved"},"value":{"kind":"Variable","name":{"kind":"Name","value":"approved"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}}]}}]}}]} as unknown as DocumentNode<ReviewPolicyMutation, ReviewPolicyMutationVariables>;
export const AwardProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AwardProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bidId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awardProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"bidId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bidId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AwardProjectMutation, AwardProjectMutationVariables>;
export const ProcurementBreachesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProcurementBreaches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"procurementBreaches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}},{"kind":"Argument","name":{"kind":"Name","value":"departmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pppProject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"recordedOn"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProcurementBreachesQuery, ProcurementBreachesQueryVariables>;
export const RecordProcurementBreachDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordProcurementBreach"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordBreachInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordProcurementBreach"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordProcurementBreachMutation, RecordProcurementBreachMutationVariables>;
export const RecordPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"milestoneId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"paidOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amount"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Decimal"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"milestoneId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"milestoneId"}}},{"kind":"Argument","name":{"kind":"Name","value":"paidOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"paidOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"amount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amount"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RecordPaymentMutation, RecordPaymentMutationVariables>;
export const RecordDeliveryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deliveredOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"deliveredOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deliveredOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredOn"}}]}}]}}]} as unknown as DocumentNode<RecordDeliveryMutation, RecordDeliveryMutationVariables>;
export const RecordAcceptanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAcceptance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAcceptanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAcceptance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acceptanceResult"}}]}}]}}]} as unknown as DocumentNode<RecordAcceptanceMutation, RecordAcceptanceMutationVariables>;
export const RecordRedeliveryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordRedelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordRedeliveryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordRedelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordRedeliveryMutation, RecordRedeliveryMutationVariables>;
export const CreateProcurementProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProcurementProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProcurementProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProcurementProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CreateProcurementProjectMutation, CreateProcurementProjectMutationVariables>;
export const LateInterestTotalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LateInterestTotal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purchaserId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lateInterestTotal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"purchaserId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purchaserId"}}}]}]}}]} as unknown as DocumentNode<LateInterestTotalQuery, LateInterestTotalQueryVariables>;
export const LoanPrimeRatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LoanPrimeRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loanPrimeRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"oneYearPercent"}}]}}]}}]} as unknown as DocumentNode<LoanPrimeRatesQuery, LoanPrimeRatesQueryVariables>;
export const RecordLoanPrimeRateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordLoanPrimeRate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordLoanPrimeRateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordLoanPrimeRate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"oneYearPercent"}}]}}]}}]} as unknown as DocumentNode<RecordLoanPrimeRateMutation, RecordLoanPrimeRateMutationVariables>;
export const OverdueMilestonesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverdueMilestones"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purchaserId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdueMilestones"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}},{"kind":"Argument","name":{"kind":"Name","value":"purchaserId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purchaserId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"daysLate"}},{"kind":"Field","name":{"kind":"Name","value":"lateInterest"}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"supplierName"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"purchaser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OverdueMilestonesQuery, OverdueMilestonesQueryVariables>;
export const PppCapacityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PppCapacity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pppFiscalCapacity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generalBudgetExpenditure"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"warningLine"}},{"kind":"Field","name":{"kind":"Name","value":"atWarningLine"}},{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pppObligationsDue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PppCapacityQuery, PppCapacityQueryVariables>;
export const SetPppCapacityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPppCapacity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amount"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Decimal"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPppFiscalCapacity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"generalBudgetExpenditure"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amount"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cap"}}]}}]}}]} as unknown as DocumentNode<SetPppCapacityMutation, SetPppCapacityMutationVariables>;
export const PppProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PppProjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pppProjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}},{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"mechanism"}},{"kind":"Field","name":{"kind":"Name","value":"procurementCompletedOn"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"totalInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"partnerUscc"}},{"kind":"Field","name":{"kind":"Name","value":"partnerName"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"obligations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PppProjectsQuery, PppProjectsQueryVariables>;
export const SelectPppPartnerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SelectPppPartner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerUscc"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"selectPppPartner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"partnerUscc"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerUscc"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnerUscc"}},{"kind":"Field","name":{"kind":"Name","value":"partnerName"}},{"kind":"Field","name":{"kind":"Name","value":"partnerSelectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SelectPppPartnerMutation, SelectPppPartnerMutationVariables>;
export const CreatePppDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePpp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePppProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPppProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreatePppMutation, CreatePppMutationVariables>;
export const AddPppObligationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddPppObligation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amount"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Decimal"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addPppObligation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"amount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amount"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AddPppObligationMutation, AddPppObligationMutationVariables>;
export const AdvancePppPhaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdvancePppPhase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phase"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PppPhase"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"advancePppPhase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"phase"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phase"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AdvancePppPhaseMutation, AdvancePppPhaseMutationVariables>;
export const PayPppObligationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PayPppObligation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amount"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Decimal"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"paidOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payPppObligation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"amount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amount"}}},{"kind":"Argument","name":{"kind":"Name","value":"paidOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"paidOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"paidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PayPppObligationMutation, PayPppObligationMutationVariables>;
export const RecordPppProcurementCompletionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPppProcurementCompletion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"completedOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPppProcurementCompletion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"completedOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"completedOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"procurementCompletedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RecordPppProcurementCompletionMutation, RecordPppProcurementCompletionMutationVariables>;
export const ProcurementProjectDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProcurementProjectDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"procurementProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ocid"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"methodName"}},{"kind":"Field","name":{"kind":"Name","value":"nonOpenApproval"}},{"kind":"Field","name":{"kind":"Name","value":"purchaser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"byUser"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bids"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"supplierUscc"}},{"kind":"Field","name":{"kind":"Name","value":"supplierName"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refusedBids"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"supplierUscc"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"supplierName"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"supplierSize"}},{"kind":"Field","name":{"kind":"Name","value":"lateRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"acceptancePeriodDays"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredOn"}},{"kind":"Field","name":{"kind":"Name","value":"acceptances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"redeliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"redeliveredOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"agreedDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueBasis"}},{"kind":"Field","name":{"kind":"Name","value":"termDays"}},{"kind":"Field","name":{"kind":"Name","value":"lateInterest"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"daysLate"}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProcurementProjectDetailQuery, ProcurementProjectDetailQueryVariables>;
export const ProcurementProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProcurementProjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProcurementStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purchaserId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProcurementCategory"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"method"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProcurementMethod"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sortBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProcurementProjectSortField"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sortDirection"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SortDirection"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"procurementProjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"purchaserId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purchaserId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}},{"kind":"Argument","name":{"kind":"Name","value":"method"},"value":{"kind":"Variable","name":{"kind":"Name","value":"method"}}},{"kind":"Argument","name":{"kind":"Name","value":"sortBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sortBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"sortDirection"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sortDirection"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ocid"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"purchaser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProcurementProjectsQuery, ProcurementProjectsQueryVariables>;
export const TransitionProcurementProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransitionProcurementProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProcurementStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionProcurementProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}}]}}]}}]} as unknown as DocumentNode<TransitionProcurementProjectMutation, TransitionProcurementProjectMutationVariables>;
export const SignContractDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignContract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignContractInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SignContractMutation, SignContractMutationVariables>;
export const SubmitBidDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitBid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"supplierUscc"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amount"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Decimal"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitBid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"supplierUscc"},"value":{"kind":"Variable","name":{"kind":"Name","value":"supplierUscc"}}},{"kind":"Argument","name":{"kind":"Name","value":"amount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amount"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SubmitBidMutation, SubmitBidMutationVariables>;
export const ProjectOcdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectOcds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"procurementProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ocid"}},{"kind":"Field","name":{"kind":"Name","value":"ocdsRelease"}}]}}]}}]} as unknown as DocumentNode<ProjectOcdsQuery, ProjectOcdsQueryVariables>;
export const StartEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<StartEvaluationMutation, StartEvaluationMutationVariables>;
export const FileEvaluationFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FileEvaluationFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resultId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileEvaluationFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"resultId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resultId"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FileEvaluationFeedbackMutation, FileEvaluationFeedbackMutationVariables>;
export const DecideEvaluationFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideEvaluationFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"adjustedScore"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideEvaluationFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"adjustedScore"},"value":{"kind":"Variable","name":{"kind":"Name","value":"adjustedScore"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}}]}}]}}]} as unknown as DocumentNode<DecideEvaluationFeedbackMutation, DecideEvaluationFeedbackMutationVariables>;
export const FinalizeEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FinalizeEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finalizeEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<FinalizeEvaluationMutation, FinalizeEvaluationMutationVariables>;
export const PublishEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PublishEvaluationMutation, PublishEvaluationMutationVariables>;
export const EvaluationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Evaluations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<EvaluationsQuery, EvaluationsQueryVariables>;
export const EvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Evaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ruleVersion"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"finalizedOn"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"finalScore"}},{"kind":"Field","name":{"kind":"Name","value":"finalGrade"}},{"kind":"Field","name":{"kind":"Name","value":"deductions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EvaluationQuery, EvaluationQueryVariables>;
export const EvaluationScoresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvaluationScores"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finalScore"}}]}}]}}]}}]} as unknown as DocumentNode<EvaluationScoresQuery, EvaluationScoresQueryVariables>;
export const ScoringRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScoringRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoringRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"grades"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"A"}},{"kind":"Field","name":{"kind":"Name","value":"B"}},{"kind":"Field","name":{"kind":"Name","value":"C"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"per"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoringRuleHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]} as unknown as DocumentNode<ScoringRulesQuery, ScoringRulesQueryVariables>;
export const PublishScoringRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishScoringRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScoringRulesInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishScoringRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<PublishScoringRulesMutation, PublishScoringRulesMutationVariables>;
export const PlanTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}},{"kind":"Argument","name":{"kind":"Name","value":"departmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"leadDepartments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cooperatingDepartments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherLeadUnits"}},{"kind":"Field","name":{"kind":"Name","value":"otherCooperatingUnits"}},{"kind":"Field","name":{"kind":"Name","value":"reportLines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlanTasksQuery, PlanTasksQueryVariables>;
export const ReportTaskProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportTaskProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportTaskProgressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportTaskProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ReportTaskProgressMutation, ReportTaskProgressMutationVariables>;
export const InspectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Inspections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}},{"kind":"Argument","name":{"kind":"Name","value":"departmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"inspectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"rectification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InspectionsQuery, InspectionsQueryVariables>;
export const OrderRectificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrderRectification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderRectificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderRectification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<OrderRectificationMutation, OrderRectificationMutationVariables>;
export const ReportRectificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportRectification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportRectificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportRectification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"report"}}]}}]}}]} as unknown as DocumentNode<ReportRectificationMutation, ReportRectificationMutationVariables>;
export const DecideRectificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideRectification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accepted"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideRectification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"accepted"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accepted"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}}]}}]}}]} as unknown as DocumentNode<DecideRectificationMutation, DecideRectificationMutationVariables>;
export const RecordInspectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordInspection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordInspectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordInspection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordInspectionMutation, RecordInspectionMutationVariables>;
export const RectificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Rectifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RectificationStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rectifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"departmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"report"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"overdueOn"}},{"kind":"Field","name":{"kind":"Name","value":"orderedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RectificationsQuery, RectificationsQueryVariables>;
export const IntegrityWarningsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IntegrityWarnings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WarningKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WarningStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"integrityWarnings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"departmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"ackNote"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IntegrityWarningsQuery, IntegrityWarningsQueryVariables>;
export const AcknowledgeWarningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeWarning"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeWarning"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ackNote"}}]}}]}}]} as unknown as DocumentNode<AcknowledgeWarningMutation, AcknowledgeWarningMutationVariables>;
export const DeliveryBacklogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeliveryBacklog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"procurementOutbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"undelivered"}},{"kind":"Field","name":{"kind":"Name","value":"failing"}},{"kind":"Field","name":{"kind":"Name","value":"heldBack"}},{"kind":"Field","name":{"kind":"Name","value":"oldestSince"}},{"kind":"Field","name":{"kind":"Name","value":"nextRetryAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastDeliveredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"investmentOutbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"undelivered"}},{"kind":"Field","name":{"kind":"Name","value":"failing"}},{"kind":"Field","name":{"kind":"Name","value":"heldBack"}},{"kind":"Field","name":{"kind":"Name","value":"oldestSince"}},{"kind":"Field","name":{"kind":"Name","value":"nextRetryAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastDeliveredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisionOutbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"undelivered"}},{"kind":"Field","name":{"kind":"Name","value":"failing"}},{"kind":"Field","name":{"kind":"Name","value":"heldBack"}},{"kind":"Field","name":{"kind":"Name","value":"oldestSince"}},{"kind":"Field","name":{"kind":"Name","value":"nextRetryAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastDeliveredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseworkOutbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"undelivered"}},{"kind":"Field","name":{"kind":"Name","value":"failing"}},{"kind":"Field","name":{"kind":"Name","value":"heldBack"}},{"kind":"Field","name":{"kind":"Name","value":"oldestSince"}},{"kind":"Field","name":{"kind":"Name","value":"nextRetryAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastDeliveredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditOutbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"undelivered"}},{"kind":"Field","name":{"kind":"Name","value":"failing"}},{"kind":"Field","name":{"kind":"Name","value":"heldBack"}},{"kind":"Field","name":{"kind":"Name","value":"oldestSince"}},{"kind":"Field","name":{"kind":"Name","value":"nextRetryAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastDeliveredAt"}}]}}]}}]} as unknown as DocumentNode<DeliveryBacklogQuery, DeliveryBacklogQueryVariables>;