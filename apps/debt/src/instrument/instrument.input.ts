import { DateScalar, DecimalScalar, SortedPageArgs, type BondPurpose, TextLength } from '@integrity/subgraph-kit';
import { DEBT_INSTRUMENT_SORT } from './instrument-sort.js';
import { ArrayMaxSize, ArrayMinSize, IsOptional, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, Int } from 'type-graphql';
import type { DebtKind } from './instrument.entity.js';
import { BondPurposeEnum, DebtKindEnum } from './instrument.type.js';

@InputType({ description: 'A new debt instrument; its schedule is generated from the terms.' })
export class IssueDebtInput {
  @Field({ description: 'Division code of the borrowing region: the county; a town is refused (TOWN_MAY_NOT_BORROW).' })
  regionCode: string;
  @Field(() => DebtKindEnum) kind: DebtKind;
  @Field(() => DecimalScalar, {
    description: 'Principal, CNY; with the balance it may not exceed the year’s approved limit.',
  })
  principal: string;
  @Field(() => DecimalScalar, { description: 'Annual rate in percent, up to 4 decimals, more than 0 and at most 30.' })
  rate: string;
  @Field(() => DateScalar, { description: 'Issue date, not in the future.' }) issuedOn: string;
  @Field(() => DateScalar, { description: 'Maturity, after the issue date.' }) maturesOn: string;
  @Field({ description: 'The project it funds.' })
  @TextLength(2, 200)
  project: string;
  @Field(() => BondPurposeEnum, {
    nullable: true,
    description: 'A bond’s purpose: NEW (新增债券, the default) or REFINANCING (再融资债券); ignored for other kinds.',
  })
  @IsOptional()
  bondPurpose?: BondPurpose;
  @Field({
    nullable: true,
    description:
      'Number of the province’s on-lending agreement (转贷协议) the bond comes under; ignored for other kinds.',
  })
  @IsOptional()
  @TextLength(2, 100)
  onLendingDocument?: string;
}

@InputType({ description: 'A repayment of principal and/or interest.' })
export class RecordRepaymentInput {
  @Field(() => DateScalar, { description: 'Date paid, not in the future.' }) paidOn: string;
  @Field(() => DecimalScalar, { description: 'Principal repaid, CNY (may be 0).' }) principal: string;
  @Field(() => DecimalScalar, { description: 'Interest paid, CNY (may be 0).' }) interest: string;
}

@InputType({ description: 'One payment of an adjusted schedule.' })
export class ScheduledPaymentInput {
  @Field(() => DateScalar) dueDate: string;
  @Field(() => DecimalScalar) principal: string;
  @Field(() => DecimalScalar) interest: string;
}

@InputType({ description: 'A replacement schedule; its principal must add up to the instrument’s.' })
export class AdjustRepaymentScheduleInput {
  @Field(() => Int, { description: 'The instrument version you read; a stale one is CONFLICT.' }) version: number;
  @Field(() => [ScheduledPaymentInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(400)
  @ValidateNested({ each: true })
  payments: ScheduledPaymentInput[];
}

@ArgsType()
export class DebtInstrumentsArgs extends SortedPageArgs(DEBT_INSTRUMENT_SORT) {
  @Field({ nullable: true, description: 'Only this region.' }) regionCode?: string;
  @Field(() => DebtKindEnum, { nullable: true, description: 'Only this kind.' }) kind?: DebtKind;
}
