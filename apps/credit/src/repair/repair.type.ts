import { DateScalar, Page } from '@integrity/subgraph-kit';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { REPAIR_STATUSES, type RepairStatus } from './repair.entity.js';

export const RepairStatusEnum = Object.fromEntries(REPAIR_STATUSES.map((s) => [s, s])) as { [K in RepairStatus]: K };
registerEnumType(RepairStatusEnum, {
  name: 'RepairStatus',
  description: 'Where a credit-repair application (信用修复) stands.',
  valuesConfig: {
    PENDING: { description: 'Accepted on filing; a decision is due by decisionDeadline.' },
    APPROVED: { description: 'Approved: the record is REPAIRED and leaves publicity early.' },
    REJECTED: { description: 'Rejected, with the reasons in note: the record stands.' },
    TERMINATED: {
      description:
        'Ended without a decision because the record was revoked (withdrawn by its source department through recordSourceWithdrawn, or an objection upheld without a correction): there is nothing left to repair; note says why.',
    },
  },
});

@ObjectType({
  description: 'A credit-repair application: proof the obligation was fulfilled plus a credit commitment letter.',
})
export class RepairApplication {
  @Field(() => ID) id: string;
  @Field(() => RepairStatusEnum) status: RepairStatus;
  @Field({ description: 'Proof that the obligation was fulfilled.' }) evidence: string;
  @Field({ description: 'The credit commitment letter (信用承诺书).' }) commitmentLetter: string;
  @Field({ description: 'Username of the applicant officer.' }) appliedBy: string;
  @Field(() => DateScalar) appliedOn: string;
  @Field(() => DateScalar, {
    description:
      'The day it was accepted (受理), from which the decision clock runs: the day it was filed, since the county examines an application as it is filed and refuses one that fails on the spot.',
  })
  acceptedOn: string;
  @Field(() => DateScalar, { description: 'A decision is due by this day: 5 working days after acceptance.' })
  decisionDeadline: string;
  @Field({ description: 'Pending past its decision deadline, as of today.' }) overdue: boolean;
  @Field(() => String, { nullable: true }) decidedBy: string | null;
  @Field(() => DateScalar, { nullable: true }) decidedOn: string | null;
  @Field(() => String, { nullable: true, description: 'The decision’s reasons.' }) note: string | null;
  @Field(() => Int) version: number;
  recordId: string;
}

@ObjectType({ description: 'A page of repair applications.' })
export class RepairApplicationPage extends Page(RepairApplication) {}
