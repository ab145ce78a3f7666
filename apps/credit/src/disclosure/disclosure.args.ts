import { PageArgs } from '@integrity/subgraph-kit';
import { MaxLength } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';

@ArgsType()
export class PublicRecordsArgs extends PageArgs {
  @Field({
    nullable: true,
    description:
      'Matches document number, authority, or an enterprise’s or department’s name (never a civil servant’s); at most 100 characters.',
  })
  @MaxLength(100)
  search?: string;
}
