import { DateScalar, Page } from '@integrity/subgraph-kit';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Department } from '../department/department.type.js';
import {
  RECTIFICATION_ORIGINS,
  RECTIFICATION_STATUSES,
  type RectificationOrigin,
  type RectificationStatus,
} from './rectification-rules.js';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const RectificationStatusEnum = enumOf<RectificationStatus>(RECTIFICATION_STATUSES);
registerEnumType(RectificationStatusEnum, {
  name: 'RectificationStatus',
  description: 'Where a rectification order stands.',
  valuesConfig: {
    ORDERED: { description: 'Ordered; the department has not reported yet.' },
    REPORTED: { description: 'The department reported; awaiting the supervisors’ decision.' },
    ACCEPTED: { description: 'Accepted as rectified.' },
    RETURNED: { description: 'Returned: not rectified enough; the department reports again.' },
    OVERDUE: { description: 'Not rectified by the deadline: a dishonesty record is made in credit (三.8).' },
  },
});

export const RectificationOriginEnum = enumOf<RectificationOrigin>(RECTIFICATION_ORIGINS);
registerEnumType(RectificationOriginEnum, {
  name: 'RectificationOrigin',
  description: 'What the order was opened from.',
  valuesConfig: {
    MANUAL: { description: 'Entered by a supervisor.' },
    WARNING: { description: 'An early warning (originId: the warning).' },
    INSPECTION: { description: 'An inspection finding (originId: the finding).' },
  },
});

@ObjectType({ description: 'A rectification order (整改) on a department or town government.' })
export class Rectification {
  @Field(() => ID) id: string;
  @Field(() => Department, { description: 'The department or town government that must rectify.' })
  department: Department;
  @Field({ description: 'What must be put right.' }) subject: string;
  @Field({ description: 'The rule, finding or warning that requires it.' }) basis: string;
  @Field(() => DateScalar, { description: 'Last day to rectify; from the next day it is OVERDUE.' }) deadline: string;
  @Field(() => RectificationStatusEnum) status: RectificationStatus;
  @Field(() => RectificationOriginEnum) origin: RectificationOrigin;
  @Field(() => String, { nullable: true, description: 'The warning or inspection finding it came from.' })
  originId: string | null;
  @Field(() => String, { nullable: true, description: 'The department’s report of what it did.' }) report:
    string | null;
  @Field(() => String, { nullable: true, description: 'Evidence (document numbers, file references).' })
  evidence: string | null;
  @Field(() => DateScalar, { nullable: true }) reportedOn: string | null;
  @Field(() => String, { nullable: true, description: 'The supervisors’ note when accepting or returning.' })
  decisionNote: string | null;
  @Field(() => DateScalar, { nullable: true }) decidedOn: string | null;
  @Field(() => DateScalar, {
    nullable: true,
    description: 'First day it was overdue (kept after a late acceptance); the credit record is dated so.',
  })
  overdueOn: string | null;
  @Field(() => DateScalar) orderedOn: string;
  @Field(() => Int, { description: 'Row version.' }) version: number;
}

@ObjectType({ description: 'A page of rectification orders.' })
export class RectificationPage extends Page(Rectification) {}
