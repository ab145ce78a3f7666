import { DateScalar } from '@integrity/subgraph-kit';
import { Length } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';

@InputType({ description: 'An emergency-response plan adopted for a region and year.' })
export class RecordEmergencyPlanInput {
  @Field({ description: 'Division code.' }) regionCode: string;
  @Field(() => Int) year: number;
  @Field() @Length(2, 200) title: string;
  @Field({ description: 'Document number (文号).' }) @Length(2, 100) documentNumber: string;
  @Field(() => DateScalar, { description: 'Adoption date, not in the future.' }) adoptedOn: string;
}

@InputType({ description: 'An accountability finding on a region’s debt management.' })
export class RecordAccountabilityFindingInput {
  @Field({ description: 'Division code.' }) regionCode: string;
  @Field(() => Int) year: number;
  @Field({ description: 'What was found.' }) @Length(2, 2000) finding: string;
  @Field({ description: 'Who is held responsible (unit or post).' }) @Length(2, 200) responsible: string;
}
