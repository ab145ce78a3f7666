import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Where a record made from another domain’s fact came from.' })
export class RecordSource {
  @Field({ description: 'The subgraph that reported it (e.g. supervision).' }) subgraph: string;
  @Field({ description: 'The fact’s id there (e.g. the rectification order id).' }) id: string;
}
