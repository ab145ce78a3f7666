import { DateScalar, DecimalScalar, Page } from '@integrity/subgraph-kit';
import type { DueBasis, EnterpriseSize } from '@integrity/rules';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DueBasisEnum, EnterpriseSizeEnum } from './sme.type.js';

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
    SCHEDULED: { description: 'Not yet due, or no due date yet (its delivery or acceptance not recorded).' },
    PARTIALLY_PAID: { description: 'Partly paid, not yet due.' },
    PAID: { description: 'Paid in full.' },
    OVERDUE: { description: 'Past its due date and not paid in full: a government breach (拖欠账款).' },
  },
});

@ObjectType({ description: 'A payment due to the supplier under a contract.' })
export class PaymentMilestone {
  @Field(() => ID) id: string;
  @Field(() => Int, { description: 'Order within the contract, from 1.' }) seq: number;
  @Field(() => DateScalar, {
    nullable: true,
    description: 'Due date; null while a DELIVERY or ACCEPTANCE milestone waits for its event (never overdue then).',
  })
  dueDate: string | null;
  @Field(() => DateScalar, {
    nullable: true,
    description:
      'The date the contract agreed for a FIXED_DATE milestone (null otherwise). dueDate is earlier while an SME’s 60-day limit from delivery or acceptance brings it forward (条例第九条).',
  })
  agreedDueDate: string | null;
  @Field(() => DueBasisEnum, { description: 'What the due date counts from.' }) dueBasis: DueBasis;
  @Field(() => Int, { nullable: true, description: 'Days after delivery or acceptance; null for FIXED_DATE.' })
  termDays: number | null;
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

@ObjectType({ description: 'A page of payment milestones.' })
export class PaymentMilestonePage extends Page(PaymentMilestone) {}

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
  @Field(() => EnterpriseSizeEnum, { description: 'The supplier’s size as declared at signing (kept as it was).' })
  supplierSize: EnterpriseSize;
  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Agreed annual late-payment rate, percent; null: the statutory 0.05% a day.',
  })
  lateRatePercent: string | null;
  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'The one-year LPR at signing, percent, that the agreed rate was checked against.',
  })
  lprPercent: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Delivery date (交付): starts DELIVERY milestones.' })
  deliveredOn: string | null;
  @Field(() => Int, {
    nullable: true,
    description:
      'The agreed acceptance period, days after delivery (条例第十条): ACCEPTANCE milestones fall due from its end when acceptance is not passed by then. null: none agreed.',
  })
  acceptancePeriodDays: number | null;
  @Field(() => Int) version: number;
}

@ObjectType({ description: 'A recorded breach (违约失信) with its responsible department.' })
export class BreachRecord {
  @Field(() => ID) id: string;
  @Field(() => ID, { nullable: true }) projectId: string | null;
  @Field() description: string;
  @Field(() => String, {
    nullable: true,
    description: 'Number of the document that found the breach (认定文书号); null where none was recorded.',
  })
  documentNumber: string | null;
  @Field(() => DateScalar) recordedOn: string;
  @Field() recordedBy: string;
}
