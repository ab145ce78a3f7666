import { Allow, allow, type RequestContext } from '@integrity/subgraph-kit';
import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { PublicRecordsArgs } from './disclosure.args.js';
import { publicRecords } from './disclosure.service.js';
import { PublicRecordPage } from './public-record.type.js';

@Resolver()
export class DisclosureResolver {
  @Query(() => PublicRecordPage, {
    description: 'Published dishonesty records inside their publicity period, newest decision first. No login needed.',
  })
  @Allow(allow.public())
  publicDishonestyRecords(@Args() args: PublicRecordsArgs, @Ctx() ctx: RequestContext) {
    return publicRecords(ctx, args);
  }
}
