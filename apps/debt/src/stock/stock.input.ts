import { DateScalar, DecimalScalar, type DebtStockKind, TextLength } from '@integrity/subgraph-kit';
import { IsOptional } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { DebtStockKindEnum } from './stock.type.js';

@InputType({ description: 'A region’s stock at 1 January and the year’s resolution plan (化债计划).' })
export class SetDebtStockPlanInput {
  @Field({ description: 'Division code.' }) regionCode: string;
  @Field(() => Int) year: number;
  @Field(() => DebtStockKindEnum) kind: DebtStockKind;
  @Field(() => DecimalScalar, { description: 'Stock at 1 January, CNY.' }) stockAtStart: string;
  @Field(() => DecimalScalar, { description: 'Reduction the plan undertakes in the year, CNY; not above the stock.' })
  plannedReduction: string;
  @Field(() => Int, { nullable: true, description: 'The version you read when changing a plan; stale is CONFLICT.' })
  @IsOptional()
  version?: number;
}

@InputType({ description: 'One reduction of a region’s stock under the year’s plan.' })
export class RecordDebtReductionInput {
  @Field({ description: 'Division code.' }) regionCode: string;
  @Field(() => Int) year: number;
  @Field(() => DebtStockKindEnum) kind: DebtStockKind;
  @Field(() => DecimalScalar, { description: 'Amount reduced, CNY; not above the stock left.' }) amount: string;
  @Field(() => DateScalar, { description: 'Date, in the year and not in the future.' }) reducedOn: string;
  @Field({ description: 'How: 安排财政资金、出让政府股权、经营收入、债务重组…' }) @TextLength(2, 200) means: string;
}
