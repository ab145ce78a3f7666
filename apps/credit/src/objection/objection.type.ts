import { DateScalar, Page } from '@integrity/subgraph-kit';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { OBJECTION_STATUSES, type ObjectionStatus } from './objection.entity.js';

export const ObjectionStatusEnum = Object.fromEntries(OBJECTION_STATUSES.map((s) => [s, s])) as {
  [K in ObjectionStatus]: K;
};
registerEnumType(ObjectionStatusEnum, {
  name: 'ObjectionStatus',
  description: 'Where an objection (异议) stands.',
  valuesConfig: {
    FILED: { description: 'Filed; acceptance due within 2 working days.' },
    ACCEPTED: { description: 'Accepted; a decision due within 10 working days of acceptance.' },
    MATERIAL_REQUESTED: {
      description: 'More material requested (补正): the clock stands still until it is supplied.',
    },
    UPHELD: { description: 'Upheld: the record was corrected or revoked.' },
    REJECTED: { description: 'Rejected: the record stands.' },
  },
});

export const ObjectionOutcomeEnum = { UPHELD: 'UPHELD', REJECTED: 'REJECTED' } as const;
registerEnumType(ObjectionOutcomeEnum, { name: 'ObjectionOutcome', description: 'The decision on an objection.' });

@ObjectType({ description: 'An objection against a credit record.' })
export class Objection {
  @Field(() => ID) id: string;
  @Field(() => ObjectionStatusEnum) status: ObjectionStatus;
  @Field() reason: string;
  @Field({ description: 'Username of whoever filed it.' }) filedBy: string;
  @Field(() => DateScalar) filedOn: string;
  @Field(() => DateScalar, {
    description: 'Acceptance due by: 2 working days after filing, plus any working days waiting for material.',
  })
  acceptDeadline: string;
  @Field(() => DateScalar, {
    description:
      'Decision due by: 10 working days after acceptance (before acceptance: after the acceptance deadline), plus any working days waiting for material.',
  })
  decisionDeadline: string;
  @Field(() => DateScalar, { nullable: true }) acceptedOn: string | null;
  @Field(() => DateScalar, { nullable: true }) decidedOn: string | null;
  @Field(() => String, { nullable: true, description: 'The decision’s reasons.' }) note: string | null;
  @Field({ description: 'Open past a deadline (acceptance or decision) as of today.' }) overdue: boolean;
  @Field(() => String, { nullable: true, description: 'What the credit office asked for (补正), if it did.' })
  materialRequest: string | null;
  @Field(() => DateScalar, { nullable: true }) materialRequestedOn: string | null;
  @Field(() => String, { nullable: true, description: 'The material supplied in answer.' }) material: string | null;
  @Field(() => DateScalar, { nullable: true }) materialSuppliedOn: string | null;
  @Field(() => Int, { description: 'Working days the clock stood still waiting for material.' })
  pausedWorkingDays: number;
  @Field(() => Int) version: number;
  recordId: string;
}

@ObjectType({ description: 'A page of objections.' })
export class ObjectionPage extends Page(Objection) {}
