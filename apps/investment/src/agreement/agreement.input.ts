import { PageArgs, DecimalScalar, DateScalar, TextLength } from '@integrity/subgraph-kit';
import { IsOptional, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'A new investment agreement.' })
export class CreateInvestmentAgreementInput {
  @Field({ description: 'The investor’s unified social credit code (checked).' })
  investorUscc: string;

  @Field(() => ID, { description: 'The signing department (yours, unless you act county-wide).' })
  departmentId: string;

  @Field({ description: 'Division code of the town (a town officer: its own town).' })
  townCode: string;

  @Field(() => DecimalScalar, { description: 'Agreed investment, CNY, more than zero.' })
  amount: string;

  @Field(() => DateScalar, { description: 'Signing date, not in the future.' })
  signedOn: string;

  @Field({ nullable: true, description: 'Project title; defaults to the investor’s name.' })
  @IsOptional()
  @TextLength(2, 200)
  title?: string;

  @Field({ nullable: true, description: 'The investor’s name; defaults to its code.' })
  @IsOptional()
  @TextLength(2, 200)
  investorName?: string;

  @Field(() => Int, { nullable: true, description: 'Jobs the investor promises.' })
  @IsOptional()
  @Min(0)
  jobsPromised?: number;

  @Field({ nullable: true, description: 'Contact person.' })
  @IsOptional()
  @TextLength(1, 50)
  contactPerson?: string;
}

@InputType({ description: 'Changes to an agreement’s tracking fields; commitments are never touched by them.' })
export class UpdateInvestmentAgreementInput {
  @Field(() => Int, { description: 'The version you read; a stale one is CONFLICT.' })
  version: number;

  @Field({ nullable: true, description: 'New contact person (e.g. after a change of leaders).' })
  @IsOptional()
  @TextLength(1, 50)
  contactPerson?: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'What the investor has invested so far, CNY.' })
  @IsOptional()
  investedToDate?: string;

  @Field(() => Int, { nullable: true, description: 'Jobs created so far.' })
  @IsOptional()
  @Min(0)
  jobsCreated?: number;
}

@ArgsType()
export class InvestmentAgreementsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only this signing department.' })
  departmentId?: string;

  @Field({ nullable: true, description: 'Only this town.' })
  townCode?: string;

  @Field({ nullable: true, description: 'Matches title, investor name or code.' })
  search?: string;
}
