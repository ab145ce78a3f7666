// The authorization matrix: for every mutation of the supergraph, who may call it. Everyone not listed
// gets FORBIDDEN and the anonymous get UNAUTHENTICATED, whatever the input; a listed caller is let
// through to input validation and the object-level checks (own department, own town). A mutation
// without an entry here fails authorization-matrix.int.test.ts.

/** The demo users (packages/demo-data), an officer of another department, and no token. */
export const CALLERS = [
  'admin',
  'leader',
  'supervisor',
  'rsj',
  'fgj',
  'czj',
  'jxj',
  'hgz',
  'xfj',
  'otherOfficer',
  'anonymous',
] as const;
export type CallerKey = (typeof CALLERS)[number];

/**
 * `otherOfficer`: an officer of a town government (not one of the demo departments' towns) holding
 * every domain but acting county-wide in none, so county-wide operations refuse them.
 */
export const OTHER_OFFICER = {
  /** A town government no demo user belongs to (黄冈镇 is hgz's). */
  town: '饶洋镇',
  domains: ['CREDIT', 'PROCUREMENT', 'INVESTMENT', 'DEBT', 'SUPERVISION', 'CASEWORK'] as const,
};

const EVERYONE: readonly CallerKey[] = CALLERS;
const SIGNED_IN: readonly CallerKey[] = CALLERS.filter((c) => c !== 'anonymous');
const OFFICERS: readonly CallerKey[] = ['rsj', 'fgj', 'czj', 'jxj', 'hgz', 'xfj', 'otherOfficer'];
const ADMIN: readonly CallerKey[] = ['admin'];
const SUPERVISOR: readonly CallerKey[] = ['supervisor'];
/** Officers of the domain, whichever department: the service then checks the department. */
const CREDIT_OFFICERS: readonly CallerKey[] = ['rsj', 'fgj', 'otherOfficer'];
const PROCUREMENT_OFFICERS: readonly CallerKey[] = ['fgj', 'czj', 'otherOfficer'];
const INVESTMENT_OFFICERS: readonly CallerKey[] = ['jxj', 'hgz', 'otherOfficer'];
/** Officers of departments acting county-wide in the domain (县人社局, 县发改局, 县财政局, 县工信局). */
const CREDIT_COUNTY_WIDE: readonly CallerKey[] = ['rsj', 'fgj'];
const PROCUREMENT_COUNTY_WIDE: readonly CallerKey[] = ['fgj', 'czj'];
const INVESTMENT_COUNTY_WIDE: readonly CallerKey[] = ['jxj'];
const DEBT_COUNTY_WIDE: readonly CallerKey[] = ['czj'];
/** 县信访局 (县政务服务数据管理局 too, but no demo user of it writes casework). */
const CASEWORK_COUNTY_WIDE: readonly CallerKey[] = ['xfj'];
const CASEWORK_OFFICERS: readonly CallerKey[] = ['xfj', 'otherOfficer'];

