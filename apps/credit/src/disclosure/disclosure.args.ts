import { PageArgs } from '@integrity/subgraph-kit';
import { ArgsType, Field } from 'type-graphql';

@ArgsType()
export class PublicRecordsArgs extends PageArgs {
  @Field({
    nullable: true,
    description:
      'Matches document number, authority, or an enterprise’s or department’s name (never a civil servant’s).',
  })
  search?: string;
}
