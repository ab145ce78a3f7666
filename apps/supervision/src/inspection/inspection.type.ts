import { DateScalar, Page } from '@integrity/subgraph-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Department } from '../department/department.type.js';
import { Rectification } from '../rectification/rectification.type.js';

@ObjectType({ description: 'A finding of an inspection.' })
export class InspectionFinding {
  @Field(() => ID) id: string;
  @Field(() => Int, { description: 'Its number within the inspection, from 1.' }) seq: number;
  @Field({ description: 'What the team found.' }) text: string;
  @Field(() => Rectification, { nullable: true, description: 'The rectification order opened from it, if any.' })
  rectification: unknown;
  rectificationId: string | null;
}

@ObjectType({ description: 'An inspection (督促检查, 逐级督导) of a department or town government.' })
export class Inspection {
  @Field(() => ID) id: string;
  @Field(() => Department, { description: 'The department or town government inspected.' }) department: Department;
  @Field(() => DateScalar, { description: 'When the team inspected.' }) inspectedOn: string;
  @Field({ description: 'The inspecting team (members or unit).' }) team: string;
  @Field(() => [InspectionFinding], { description: 'Its findings, in order.' }) findings: InspectionFinding[];
  @Field(() => DateScalar, { description: 'When it was recorded.' }) recordedOn: string;
}

@ObjectType({ description: 'A page of inspections.' })
export class InspectionPage extends Page(Inspection) {}
