import { DecimalScalar } from '@integrity/subgraph-kit';
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'The approved debt limit (债务限额) of a region for a year.' })
export class DebtLimit {
  @Field({ description: 'Division code.' }) regionCode: string;
  @Field(() => Int) year: number;
  @Field(() => DecimalScalar, { description: 'Limit, CNY.' }) amount: string;
  @Field(() => Int, { description: 'Row version for optimistic locking.' }) version: number;
}

@ObjectType({
  description:
    'Comprehensive financial resources (综合财力) of a region for a year: the denominator of the debt ratios.',
})
export class FiscalResources {
  @Field({ description: 'Division code.' }) regionCode: string;
  @Field(() => Int) year: number;
  @Field(() => DecimalScalar, { description: 'Resources, CNY.' }) amount: string;
  @Field(() => Int, { description: 'Row version for optimistic locking.' }) version: number;
}
