import { SortedPageArgs, TextLength } from '@integrity/subgraph-kit';
import { CIVIL_SERVANT_SORT } from './civil-servant-sort.js';
import { IsOptional } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Register a civil servant. A bad ID number is BAD_USER_INPUT on "idNumber".' })
export class CreateCivilServantInput {
  @Field({ description: 'Name as on the ID card.' }) @TextLength(2, 50) name: string;
  @Field({ description: '18-character resident ID number (GB 11643-1999); 15-digit numbers are refused.' })
  idNumber: string;
  @Field(() => ID, { description: 'Employing department.' }) departmentId: string;
  @Field({ nullable: true, description: 'Post (职务).' }) @IsOptional() @TextLength(1, 100) post?: string;
}

@ArgsType()
export class CivilServantsArgs extends SortedPageArgs(CIVIL_SERVANT_SORT) {
  @Field(() => ID, { nullable: true, description: 'Only this department.' }) departmentId?: string;
  @Field({
    nullable: true,
    description: 'Part of a name, or a complete ID number (matched exactly through its keyed hash).',
  })
  search?: string;
}
