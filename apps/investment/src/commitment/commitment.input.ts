import { DateScalar, DecimalScalar, PageArgs } from '@integrity/subgraph-kit';
import { IsOptional, Length, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import type { CommitmentKind } from './commitment.entity.js';
import type { CommitmentStatus } from './commitment-status.js';
import { CommitmentKindEnum, CommitmentStatusEnum } from './commitment.type.js';

@InputType({ description: 'A government commitment; it must rest on an APPROVED policy.' })
export class AddCommitmentInput {
  @Field(() => CommitmentKindEnum) kind: CommitmentKind;

  @Field(() => DecimalScalar, { description: 'Value, CNY, more than zero.' })
  amount: string;

  @Field(() => DateScalar, { description: 'Due date, not before the signing date.' })
  dueDate: string;

  @Field(() => ID, { description: 'The approved incentive policy it rests on.' })
  policyId: string;

  @Field({ description: 'What exactly is promised.' })
  @Length(2, 1000)
  description: string;
}

@InputType({ description: 'A fulfilment event.' })
export class RecordFulfilmentInput {
  @Field(() => DecimalScalar, { description: 'Amount fulfilled, CNY; at most what is outstanding.' })
  amount: string;

  @Field(() => DateScalar, { description: 'When, not in the future.' })
  date: string;

  @Field({ description: 'Evidence: document number, voucher, certificate.' })
  @Length(2, 1000)
  evidence: string;
}

@InputType({ description: 'A waiver agreed with the investor.' })
export class WaiveCommitmentInput {
  @Field({ description: 'The agreement with the investor (e.g. 补充协议 number).' })
  @Length(2, 200)
  document: string;

  @Field({ description: 'Why it was waived.' })
  @Length(2, 1000)
  note: string;
}

@ArgsType()
export class CommitmentsArgs extends PageArgs {
  @Field(() => CommitmentStatusEnum, { nullable: true, description: 'Only this (derived) status.' })
  status?: CommitmentStatus;

  @Field(() => ID, { nullable: true, description: 'Only this responsible department.' })
  departmentId?: string;

  @Field(() => ID, { nullable: true, description: 'Only this agreement.' })
  agreementId?: string;
}

@ArgsType()
export class CommitmentsDueArgs extends PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: 30, description: 'Due within this many days from today (1–366).' })
  @IsOptional()
  @Min(1)
  @Max(366)
  days: number = 30;

  @Field(() => ID, { nullable: true, description: 'Only this responsible department.' })
  departmentId?: string;
}
