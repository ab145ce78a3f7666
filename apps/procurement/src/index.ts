import 'reflect-metadata';
import {
  CREDIT_CURE_TOPIC,
  CREDIT_RECORD_TOPIC,
  CREDIT_WITHDRAW_TOPIC,
  defineSubgraph,
  deliverCreditCure,
  deliverCreditRecord,
  deliverCreditWithdrawal,
} from '@integrity/subgraph-kit';
import { overduePaymentJob } from './breach/overdue-payment.job.js';
import { unpaidPppJob } from './breach/unpaid-ppp.job.js';
import { BidEntity, RefusedBidEntity } from './bid/bid.entity.js';
import { BreachEntity, ContractEntity, MilestoneEntity } from './contract/contract.entity.js';
import { BreachResolver } from './breach/breach.resolver.js';
import { ContractResolver } from './contract/contract.resolver.js';
import { AcceptanceResolver } from './contract/acceptance.resolver.js';
import { AcceptanceAttemptEntity } from './contract/acceptance.entity.js';
import { LateInterestResolver } from './department/late-interest.resolver.js';
import { departmentReference, DepartmentProcurementResolver } from './department/department.resolver.js';
import { ProcurementInitial1732406400300 } from './migrations/1732406400300-procurement-initial.js';
import { OverdueRecordWithdrawals1732406400420 } from './migrations/1732406400420-overdue-record-withdrawals.js';
import { Redelivery1732406400430 } from './migrations/1732406400430-redelivery.js';
import { NonOpenApproval1732406400440 } from './migrations/1732406400440-non-open-approval.js';
import { ProjectFilterIndexes1732406400450 } from './migrations/1732406400450-project-filter-indexes.js';
import { BreachDocument1732406400460 } from './migrations/1732406400460-breach-document.js';
import { RedeliveryEntity } from './contract/redelivery.entity.js';
import { PppPartner1732406400310 } from './migrations/1732406400310-ppp-partner.js';
import { MilestonePayment1732406400320 } from './migrations/1732406400320-milestone-payment.js';
import { PppMechanism1732406400330 } from './migrations/1732406400330-ppp-mechanism.js';
import { PppPayment1732406400340 } from './migrations/1732406400340-ppp-payment.js';
import { SmePaymentTerms1732406400350 } from './migrations/1732406400350-sme-payment-terms.js';
import { PppPaymentEntity } from './ppp/ppp-payment.entity.js';
import { PppObligationResolver } from './ppp/ppp-obligation.resolver.js';
import { PppPartnerResolver } from './ppp/ppp-partner.resolver.js';
import { MilestonePaymentEntity } from './contract/milestone-payment.entity.js';
import { MilestoneResolver } from './contract/milestone.resolver.js';
import { ocdsChunkSize, publishedReleases } from './ocds/ocds.service.js';
import { streamPackage } from './ocds/package-stream.js';
import { FiscalCapacityEntity, PppObligationEntity, PppProjectEntity } from './ppp/ppp.entity.js';
import { PppResolver } from './ppp/ppp.resolver.js';
import { ProjectEntity, StatusChangeEntity } from './project/project.entity.js';
import { ProjectResolver } from './project/project.resolver.js';
import { seedProcurement } from './seed/demo.seed.js';
import { LprPublicationEntity } from './lpr/lpr.entity.js';
import { LprResolver } from './lpr/lpr.resolver.js';
import { LprPublication1732406400360 } from './migrations/1732406400360-lpr-publication.js';
import { AcceptancePeriod1732406400370 } from './migrations/1732406400370-acceptance-period.js';
import { PppProcurementCompleted1732406400380 } from './migrations/1732406400380-ppp-procurement-completed.js';
import { AcceptanceAttempt1732406400390 } from './migrations/1732406400390-acceptance-attempt.js';
import { ProjectCreatedIndex1732406400400 } from './migrations/1732406400400-project-created-index.js';
import { ProjectSortIndexes1732406400410 } from './migrations/1732406400410-project-sort-indexes.js';

/** The overdue-payment sweep, for operators and tests that cannot wait for its next run. */
export { recordOverduePayments } from './breach/overdue-payment.job.js';
export { recordUnpaidPppObligations } from './breach/unpaid-ppp.job.js';
export { overduePaymentMessage, pppObligationMessage } from './breach/breach-records.js';

export const OCDS_PACKAGE_PATH = '/ocds/release-package.json';

/** procurement: projects and their lifecycle, credit-checked bids, contracts and payments, PPP, OCDS export. */
export const subgraph = defineSubgraph({
  name: 'procurement',
  port: 4003,
  resolvers: [
    ProjectResolver,
    ContractResolver,
    AcceptanceResolver,
    MilestoneResolver,
    PppResolver,
    PppPartnerResolver,
    PppObligationResolver,
    DepartmentProcurementResolver,
    BreachResolver,
    LprResolver,
    LateInterestResolver,
  ],
  references: { ...departmentReference },
  entities: [
    ProjectEntity,
    StatusChangeEntity,
    BidEntity,
    RefusedBidEntity,
    ContractEntity,
    MilestoneEntity,
    MilestonePaymentEntity,
    AcceptanceAttemptEntity,
    RedeliveryEntity,
    BreachEntity,
    PppProjectEntity,
    PppObligationEntity,
    PppPaymentEntity,
    FiscalCapacityEntity,
    LprPublicationEntity,
  ],
  migrations: [
    ProcurementInitial1732406400300,
    PppPartner1732406400310,
    MilestonePayment1732406400320,
    PppMechanism1732406400330,
    PppPayment1732406400340,
    SmePaymentTerms1732406400350,
    LprPublication1732406400360,
    AcceptancePeriod1732406400370,
    PppProcurementCompleted1732406400380,
    AcceptanceAttempt1732406400390,
    ProjectCreatedIndex1732406400400,
    ProjectSortIndexes1732406400410,
    OverdueRecordWithdrawals1732406400420,
    Redelivery1732406400430,
    NonOpenApproval1732406400440,
    ProjectFilterIndexes1732406400450,
    BreachDocument1732406400460,
  ],
  // open data: published processes as an OCDS release package, no login (the gateway passes it through)
  httpRoutes: (app, { dataSource, log }) => {
    // streamed chunk by chunk: a province's package is never held in memory whole
    app.get(OCDS_PACKAGE_PATH, (_req, res) => streamPackage(res, publishedReleases(dataSource, ocdsChunkSize()), log));
  },
  publicHttpPaths: [OCDS_PACKAGE_PATH],
  // breaches and overdue supplier payments become the purchaser's records in credit, through the outbox
  // …and when they are paid in full afterwards, the cure
  outbox: {
    [CREDIT_RECORD_TOPIC]: deliverCreditRecord,
    [CREDIT_CURE_TOPIC]: deliverCreditCure,
    [CREDIT_WITHDRAW_TOPIC]: deliverCreditWithdrawal,
  },
  schedules: [overduePaymentJob, unpaidPppJob],
  seed: seedProcurement,
});
