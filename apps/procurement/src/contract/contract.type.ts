import { DateScalar, DecimalScalar } from '@integrity/subgraph-kit';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export const MilestoneStatusEnum = {
  SCHEDULED: 'SCHEDULED',
  PARTIALLY_PAID: 'PARTIALLY_PAID',
  PAID: 'PAID',
  OVERDUE: 'OVERDUE',
} as const;
registerEnumType(MilestoneStatusEnum, {
  name: 'MilestoneStatus',
  description: 'A payment milestone as of today.',
  valuesConfig: {
    SCHEDULED: { description: 'Not yet due.' },
    PARTIALLY_PAID: { description: 'Partly paid, not yet due.' },
    PAID: { description: 'Paid in full.' },
    OVERDUE: { description: 'Past its due date and not paid in full: a government breach (拖欠账款).' },
  },
});

@ObjectType({ description: 'A payment due to the supplier under a contract.' })
export class PaymentMilestone {
  @Field(() => ID) id: string;
  @Field(() => Int, { description: 'Order within the contract, from 1.' }) seq: number;
  @Field(() => DateScalar) dueDate: string;
  @Field(() => DecimalScalar, { description: 'Amount due, CNY.' }) amount: string;
  @Field(() => DecimalScalar, { description: 'Paid so far, CNY.' }) paidAmount: string;
  @Field(() => DateScalar, { nullable: true, description: 'Date of the last payment.' }) paidOn: string | null;
  @Field(() => MilestoneStatusEnum) status: keyof typeof MilestoneStatusEnum;
  @Field(() => Int, {
    nullable: true,
    description:
      'Days paid late: paid in full after the due date, from the due date to the last payment (kept once paid); unpaid past due, until today. null when on time.',
  })
  daysLate: number | null;
  @Field(() => Int) version: number;
}

@ObjectType({ description: 'One payment against a milestone, with its own date (partial payments are each kept).' })
export class MilestonePayment {
  @Field(() => ID) id: string;
  @Field(() => DateScalar, { description: 'The day it was paid.' }) paidOn: string;
  @Field(() => DecimalScalar, { description: 'Amount paid, CNY.' }) amount: string;
  @Field({ description: 'Who recorded it.' }) recordedBy: string;
}

@ObjectType({ description: 'A procurement contract with its payment milestones and acceptance (履约验收).' })
export class Contract {
  @Field(() => ID) id: string;
  @Field() supplierUscc: string;
  @Field() supplierName: string;
  @Field(() => DecimalScalar, { description: 'Contract amount, CNY.' }) amount: string;
  @Field(() => DateScalar) signedOn: string;
  @Field(() => DateScalar, { nullable: true, description: 'Acceptance date.' }) acceptedOn: string | null;
  @Field(() => String, { nullable: true, description: 'Acceptance result: PASSED or FAILED.' }) acceptanceResult:
    string | null;
  @Field(() => String, { nullable: true }) acceptanceNote: string | null;
  @Field(() => Int) version: number;
}

@ObjectType({ description: 'A recorded breach (违约失信) with its responsible department.' })
export class BreachRecord {
  @Field(() => ID) id: string;
  @Field(() => ID, { nullable: true }) projectId: string | null;
  @Field() description: string;
  @Field(() => DateScalar) recordedOn: string;
  @Field() recordedBy: string;
}
