import { DateScalar } from '@integrity/subgraph-kit';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'One acceptance (履约验收) of the delivery, passed or failed. Every one is kept: a failure within the agreed period means the purchaser did not delay, so the SME payment term waits for a passed one (条例第十条).',
})
export class AcceptanceAttempt {
  @Field(() => ID) id: string;
  @Field(() => DateScalar, { description: 'The day of the acceptance.' }) acceptedOn: string;
  @Field({ description: 'Whether the delivery passed.' }) passed: boolean;
  @Field(() => String, { nullable: true, description: 'The acceptance record’s remarks (验收意见).' }) note:
    string | null;
  @Field({ description: 'Who recorded it.' }) recordedBy: string;
  @Field({ description: 'When it was recorded (ISO-8601 UTC).' }) recordedAt: string;
}
