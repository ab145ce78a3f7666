import { DecimalScalar } from '@integrity/subgraph-kit';
import { Field, ID, ObjectType } from 'type-graphql';
import { Enterprise } from '../department/department.type.js';

@ObjectType({ description: 'A bid accepted after the supplier’s credit check.' })
export class Bid {
  @Field(() => ID) id: string;
  @Field({ description: 'The supplier’s unified social credit code.' }) supplierUscc: string;
  @Field({ description: 'The supplier’s name.' }) supplierName: string;
  @Field(() => Enterprise, { description: 'The supplier (directory; credit adds `restricted`).' }) supplier: Enterprise;
  @Field(() => DecimalScalar, { description: 'Bid amount, CNY.' }) amount: string;
  @Field({ description: 'When it was submitted (ISO-8601, UTC).' }) submittedAt: string;
}

@ObjectType({ description: 'A bid refused at submission because the supplier is on the dishonesty list.' })
export class RefusedBid {
  @Field(() => ID) id: string;
  @Field() supplierUscc: string;
  @Field(() => DecimalScalar) amount: string;
  @Field({ description: 'Why, as the credit check said.' }) reason: string;
  @Field() at: string;
}
