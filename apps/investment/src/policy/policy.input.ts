import { PageArgs, TextLength } from '@integrity/subgraph-kit';
import { IsOptional } from 'class-validator';
import { ArgsType, Field, InputType, Int } from 'type-graphql';
import type { PolicyStatus } from './policy.entity.js';
import { PolicyStatusEnum } from './policy.type.js';

@InputType({ description: 'A new incentive policy; it starts as DRAFT in the caller’s department.' })
export class CreateIncentivePolicyInput {
  @Field({ description: 'Title, 2–200 characters.' })
  @TextLength(2, 200)
  title: string;

  @Field({ description: 'The law or higher-level document it rests on.' })
  @TextLength(2, 500)
  legalBasis: string;

  @Field({ description: 'Full text.' })
  @TextLength(10, 20000)
  text: string;
}

@InputType({
  description:
    'Changes to a policy; omitted fields stay. Changing an approved policy’s text or basis sends it back to review.',
})
export class UpdateIncentivePolicyInput {
  @Field(() => Int, { description: 'The version you read; a stale one is CONFLICT.' })
  version: number;

  @Field({ nullable: true })
  @IsOptional()
  @TextLength(2, 200)
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @TextLength(2, 500)
  legalBasis?: string;

  @Field({ nullable: true })
  @IsOptional()
  @TextLength(10, 20000)
  text?: string;
}

@ArgsType()
export class IncentivePoliciesArgs extends PageArgs {
  @Field(() => PolicyStatusEnum, { nullable: true, description: 'Only policies in this status.' })
  status?: PolicyStatus;

  @Field({ nullable: true, description: 'Matches title or legal basis.' })
  search?: string;
}
