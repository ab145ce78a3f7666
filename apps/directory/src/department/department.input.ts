import { DomainEnum } from '../user/user.type.js';
import { PageArgs, TextLength } from '@integrity/subgraph-kit';
import { ArrayUnique, IsOptional, Matches } from 'class-validator';
import { ArgsType, Field, InputType, Int } from 'type-graphql';
import type { Domain } from '@integrity/auth';
import { DepartmentKindEnum } from './department.type.js';
import type { DepartmentKind } from './department.entity.js';

@InputType({ description: 'A new department.' })
export class CreateDepartmentInput {
  @Field({ description: 'Unique short code: letters, digits, "-" or "_".' })
  @Matches(/^[A-Za-z0-9_-]{1,32}$/, { message: 'code must be 1-32 letters, digits, "-" or "_"' })
  code: string;

  @Field({ description: 'Full official name.' })
  @TextLength(2, 100)
  name: string;

  @Field({ nullable: true, description: 'Short name; defaults to the full name.' })
  @IsOptional()
  @TextLength(1, 50)
  shortName?: string;

  @Field(() => DepartmentKindEnum)
  kind: DepartmentKind;

  @Field({ description: 'Its unified social credit code: a government body’s (18 characters, beginning with 11).' })
  uscc: string;

  @Field({ description: 'Division code of the region it belongs to.' })
  regionCode: string;

  @Field(() => [DomainEnum], { nullable: true, description: 'Domains in which it acts county-wide.' })
  @IsOptional()
  @ArrayUnique()
  countyWideDomains?: Domain[];
}

@InputType({ description: 'Changes to a department; omitted fields stay as they are.' })
export class UpdateDepartmentInput {
  @Field(() => Int, { description: 'The version you read; a stale version is refused with CONFLICT.' })
  version: number;

  @Field({ nullable: true })
  @IsOptional()
  @TextLength(2, 100)
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @TextLength(1, 50)
  shortName?: string;

  @Field(() => DepartmentKindEnum, { nullable: true })
  @IsOptional()
  kind?: DepartmentKind;

  @Field({ nullable: true, description: 'Its unified social credit code (a government body’s: 11…).' })
  @IsOptional()
  uscc?: string;

  @Field({ nullable: true })
  @IsOptional()
  regionCode?: string;

  @Field(() => [DomainEnum], { nullable: true })
  @IsOptional()
  @ArrayUnique()
  countyWideDomains?: Domain[];
}

@ArgsType()
export class DepartmentsArgs extends PageArgs {
  @Field(() => DepartmentKindEnum, { nullable: true, description: 'Only departments of this kind.' })
  kind?: DepartmentKind;

  @Field({ nullable: true, description: 'Matches code, name or short name.' })
  @IsOptional()
  @TextLength(1, 50)
  search?: string;

  @Field({ nullable: true, description: 'Only departments of this region.' })
  regionCode?: string;
}
