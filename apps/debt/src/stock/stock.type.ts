import { DEBT_STOCK_KINDS, DateScalar, DecimalScalar, type DebtStockKind } from '@integrity/subgraph-kit';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export const DebtStockKindEnum = Object.fromEntries(DEBT_STOCK_KINDS.map((k) => [k, k])) as {
  [K in DebtStockKind]: K;
};
registerEnumType(DebtStockKindEnum, {
  name: 'DebtStockKind',
  description: 'Stock a region resolves under a yearly plan (中发〔2018〕27号).',
  valuesConfig: {
    HIDDEN_DEBT: {
      description: 'Hidden debt (隐性债务) of financing platforms, resolved under the county’s 化债 plan.',
    },
    ARREARS: { description: 'Arrears (拖欠款项) a town or the county owes: what towns show instead of a debt ratio.' },
  },
});

@ObjectType({ description: 'A region’s stock and its resolution plan for a year.' })
export class DebtStockPlan {
  @Field({ description: 'Division code.' }) regionCode: string;
  @Field(() => Int) year: number;
  @Field(() => DebtStockKindEnum) kind: DebtStockKind;
  @Field(() => DecimalScalar, { description: 'Stock at 1 January, CNY.' }) stockAtStart: string;
  @Field(() => DecimalScalar, { description: 'Reduction planned in the year, CNY.' }) plannedReduction: string;
  @Field(() => Int, { description: 'Row version for optimistic locking.' }) version: number;
}

@ObjectType({ description: 'One reduction of the stock.' })
export class DebtReduction {
  @Field(() => ID) id: string;
  @Field(() => DateScalar) reducedOn: string;
  @Field(() => DecimalScalar, { description: 'Amount reduced, CNY.' }) amount: string;
  @Field({ description: 'How it was reduced.' }) means: string;
  @Field({ description: 'Username of the officer who recorded it.' }) recordedBy: string;
}

@ObjectType({
  description:
    'Stock-debt resolution (存量债务化解) of a region in a year: the stock at 1 January against the year’s plan and what was reduced.',
})
export class DebtClearance {
  @Field(() => Int) year: number;
  @Field(() => DebtStockKindEnum, { description: 'Which stock.' }) kind: DebtStockKind;
  @Field({ description: 'Whether a plan is recorded for the year; without one the amounts are 0.' })
  planRecorded: boolean;
  @Field(() => DecimalScalar, { description: 'Stock at 1 January, CNY.' }) stockAtStart: string;
  @Field(() => DecimalScalar, { description: 'Reduction planned in the year, CNY.' }) plannedReduction: string;
  @Field(() => DecimalScalar, { description: 'Reduced in the year so far, CNY.' }) reduced: string;
  @Field(() => DecimalScalar, { description: 'Stock left: stock at 1 January less reduced, CNY.' }) remaining: string;
  @Field(() => Float, {
    nullable: true,
    description: 'reduced ÷ planned (1 = plan met); null without a plan or with nothing planned.',
  })
  progress: number | null;
  @Field(() => [DebtReduction], { description: 'The year’s reductions, by date.' }) reductions: DebtReduction[];
  @Field(() => DecimalScalar, {
    deprecationReason: 'Debt service, not stock resolution: read DebtRisk.debtServiceRatio.',
    description: 'Principal and interest scheduled in the year, CNY.',
  })
  dueInYear: string;
  @Field(() => DecimalScalar, {
    deprecationReason: 'Debt service, not stock resolution: read DebtRisk.debtServiceRatio.',
    description: 'Principal and interest repaid in the year, CNY.',
  })
  repaidInYear: string;
}
