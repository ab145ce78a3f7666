import { DateScalar, DecimalScalar } from '@integrity/subgraph-kit';
import { Field, InputType, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'One monthly publication of the one-year loan prime rate (1年期LPR, 全国银行间同业拆借中心), in force from its day: what an agreed late-payment rate is checked against.',
})
export class LoanPrimeRate {
  @Field(() => DateScalar, { description: 'Day published; the value holds from it until the next publication.' })
  publishedOn: string;
  @Field(() => DecimalScalar, { description: 'One-year LPR, annual percent, e.g. "3.00".' }) oneYearPercent: string;
  @Field({ description: 'Who recorded it (system: the published values the release carries).' }) recordedBy: string;
}

@InputType({ description: 'A month’s LPR publication, as published (record every month’s, changed or not).' })
export class RecordLoanPrimeRateInput {
  @Field(() => DateScalar, { description: 'Day published (the 20th, or the next working day); not in the future.' })
  publishedOn: string;
  @Field(() => DecimalScalar, {
    description: 'One-year LPR, annual percent with at most 2 decimals, above 0, at most 20.',
  })
  oneYearPercent: string;
}
