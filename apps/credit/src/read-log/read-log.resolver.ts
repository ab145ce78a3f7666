import { PageArgs, Page, type RequestContext, Allow, allow } from '@integrity/subgraph-kit';
import { Args, ArgsType, Ctx, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { loadServant, servantView } from '../civil-servant/civil-servant.service.js';
import { CivilServant } from '../civil-servant/civil-servant.type.js';
import { listReadLog } from './read-log.service.js';

@ObjectType({ description: 'One read of a civil servant’s full file.' })
class FileRead {
  @Field(() => ID) id: string;
  @Field({ description: 'Username of the reader.' }) readerName: string;
  @Field(() => ID) civilServantId: string;
  @Field({ description: 'RECORDS or ID_NUMBER.' }) what: string;
  @Field({ description: 'When (ISO-8601, UTC).' }) at: string;
  @Field({ description: 'Request id.' }) requestId: string;
}

@ObjectType({ description: 'A page of file reads.' })
class FileReadPage extends Page(FileRead) {}

@ArgsType()
class ReadLogArgs extends PageArgs {
  @Field(() => ID, { nullable: true }) civilServantId?: string;
  @Field({ nullable: true, description: 'Only reads by this username.' }) readerName?: string;
}

@Resolver()
export class ReadLogResolver {
  @Query(() => FileReadPage, {
    description: 'Who read which civil servant’s full file, newest first. SUPERVISOR and ADMIN only.',
  })
  @Allow(allow.roles('SUPERVISOR', 'ADMIN'))
  creditFileReadLog(@Args() args: ReadLogArgs, @Ctx() ctx: RequestContext) {
    return listReadLog(ctx, args);
  }
}

@Resolver(() => FileRead)
export class FileReadResolver {
  @FieldResolver(() => CivilServant, {
    nullable: true,
    description:
      'The civil servant whose file was read, by name and department (the log’s readers see no ids): one statement for a page of reads.',
  })
  async civilServant(@Root() r: FileRead, @Ctx() ctx: RequestContext) {
    const c = await loadServant(ctx, r.civilServantId);
    return c && servantView(c);
  }
}
