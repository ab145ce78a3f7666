import { DateScalar, Page } from '@integrity/subgraph-kit';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Department } from '../department/department.type.js';
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
  @Field(() => Department, {
    nullable: true,
    description:
      'The department of the officer who accepted it: the decision, and its deadline, are then that department’s. Null before acceptance (any department acting county-wide in CREDIT but the one the record is about may accept it) and for an objection accepted before this was kept.',
  })
  acceptingDepartment?: { id: string } | null;
  @Field(() => DateScalar, { nullable: true }) decidedOn: string | null;
  @Field(() => String, { nullable: true, description: 'The decision’s reasons.' }) note: string | null;
  @Field({ description: 'Open past a deadline (acceptance or decision) as of today.' }) overdue: boolean;
  @Field(() => Int, { description: 'Working days the clock stood still waiting for material, over every 补正 round.' })
  pausedWorkingDays: number;
  @Field(() => Int) version: number;
  recordId: string;
}

@ObjectType({
  description:
    'One request for more material (补正) on an objection and the material supplied in answer; the clock stands still between them.',
})
export class ObjectionMaterialRound {
  @Field(() => Int, { description: '1 for the first request on the objection, 2 for the next, and so on.' })
  round: number;
  @Field({ description: 'What the credit office asked for.' }) request: string;
  @Field(() => DateScalar, { description: 'The day it asked; the clock stops from the next working day.' })
  requestedOn: string;
  @Field(() => String, {
    nullable: true,
    description: 'Username of the officer who asked; null for a request made before the rounds were kept.',
  })
  requestedBy: string | null;
  @Field(() => String, { nullable: true, description: 'The material supplied in answer; null while awaited.' })
  material: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'The day it was supplied; the clock runs again.' })
  suppliedOn: string | null;
  @Field(() => String, { nullable: true, description: 'Username of whoever supplied it.' }) suppliedBy: string | null;
  @Field(() => Int, {
    nullable: true,
    description:
      'Working days the clock stood still in this round (after the request, up to and including the day the material came); null while awaited.',
  })
  pausedWorkingDays: number | null;
}

@ObjectType({ description: 'A page of objections.' })
export class ObjectionPage extends Page(Objection) {}
