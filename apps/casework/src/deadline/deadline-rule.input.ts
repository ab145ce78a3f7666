import type { CaseKind } from '@integrity/rules';
import { DateScalar, TextLength } from '@integrity/subgraph-kit';
import { IsOptional, Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { CaseKindEnum, CaseStageEnum, PeriodStartEnum, PeriodUnitEnum } from '../case/case-enums.js';
import type { PeriodUnit } from './deadline.js';
import type { CaseStage, PeriodStart } from './deadline-rules.js';

@InputType({
  description:
    'A new version of a deadline rule, when a regulation or the county changes a period. It applies to cases received from its first day on; cases already registered keep the version they were given.',
})
export class PublishDeadlineRuleInput {
  @Field(() => CaseKindEnum) kind: CaseKind;
  @Field(() => CaseStageEnum) stage: CaseStage;
  @Field(() => PeriodStartEnum, { description: 'What the period counts from; ACCEPT periods count from RECEIVED.' })
  startsFrom: PeriodStart;
  @Field(() => PeriodUnitEnum) unit: PeriodUnit;
  @Field(() => Int, { description: 'Length of the period in its unit, 1 to 366.' }) @Min(1) @Max(366) amount: number;
  @Field(() => Int, {
    nullable: true,
    description: 'What one approved extension adds (same unit, 1 to 366); null: the rule allows none.',
  })
  @IsOptional()
  @Min(1)
  @Max(366)
  extensionAmount?: number | null;
  @Field(() => DateScalar, {
    description: 'First day of receipt it applies to: not before today, and after the current version’s first day.',
  })
  effectiveFrom: string;
  @Field({ description: 'The regulation or decision that sets it, with its number (4 to 500 characters).' })
  @TextLength(4, 500)
  source: string;
}
