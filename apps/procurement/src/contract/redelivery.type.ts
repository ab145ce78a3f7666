import { DateScalar } from '@integrity/subgraph-kit';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'A delivery again after a failed acceptance, the defects put right (整改后重新交付): the agreed acceptance period runs again from it (条例第十条, the county’s reading).',
})
export class Redelivery {
  @Field(() => ID) id: string;
  @Field(() => DateScalar, { description: 'The day the supplier delivered again.' }) redeliveredOn: string;
  @Field(() => String, { nullable: true, description: 'What was put right, as recorded.' }) note: string | null;
  @Field({ description: 'Who recorded it.' }) recordedBy: string;
  @Field({ description: 'When it was recorded (ISO-8601 UTC).' }) recordedAt: string;
}
