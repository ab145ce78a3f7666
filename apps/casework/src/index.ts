import 'reflect-metadata';
import {
  calendarRecountResolver,
  checkEncryptionKey,
  CREDIT_CURE_TOPIC,
  CREDIT_RECORD_TOPIC,
  defineSubgraph,
  deliverCreditCure,
  deliverCreditRecord,
} from '@integrity/subgraph-kit';
import { CaseEntity, CoHandlerEntity } from './case/case.entity.js';
import { CaseResolver } from './case/case.resolver.js';
import { CaseComplaintResolver } from './complaint/case-complaint.resolver.js';
import { ComplaintEntity } from './complaint/complaint.entity.js';
import { ComplaintResolver } from './complaint/complaint.resolver.js';
import { DeadlineRuleEntity } from './deadline/deadline-rule.entity.js';
import { recountCaseDeadlines } from './deadline/case-recount.js';
import { DeadlineRuleResolver } from './deadline/deadline-rule.resolver.js';
import { departmentReference } from './department/department.reference.js';
import { DepartmentCaseFiguresResolver } from './department/department-figures.resolver.js';
import { CaseworkInitial1732406400700 } from './migrations/1732406400700-casework-initial.js';
import { Complaint1732406400710 } from './migrations/1732406400710-complaint.js';
import { Judicial1732406400720 } from './migrations/1732406400720-judicial.js';
import { ComplaintClaim1732406400730 } from './migrations/1732406400730-complaint-claim.js';
import { ComplaintClaimEntity } from './complaint/complaint-claim.entity.js';
import { ComplaintLane1732406400740 } from './migrations/1732406400740-complaint-lane.js';
import { CourtAppearanceOnce1732406400750 } from './migrations/1732406400750-court-appearance-once.js';
import { CourtCaseNumbers1732406400760 } from './migrations/1732406400760-court-case-numbers.js';
import { ComplaintLaneEntity } from './complaint/complaint-lane.entity.js';
import { CourtAppearanceEntity } from './hearing/court-appearance.entity.js';
import { CourtAppearanceResolver } from './hearing/court-appearance.resolver.js';
import { JudgmentEntity, JudgmentFulfilmentEntity } from './judgment/judgment.entity.js';
import { JudgmentResolver } from './judgment/judgment.resolver.js';
import { seedCasework } from './seed/demo.seed.js';
import { calendarRecountJob } from './deadline/calendar-recount.job.js';

/**
 * casework: complaints (also from the public), petitions, hotline items, NPC/CPPCC items, judicial and
 * procuratorial recommendations; judgments against county bodies and court appearances.
 */
export const subgraph = defineSubgraph({
  name: 'casework',
  port: 4007,
  resolvers: [
    CaseResolver,
    CaseComplaintResolver,
    ComplaintResolver,
    DeadlineRuleResolver,
    calendarRecountResolver(
      'recountCaseDeadlines',
      'The county calendar changed: the open cases whose deadlines were counted over the changed days, or flagged calendarMissing, are counted again; returns how many moved.',
      (ctx, change) => recountCaseDeadlines(ctx, ctx, { change }, change.cause),
    ),
    DepartmentCaseFiguresResolver,
    JudgmentResolver,
    CourtAppearanceResolver,
  ],
  references: { ...departmentReference },
  entities: [
    DeadlineRuleEntity,
    CaseEntity,
    CoHandlerEntity,
    ComplaintEntity,
    ComplaintClaimEntity,
    ComplaintLaneEntity,
    JudgmentEntity,
    JudgmentFulfilmentEntity,
    CourtAppearanceEntity,
  ],
  migrations: [
    CaseworkInitial1732406400700,
    Complaint1732406400710,
    Judicial1732406400720,
    ComplaintClaim1732406400730,
    ComplaintLane1732406400740,
    CourtAppearanceOnce1732406400750,
    CourtCaseNumbers1732406400760,
  ],
  // a listed judgment debtor's record reaches credit exactly once
  outbox: { [CREDIT_RECORD_TOPIC]: deliverCreditRecord, [CREDIT_CURE_TOPIC]: deliverCreditCure },
  // deadlines counted before their year's calendar was loaded are counted again once it is
  schedules: [calendarRecountJob],
  seed: seedCasework,
  // complainants' contacts are encrypted at rest: no key, no start
  preflight: checkEncryptionKey,
});
export { closeComplaintLimits } from './complaint/complaint-limit.js';
// for the scale generator (apps/gateway/scale): cases as the subgraph would write them, by its own rules
export { hashAccessCode } from './complaint/access-code.js';
export { contacts } from './complaint/complaint.service.js';
export {
  complaintTitle,
  DUPLICATE_POLICY,
  fingerprintOf,
  newTrackingNumber,
  similarity,
} from './complaint/complaint-rules.js';
export { caseDeadlines } from './deadline/case-deadlines.js';
export { DEFAULT_DEADLINE_RULES, ruleInForce } from './deadline/deadline-rules.js';
