import { DateScalar, TextLength } from '@integrity/subgraph-kit';
import { Field, InputType, Int } from 'type-graphql';

@InputType({ description: 'An emergency-response plan adopted for a region and year.' })
export class RecordEmergencyPlanInput {
  @Field({ description: 'Division code.' }) regionCode: string;
  @Field(() => Int) year: number;
  @Field() @TextLength(2, 200) title: string;
  @Field({ description: 'Document number (文号).' }) @TextLength(2, 100) documentNumber: string;
  @Field(() => DateScalar, { description: 'Adoption date, not in the future.' }) adoptedOn: string;
}

@InputType({ description: 'An accountability finding on a region’s debt management.' })
export class RecordAccountabilityFindingInput {
  @Field({ description: 'Division code.' }) regionCode: string;
  @Field(() => Int) year: number;
  @Field({ description: 'What was found.' }) @TextLength(2, 2000) finding: string;
  @Field({ description: 'Who is held responsible (unit or post).' }) @TextLength(2, 200) responsible: string;
}
