import { DateScalar, PageArgs, TextLength } from '@integrity/subgraph-kit';
import { ArrayMaxSize, ArrayMinSize } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'An inspection and what it found.' })
export class RecordInspectionInput {
  @Field(() => ID, { description: 'The department or town government inspected.' }) departmentId: string;
  @Field(() => DateScalar, { description: 'When; not in the future.' }) inspectedOn: string;
  @Field({ description: 'The inspecting team.' }) @TextLength(2, 200) team: string;
  @Field(() => [String], { description: 'The findings, one per entry (1 to 50, each up to 1000 characters).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @TextLength(2, 1000, { each: true })
  findings: string[];
}

@ArgsType()
export class InspectionsArgs extends PageArgs {
  @Field(() => ID, { nullable: true }) departmentId?: string;
}
