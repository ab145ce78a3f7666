import type { Domain, Role } from '@integrity/auth';
import { PageArgs } from '@integrity/subgraph-kit';
import { ArrayNotEmpty, ArrayUnique, IsOptional, Length, Matches } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { DomainEnum, RoleEnum } from './user.type.js';
import { USERNAME_PATTERN } from './username.js';

@InputType({ description: 'A new user account.' })
export class CreateUserInput {
  @Field({ description: 'Login name: 3-64 letters, digits, ".", "_" or "-".' })
  @Matches(USERNAME_PATTERN, { message: 'username must be 3-64 letters, digits, ".", "_" or "-"' })
  username: string;

  @Field()
  @Length(1, 100)
  displayName: string;

  @Field({ description: 'At least 10 characters.' })
  @Length(10, 200, { message: 'password must be at least 10 characters' })
  password: string;

  @Field(() => [RoleEnum])
  @ArrayNotEmpty()
  @ArrayUnique()
  roles: Role[];

  @Field(() => [DomainEnum], { nullable: true, description: 'Required for officers; ignored for other roles.' })
  @IsOptional()
  @ArrayUnique()
  domains?: Domain[];

  @Field(() => ID, { nullable: true, description: 'Required for officers.' })
  @IsOptional()
  departmentId?: string;
}

@InputType({ description: 'Changes to a user account; omitted fields stay as they are.' })
export class UpdateUserInput {
  @Field(() => Int, { description: 'The version you read; a stale version is CONFLICT.' })
  version: number;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 100)
  displayName?: string;

  @Field(() => [RoleEnum], { nullable: true })
  @IsOptional()
  @ArrayNotEmpty()
  @ArrayUnique()
  roles?: Role[];

  @Field(() => [DomainEnum], { nullable: true })
  @IsOptional()
  @ArrayUnique()
  domains?: Domain[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  departmentId?: string;

  @Field({ nullable: true, description: 'false disables login.' })
  @IsOptional()
  active?: boolean;

  @Field({ nullable: true, description: 'A new password (at least 10 characters).' })
  @IsOptional()
  @Length(10, 200, { message: 'password must be at least 10 characters' })
  password?: string;
}

@ArgsType()
export class UsersArgs extends PageArgs {
  @Field({ nullable: true, description: 'Matches username or display name.' })
  @IsOptional()
  @Length(1, 50)
  search?: string;

  @Field(() => ID, { nullable: true })
  departmentId?: string;
}
