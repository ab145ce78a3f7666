import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DecimalScalar } from '@integrity/subgraph-kit';

// Department as supervision sees it: the key, and the figures other subgraphs own, declared @external so
// the query planner fetches them (each batched in its own subgraph) and hands them over in the
// representation. Supervision reads no other subgraph's tables and calls nobody for a score.
@Directive('@key(fields: "id")')
@ObjectType()
export class Department {
  @Field(() => ID)
  id: string;

  @Directive('@external')
  @Field(() => Float)
  creditFileCoverage?: number;

  @Directive('@external')
  @Field(() => Int)
  activeDishonestyRecordCount?: number;

  @Directive('@external')
  @Field(() => Int)
  activeSeriousRecordCount?: number;

  @Directive('@external')
  @Field(() => Int)
  overduePaymentCount?: number;

  @Directive('@external')
  @Field(() => DecimalScalar)
  overduePaymentAmount?: string;

  @Directive('@external')
  @Field(() => Int)
  breachCount?: number;

  @Directive('@external')
  @Field(() => Int)
  overdueCommitmentCount?: number;

  @Directive('@external')
  @Field(() => Int)
  breachedCommitmentCount?: number;

  @Directive('@external')
  @Field(() => Float, { nullable: true })
  commitmentFulfilmentRate?: number | null;
}
