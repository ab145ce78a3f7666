import { DateScalar } from '@integrity/subgraph-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { SubjectTypeEnum } from '../rules/enums.js';
import type { SubjectType } from '../rules/publicity.js';

@ObjectType({
  description:
    'A credit check (信用核查): one subject’s summary as of today, for other workflows (bidding, honours) to embed.',
})
export class CreditCheck {
  @Field(() => SubjectTypeEnum) subjectType: SubjectType;
  @Field(() => ID) subjectId: string;
  @Field(() => String, {
    nullable: true,
    description: 'The subject’s name as recorded (null for an enterprise with no record).',
  })
  subjectName: string | null;
  @Field({
    description: 'An active SERIOUS dishonesty record: may not bid, be honoured or be trusted with public funds.',
  })
  restricted: boolean;
  @Field(() => Int, { description: 'Active dishonesty records.' }) activeDishonestyCount: number;
  @Field(() => Int, { description: 'Of which SERIOUS.' }) activeSeriousCount: number;
  @Field(() => Int, { description: 'Records with an open objection.' }) underObjectionCount: number;
  @Field({
    description:
      "Eligible for honours on the subject's credit records (no active dishonesty record; for a civil servant, no sanction in its period). For a department this is credit's part only: `Department.integrityHonorEligibility` judges across every domain.",
  })
  eligibleForHonors: boolean;
  @Field(() => [String], { description: 'The records behind a negative answer.' }) reasons: string[];
  @Field(() => DateScalar, { description: 'The day the check speaks for.' }) checkedOn: string;
}
