import {
  DateScalar,
  DecimalScalar,
  PageArgs,
  type FairCompetitionConclusion,
  TextLength,
} from '@integrity/subgraph-kit';
import { IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import type { CommitmentKind } from './commitment.entity.js';
import type { CommitmentStatus } from './commitment-status.js';
import { CommitmentKindEnum, CommitmentStatusEnum } from './commitment.type.js';
import { FairCompetitionConclusionEnum } from './fair-competition.type.js';

@InputType({
  description:
    'The fair-competition review (公平竞争审查) of a commitment, from its written conclusion (《公平竞争审查条例》).',
})
export class FairCompetitionReviewInput {
  @Field({ description: 'Document number of the review record (审查文号 / 记录编号).' })
  @TextLength(2, 100)
  documentNumber: string;

  @Field({ description: 'The body that reviewed it (the drafting department, or the market regulator with it).' })
  @TextLength(2, 200)
  reviewBody: string;

  @Field(() => DateScalar, {
    description:
      'Date of the written conclusion, not in the future and not after the agreement was signed (the signing day passes): FAIR_COMPETITION_REVIEW_AFTER_SIGNING.',
  })
  reviewedOn: string;

  @Field(() => FairCompetitionConclusionEnum, {
    description: 'The conclusion; FAILED is refused with FAIR_COMPETITION_REVIEW_FAILED.',
  })
  conclusion: FairCompetitionConclusion;
}

@InputType({ description: 'The investor’s written consent to a waiver (投资方书面同意).' })
export class InvestorConsentInput {
  @Field({ description: 'Number of the investor’s letter of consent.' })
  @TextLength(2, 100)
  documentNumber: string;

  @Field(() => DateScalar, { description: 'Date of the investor’s letter: not before the signing, not in the future.' })
  date: string;
}

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
  @TextLength(2, 1000)
  description: string;

  @Field(() => FairCompetitionReviewInput, {
    nullable: true,
    description:
      'The fair-competition review it passed; required for every kind the review table names (today all): FAIR_COMPETITION_REVIEW_REQUIRED when missing.',
  })
  @IsOptional()
  @ValidateNested()
  fairCompetitionReview?: FairCompetitionReviewInput | null;
}

@InputType({ description: 'A fulfilment event.' })
export class RecordFulfilmentInput {
  @Field(() => DecimalScalar, { description: 'Amount fulfilled, CNY; at most what is outstanding.' })
  amount: string;

  @Field(() => DateScalar, {
    description: 'When: not in the future, not before the agreement was signed (DATE_TOO_EARLY).',
  })
  date: string;

  @Field({ description: 'Evidence: document number, voucher, certificate.' })
  @TextLength(2, 1000)
  evidence: string;
}

@InputType({ description: 'A waiver agreed with the investor, who consented in writing.' })
export class WaiveCommitmentInput {
  @Field({ description: 'The agreement with the investor (e.g. 补充协议 number).' })
  @TextLength(2, 200)
  document: string;

  @Field({ description: 'Why it was waived.' })
  @TextLength(2, 1000)
  note: string;

  @Field(() => InvestorConsentInput, {
    nullable: true,
    description: 'The investor’s written consent (required): INVESTOR_CONSENT_REQUIRED when missing.',
  })
  @IsOptional()
  @ValidateNested()
  investorConsent?: InvestorConsentInput | null;
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
