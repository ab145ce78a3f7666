import type { CaseKind } from '@integrity/rules';
import { DateScalar } from '@integrity/subgraph-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CaseKindEnum, CaseStageEnum, PeriodStartEnum, PeriodUnitEnum } from '../case/case-enums.js';
import type { PeriodUnit } from './deadline.js';
import type { CaseStage, PeriodStart } from './deadline-rules.js';

@ObjectType({ description: 'One version of a deadline rule: a kind of case, a stage, its period and its source.' })
export class DeadlineRule {
  @Field(() => ID, { description: 'Kind, stage and version, e.g. PETITION.REPLY.1.' }) id: string;
  @Field(() => CaseKindEnum) kind: CaseKind;
  @Field(() => CaseStageEnum) stage: CaseStage;
  @Field(() => PeriodStartEnum, { description: 'What the period counts from.' }) startsFrom: PeriodStart;
  @Field(() => PeriodUnitEnum) unit: PeriodUnit;
  @Field(() => Int, { description: 'Length of the period, in its unit.' }) amount: number;
  @Field(() => Int, { nullable: true, description: 'What one approved extension adds (same unit); null: none.' })
  extensionAmount: number | null;
  @Field(() => DateScalar, { description: 'Cases received from this day on get this version.' }) effectiveFrom: string;
  @Field({ description: 'The regulation or decision that sets it.' }) source: string;
}
