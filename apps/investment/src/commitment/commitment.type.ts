import { DateScalar, DecimalScalar, Page } from '@integrity/subgraph-kit';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Department } from '../department/department.type.js';
import { COMMITMENT_KINDS, type CommitmentKind } from './commitment.entity.js';
import { COMMITMENT_STATUSES, type CommitmentStatus } from './commitment-status.js';
import { FairCompetitionReview, InvestorConsent } from './fair-competition.type.js';

export const CommitmentKindEnum = Object.fromEntries(COMMITMENT_KINDS.map((k) => [k, k])) as {
  [K in CommitmentKind]: K;
};
registerEnumType(CommitmentKindEnum, {
  name: 'CommitmentKind',
  description: 'What the government promised.',
  valuesConfig: {
    LAND: { description: 'Land supply (供地).' },
    SUBSIDY: { description: 'A subsidy or award (补贴奖励).' },
    TAX_INCENTIVE: { description: 'A lawful tax incentive (税收优惠).' },
    INFRASTRUCTURE: { description: 'Roads, utilities and other supporting works (配套设施).' },
    APPROVAL_SERVICE: { description: 'Approvals and services within a time limit (审批服务).' },
    OTHER: { description: 'Anything else.' },
  },
});

export const CommitmentStatusEnum = Object.fromEntries(COMMITMENT_STATUSES.map((s) => [s, s])) as {
  [K in CommitmentStatus]: K;
};
registerEnumType(CommitmentStatusEnum, {
  name: 'CommitmentStatus',
  description: 'Derived at every read from the fulfilment events, the recorded decisions and today’s date.',
  valuesConfig: {
    PENDING: { description: 'Not yet due, nothing fulfilled.' },
    PARTIALLY_FULFILLED: { description: 'Not yet due, partly fulfilled.' },
    FULFILLED: { description: 'Fulfilled amount reached the commitment.' },
    OVERDUE: { description: 'Past its due date and not fulfilled.' },
    BREACHED: { description: 'An officer recorded a breach (违约).' },
    WAIVED: { description: 'Released by a recorded agreement with the investor.' },
  },
});

@ObjectType({ description: 'One fulfilment event of a commitment, with its evidence.' })
export class Fulfilment {
  @Field(() => ID) id: string;
  @Field(() => DecimalScalar, { description: 'Amount fulfilled, CNY.' }) amount: string;
  @Field(() => DateScalar, { description: 'When it was fulfilled.' }) date: string;
  @Field({ description: 'Evidence (document number, payment voucher, certificate).' }) evidence: string;
  @Field({ description: 'Username of the officer who recorded it.' }) recordedBy: string;
}

@ObjectType({
  description:
    'A government commitment under an investment agreement (政府承诺). It belongs to the department, whoever leads it.',
})
export class Commitment {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field(() => CommitmentKindEnum, { description: 'What was promised.' })
  kind: CommitmentKind;

  @Field(() => DecimalScalar, { description: 'Value of the commitment, CNY.' })
  amount: string;

  @Field(() => DecimalScalar, { description: 'Sum of the fulfilment events, CNY.' })
  fulfilledAmount: string;

  @Field(() => DecimalScalar, { description: 'amount − fulfilledAmount, never below zero.' })
  outstandingAmount: string;

  @Field(() => DateScalar, { description: 'Due date; OVERDUE from the day after.' })
  dueDate: string;

  @Field({ description: 'What exactly was promised.' })
  description: string;

  @Field(() => CommitmentStatusEnum, { description: 'Derived status.' })
  status: CommitmentStatus;

  @Field(() => Department, { description: 'The responsible department.' })
  department: Department;

  @Field(() => String, { nullable: true, description: 'The recorded breach, if any.' })
  breachNote: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Number of the document that found the breach (认定文书号); null where none was recorded.',
  })
  breachDocumentNumber: string | null;

  @Field(() => String, { nullable: true, description: 'The recorded waiver and the agreement behind it, if any.' })
  waiverNote: string | null;

  @Field(() => InvestorConsent, {
    nullable: true,
    description:
      'The investor’s written consent to the waiver; null unless waived (and on waivers recorded before it was required).',
  })
  investorConsent: InvestorConsent | null;

  @Field(() => FairCompetitionReview, {
    nullable: true,
    description:
      'The fair-competition review it passed before it was made (公平竞争审查条例); null on commitments recorded before it was required.',
  })
  fairCompetitionReview: FairCompetitionReview | null;

  @Field(() => Int, { description: 'Row version for optimistic locking.' })
  version: number;

  /** For field resolvers. */
  agreementId: string;
  policyId: string;
  waivedOn: string | null;
  fulfilledInFull: boolean;
}

@ObjectType({ description: 'A page of commitments.' })
export class CommitmentPage extends Page(Commitment) {}
