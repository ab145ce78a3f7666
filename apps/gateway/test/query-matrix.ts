// The authorization matrix of reads: for every query of the supergraph, who may call it, written from the
// product's access rules (docs/SECURITY.md), not from the resolvers' declarations, so that a declaration
// that drifts is caught. Everyone not listed gets FORBIDDEN and the anonymous UNAUTHENTICATED, whatever the
// input; a listed caller is let through to the services' object-level filters (an officer sees their own
// department's cases; row-scope.ts checks what those filters give). A query without an entry here fails
// authorization-matrix.int.test.ts.
import { CALLERS, type CallerKey } from './authorization-matrix.js';

const EVERYONE: readonly CallerKey[] = CALLERS;
const SIGNED_IN: readonly CallerKey[] = CALLERS.filter((c) => c !== 'anonymous');
/** Leaders, supervisors and administrators read every domain (rules' canRead). */
const OVERSEERS: readonly CallerKey[] = ['admin', 'leader', 'supervisor'];
/** Readers of a domain: the overseers and the officers working in it (otherOfficer holds every domain). */
const readers = (...officers: CallerKey[]): readonly CallerKey[] => [...OVERSEERS, ...officers, 'otherOfficer'];
const CREDIT_READERS = readers('rsj', 'fgj');
const PROCUREMENT_READERS = readers('fgj', 'czj');
const INVESTMENT_READERS = readers('jxj', 'hgz');
const DEBT_READERS = readers('czj');
/** Whose work embeds a credit check: credit's readers and the procurement and investment officers. */
const CREDIT_CHECKERS: readonly CallerKey[] = [...new Set([...CREDIT_READERS, 'czj', 'jxj', 'hgz'] as CallerKey[])];
/** Who reads what every change did, and who read whose credit file: the supervisors and administrators. */
const AUDITORS: readonly CallerKey[] = ['admin', 'supervisor'];

export const QUERY_MATRIX: Record<string, readonly CallerKey[]> = {
  // directory: the departments, regions and enterprises are public facts; the accounts are the administrators'
  me: EVERYONE,
  department: EVERYONE,
  departments: EVERYONE,
  enterprise: EVERYONE,
  enterprises: EVERYONE,
  region: EVERYONE,
  regions: EVERYONE,
  staffNames: SIGNED_IN,
  users: ['admin'],
  user: ['admin'],
  directoryAuditTrail: AUDITORS,
  // credit
  workingCalendar: SIGNED_IN,
  workingCalendarYear: SIGNED_IN,
  creditCheck: CREDIT_CHECKERS,
  creditCheckLog: CREDIT_CHECKERS,
  civilServant: CREDIT_READERS,
  civilServants: CREDIT_READERS,
  creditCoverage: CREDIT_READERS,
  creditRecord: CREDIT_READERS,
  creditRecords: CREDIT_READERS,
  creditObjections: CREDIT_READERS,
  creditRepairs: CREDIT_READERS,
  overdueObjections: OVERSEERS,
  overdueRepairs: OVERSEERS,
  creditFileReadLog: AUDITORS,
  // the exchange file goes to the platforms from the county-wide credit departments only
  creditExchangeExport: ['rsj', 'fgj'],
  // the public disclosure and the check of a report's seal need no account
  publicDishonestyRecords: EVERYONE,
  verifyCreditReport: EVERYONE,
  creditAuditTrail: AUDITORS,
  // what a subgraph has not yet delivered to the others: the administrators' to watch
  creditOutbox: ['admin'],
  // procurement
  procurementProject: PROCUREMENT_READERS,
  procurementProjects: PROCUREMENT_READERS,
  procurementBreaches: PROCUREMENT_READERS,
  overduePayments: PROCUREMENT_READERS,
  overdueMilestones: PROCUREMENT_READERS,
  lateInterestTotal: PROCUREMENT_READERS,
  pppProjects: PROCUREMENT_READERS,
  pppObligationsDue: PROCUREMENT_READERS,
  pppFiscalCapacity: PROCUREMENT_READERS,
  loanPrimeRates: SIGNED_IN,
  procurementAuditTrail: AUDITORS,
  procurementOutbox: ['admin'],
  // investment
  investmentAgreement: INVESTMENT_READERS,
  investmentAgreements: INVESTMENT_READERS,
  commitment: INVESTMENT_READERS,
  commitments: INVESTMENT_READERS,
  commitmentsDueSoon: INVESTMENT_READERS,
  incentivePolicy: INVESTMENT_READERS,
  incentivePolicies: INVESTMENT_READERS,
  investmentAuditTrail: AUDITORS,
  investmentOutbox: ['admin'],
  // debt
  debtInstrument: DEBT_READERS,
  debtInstruments: DEBT_READERS,
  debtLimits: DEBT_READERS,
  fiscalResourceRecords: DEBT_READERS,
  debtAuditTrail: AUDITORS,
  // supervision: every department reads its own tasks, warnings and rectifications (the service filters);
  // the published ratings are public
  planTasks: SIGNED_IN,
  evaluations: SIGNED_IN,
  evaluation: SIGNED_IN,
  integrityWarnings: SIGNED_IN,
  integrityWarningCounts: SIGNED_IN,
  inspections: SIGNED_IN,
  rectifications: SIGNED_IN,
  rectification: SIGNED_IN,
  scoringRules: SIGNED_IN,
  scoringRuleHistory: SIGNED_IN,
  publicIntegrityRatings: EVERYONE,
  publicIntegrityRatingYears: EVERYONE,
  supervisionAuditTrail: AUDITORS,
  supervisionOutbox: ['admin'],
  // casework: a complainant follows their complaint by its number and code, without an account
  complaintStatus: EVERYONE,
  cases: SIGNED_IN,
  case: SIGNED_IN,
  caseDeadlineRules: SIGNED_IN,
  judgments: SIGNED_IN,
  courtAppearances: SIGNED_IN,
  caseworkAuditTrail: AUDITORS,
  caseworkOutbox: ['admin'],
};
