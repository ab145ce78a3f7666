import { DateScalar, DecimalScalar, TextLength } from '@integrity/subgraph-kit';
import type { DueBasis, EnterpriseSize } from '@integrity/rules';
import { ArrayMaxSize, ArrayMinSize, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DueBasisEnum, EnterpriseSizeEnum } from './sme.type.js';

@InputType({
  description:
    'One payment milestone of a contract: on a fixed date, or termDays after delivery or passed acceptance (dueBasis).',
})
export class MilestoneInput {
  @Field(() => DateScalar, {
    nullable: true,
    description: 'The agreed due date: required for FIXED_DATE, not given for DELIVERY or ACCEPTANCE.',
  })
  dueDate?: string;
  @Field(() => DecimalScalar, { description: 'Amount, CNY.' }) amount: string;
  @Field(() => DueBasisEnum, { nullable: true, description: 'What the due date counts from; default FIXED_DATE.' })
  dueBasis?: DueBasis;
  @Field(() => Int, {
    nullable: true,
    description:
      'Days after the basis event (DELIVERY, ACCEPTANCE); default 30. To an SME at most 60 (SME_PAYMENT_TERM_TOO_LONG).',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(3650)
  termDays?: number;
}

@InputType({ description: 'Sign the contract of an AWARDED project; the milestones must add up to the amount.' })
export class SignContractInput {
  @Field(() => DecimalScalar, { description: 'Contract amount, CNY, not above the budget.' }) amount: string;
  @Field(() => DateScalar, { description: 'Signing date, not in the future.' }) signedOn: string;
  @Field(() => [MilestoneInput], { description: 'Payments due to the supplier.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  milestones: MilestoneInput[];
  @Field(() => EnterpriseSizeEnum, {
    nullable: true,
    description:
      'The supplier’s size as it declares it at signing (中小企业声明函, 财库〔2020〕46号), kept on the contract. Not given, or UNKNOWN (not declared): the size directory has on record for the supplier (Enterprise.size; UNKNOWN, not an SME, when none).',
  })
  supplierSize?: EnterpriseSize;
  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'Agreed annual late-payment interest rate in percent, up to 2 decimals (e.g. "3.00"); not below the one-year LPR at signing (LATE_RATE_BELOW_LPR). Not given: 0.05% a day.',
  })
  lateRatePercent?: string;
  @Field(() => Int, {
    nullable: true,
    description:
      'The agreed acceptance period (检验或者验收期限), days after delivery. Required when a milestone is due after ACCEPTANCE and the supplier is an SME (SME_ACCEPTANCE_PERIOD_REQUIRED, 条例第十条); optional otherwise. Acceptance not passed by deliveredOn + this, ACCEPTANCE milestones fall due from the period’s end as if accepted then.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3650)
  acceptancePeriodDays?: number;
}

@InputType({ description: 'The acceptance (履约验收) of a project in performance.' })
export class RecordAcceptanceInput {
  @Field({
    description: 'true: passed (the project becomes ACCEPTED); false: failed (recorded, stays IN_PERFORMANCE).',
  })
  passed: boolean;
  @Field(() => DateScalar, { description: 'Acceptance date, not in the future.' }) acceptedOn: string;
  @Field({ nullable: true }) @IsOptional() @TextLength(1, 1000) note?: string;
}

@InputType({ description: 'A breach (违约失信) and the department responsible for it.' })
export class RecordBreachInput {
  @Field(() => ID, { description: 'The responsible department.' }) departmentId: string;
  @Field(() => ID, { nullable: true, description: 'The project concerned, if any: a procurement or a PPP project.' })
  projectId?: string;
  @Field() @TextLength(2, 1000) description: string;
  @Field({
    nullable: true,
    description:
      'Number of the document that found the breach (认定文书号), e.g. 饶财采〔2026〕12号: the credit record cites it; without one the record carries a generated reference (采购违约 2026-xxxxxxxx).',
  })
  @IsOptional()
  @TextLength(2, 100)
  documentNumber?: string;
}

@InputType({ description: 'A delivery again after a failed acceptance, the defects put right (整改后重新交付).' })
export class RecordRedeliveryInput {
  @Field(() => DateScalar, {
    description: 'The day the supplier delivered again: after the failed acceptance, not in the future.',
  })
  redeliveredOn: string;
  @Field({ nullable: true, description: 'What was put right (整改情况).' })
  @IsOptional()
  @TextLength(1, 1000)
  note?: string;
}
