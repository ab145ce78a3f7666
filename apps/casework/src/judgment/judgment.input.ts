import { DateScalar, DecimalScalar, PageArgs, TextLength } from '@integrity/subgraph-kit';
import { IsOptional } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import type { JudgmentStatus } from './judgment-rules.js';
import { JudgmentStatusEnum } from './judgment.type.js';

@InputType({ description: 'An effective judgment against a county body.' })
export class RecordJudgmentInput {
  @Field({
    description:
      '案号, unique. Stored as the court writes it — the year in （）, half-width digits, no spaces — so a case typed two ways is one (JUDGMENT_ALREADY_RECORDED).',
  })
  @TextLength(4, 64)
  caseNumber: string;
  @Field({ description: 'The court.' }) @TextLength(2, 100) court: string;
  @Field(() => ID, { description: 'The obligor.' }) departmentId: string;
  @Field({ description: 'What it must do.' }) @TextLength(2, 2000) obligation: string;
  @Field(() => DecimalScalar, { nullable: true, defaultValue: '0', description: 'The sum to pay, CNY; 0 if none.' })
  amount: string;
  @Field(() => DateScalar, { description: 'Day it took effect; not after today.' }) effectiveOn: string;
  @Field(() => DateScalar, { description: 'Last day to fulfil; not before the day it took effect.' }) dueOn: string;
}

@InputType({ description: 'A payment or performance towards a judgment.' })
export class RecordJudgmentFulfilmentInput {
  @Field(() => DateScalar, { description: 'Day of the fulfilment; not after today.' }) date: string;
  @Field(() => DecimalScalar, {
    nullable: true,
    defaultValue: '0',
    description: 'Sum paid, CNY; at most what is outstanding.',
  })
  amount: string;
  @Field({ description: 'Evidence.' }) @TextLength(2, 1000) evidence: string;
}

@InputType({ description: 'The court’s listing of the obligor as a dishonest judgment debtor (失信被执行人).' })
export class MarkJudgmentDebtorListedInput {
  @Field(() => DateScalar, { description: 'Day listed; not after today.' }) listedOn: string;
  @Field({ description: 'The court’s decision (决定书文号).' }) @TextLength(2, 100) document: string;
}

@ArgsType()
export class JudgmentsArgs extends PageArgs {
  @Field(() => ID, { nullable: true }) departmentId?: string;
  @Field(() => JudgmentStatusEnum, { nullable: true }) @IsOptional() status?: JudgmentStatus;
}