export const MATRIX: Record<string, readonly CallerKey[]> = {
  // directory
  login: EVERYONE,
  logout: SIGNED_IN,
  createDepartment: ADMIN,
  updateDepartment: ADMIN,
  createEnterprise: ADMIN,
  updateEnterprise: ADMIN,
  createUser: ADMIN,
  updateUser: ADMIN,
  // credit
  setCalendarDay: ADMIN,
  loadWorkingCalendar: ADMIN,
  createCivilServant: CREDIT_OFFICERS,
  openCreditFile: CREDIT_OFFICERS,
  addCreditRecord: CREDIT_OFFICERS,
  // other subgraphs' outboxes only, with their service credential: no user at all
  recordFromSource: [],
  recordSourceCured: [],
  recordSourceWithdrawn: [],
  importCourtDebtorList: CREDIT_COUNTY_WIDE,
  checkCreditAt: [],
  // every signed-in user may have a report on their own department; whom else is the service's object rule
  creditReport: SIGNED_IN,
  recordEvaluationGrade: [],
  // credit's outbox only (a calendar change), in casework, supervision and credit's own second look
  recountCaseDeadlines: [],
  recountFeedbackDeadlines: [],
  recountCreditDeadlines: [],
  // any officer: the service then requires the record's own department or county-wide CREDIT
  fileObjection: OFFICERS,
  supplyObjectionMaterial: OFFICERS,
  requestObjectionMaterial: CREDIT_COUNTY_WIDE,
  applyCreditRepair: CREDIT_OFFICERS,
  acceptObjection: CREDIT_COUNTY_WIDE,
  decideObjection: CREDIT_COUNTY_WIDE,
  // the service then requires the recording department (谁认定谁修复) or, failing one, county-wide CREDIT
  decideCreditRepair: CREDIT_OFFICERS,
  // procurement
  createProcurementProject: PROCUREMENT_OFFICERS,
  transitionProcurementProject: PROCUREMENT_OFFICERS,
  submitBid: PROCUREMENT_OFFICERS,
  awardProject: PROCUREMENT_OFFICERS,
  signContract: PROCUREMENT_OFFICERS,
  recordPayment: PROCUREMENT_OFFICERS,
  recordAcceptance: PROCUREMENT_OFFICERS,
  recordDelivery: PROCUREMENT_OFFICERS,
  recordRedelivery: PROCUREMENT_OFFICERS,
  recordLoanPrimeRate: PROCUREMENT_COUNTY_WIDE,
  recordProcurementBreach: PROCUREMENT_OFFICERS,
  createPppProject: PROCUREMENT_OFFICERS,
  advancePppPhase: PROCUREMENT_OFFICERS,
  selectPppPartner: PROCUREMENT_OFFICERS,
  recordPppProcurementCompletion: PROCUREMENT_OFFICERS,
  addPppObligation: PROCUREMENT_OFFICERS,
  payPppObligation: PROCUREMENT_OFFICERS,
  setPppFiscalCapacity: PROCUREMENT_COUNTY_WIDE,
  // investment
  createIncentivePolicy: INVESTMENT_OFFICERS,
  updateIncentivePolicy: INVESTMENT_OFFICERS,
  submitPolicyForReview: INVESTMENT_OFFICERS,
  reviewPolicy: INVESTMENT_COUNTY_WIDE,
  createInvestmentAgreement: INVESTMENT_OFFICERS,
  updateInvestmentAgreement: INVESTMENT_OFFICERS,
  addCommitment: INVESTMENT_OFFICERS,
  recordFulfilment: INVESTMENT_OFFICERS,
  recordCommitmentBreach: INVESTMENT_OFFICERS,
  waiveCommitment: INVESTMENT_OFFICERS,
  // debt
  issueDebt: DEBT_COUNTY_WIDE,
  recordRepayment: DEBT_COUNTY_WIDE,
  adjustRepaymentSchedule: DEBT_COUNTY_WIDE,
  setDebtLimit: DEBT_COUNTY_WIDE,
  setFiscalResources: DEBT_COUNTY_WIDE,
  recordEmergencyPlan: DEBT_COUNTY_WIDE,
  setDebtStockPlan: DEBT_COUNTY_WIDE,
  recordDebtReduction: DEBT_COUNTY_WIDE,
  recordDebtIncident: DEBT_COUNTY_WIDE,
  resolveDebtIncident: DEBT_COUNTY_WIDE,
  recordAccountabilityFinding: SUPERVISOR,
  // supervision
  publishScoringRules: ['supervisor', 'fgj'],
  reportTaskProgress: OFFICERS,
  orderRectification: ['supervisor', 'fgj'],
  reportRectification: OFFICERS,
  decideRectification: ['supervisor', 'fgj'],
  recordInspection: ['supervisor', 'fgj'],
  acknowledgeWarning: [...OFFICERS, 'supervisor', 'admin'],
  startEvaluation: ['supervisor', 'fgj'],
  fileEvaluationFeedback: OFFICERS,
  decideEvaluationFeedback: ['supervisor', 'fgj'],
  finalizeEvaluation: ['supervisor', 'fgj'],
  publishEvaluation: ['supervisor', 'fgj'],
  // casework: the public files and rates complaints without an account
  fileComplaint: EVERYONE,
  rateComplaintReply: EVERYONE,
  registerCase: CASEWORK_COUNTY_WIDE,
  triageCase: CASEWORK_COUNTY_WIDE,
  assignCase: CASEWORK_COUNTY_WIDE,
  replyCase: CASEWORK_OFFICERS,
  closeCase: CASEWORK_COUNTY_WIDE,
  extendCase: CASEWORK_COUNTY_WIDE,
  recordJudgment: CASEWORK_OFFICERS,
  recordJudgmentFulfilment: CASEWORK_OFFICERS,
  markJudgmentDebtorListed: CASEWORK_COUNTY_WIDE,
  recordCourtAppearance: CASEWORK_OFFICERS,
  publishCaseDeadlineRule: CASEWORK_COUNTY_WIDE,
};

export type Expected = 'allowed' | 'FORBIDDEN' | 'UNAUTHENTICATED';

/** What a caller should get from an operation, given who its table lets call it. */
export function expectedOutcome(allowed: readonly CallerKey[], caller: CallerKey): Expected {
  if (allowed.includes(caller)) return 'allowed';
  return caller === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
}
