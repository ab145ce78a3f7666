import 'reflect-metadata';
import { CREDIT_RECORD_TOPIC, defineSubgraph, deliverCreditRecord } from '@integrity/subgraph-kit';
import { AgreementEntity } from './agreement/agreement.entity.js';
import { AgreementResolver } from './agreement/agreement.resolver.js';
import { CommitmentEntity, FulfilmentEntity } from './commitment/commitment.entity.js';
import { AgreementCommitmentsResolver, CommitmentResolver } from './commitment/commitment.resolver.js';
import { departmentReference } from './department/department.reference.js';
import { DepartmentInvestmentResolver } from './department/department.resolver.js';
import { InvestmentInitial1732406400400 } from './migrations/1732406400400-investment-initial.js';
import { CommitmentReviewConsent1732406400410 } from './migrations/1732406400410-commitment-review-consent.js';
import { CommitmentDueIndex1732406400420 } from './migrations/1732406400420-commitment-due-index.js';
import { AgreementSignedIndex1732406400430 } from './migrations/1732406400430-agreement-signed-index.js';
import { CommitmentStatusIndex1732406400440 } from './migrations/1732406400440-commitment-status-index.js';
import { BreachDocument1732406400450 } from './migrations/1732406400450-breach-document.js';
import { PolicyEditedBy1732406400460 } from './migrations/1732406400460-policy-edited-by.js';
import { PolicyEntity } from './policy/policy.entity.js';
import { PolicyResolver } from './policy/policy.resolver.js';
import { seedInvestment } from './seed/demo.seed.js';

/** investment: incentive policies and their review, agreements, government commitments and fulfilment. */
export const subgraph = defineSubgraph({
  name: 'investment',
  port: 4004,
  resolvers: [
    PolicyResolver,
    AgreementResolver,
    CommitmentResolver,
    AgreementCommitmentsResolver,
    DepartmentInvestmentResolver,
  ],
  references: { ...departmentReference },
  entities: [PolicyEntity, AgreementEntity, CommitmentEntity, FulfilmentEntity],
  migrations: [
    InvestmentInitial1732406400400,
    CommitmentReviewConsent1732406400410,
    CommitmentDueIndex1732406400420,
    AgreementSignedIndex1732406400430,
    CommitmentStatusIndex1732406400440,
    BreachDocument1732406400450,
    PolicyEditedBy1732406400460,
  ],
  // breached commitments become the department's records in credit, through the outbox
  outbox: { [CREDIT_RECORD_TOPIC]: deliverCreditRecord },
  seed: seedInvestment,
});
