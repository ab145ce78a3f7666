import { Allow, allow, type RequestContext } from '@integrity/subgraph-kit';
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { listRegions, loadRegion } from './region.service.js';
import { Region } from './region.type.js';

@Resolver(() => Region)
export class RegionResolver {
  @Query(() => [Region], {
    description: 'Regions known to the system: the county and its towns (and the levels above), by code. Public.',
  })
  @Allow(allow.public())
  regions(
    @Arg('parentCode', () => String, {
      nullable: true,
      description: 'Only the regions directly under this one, e.g. the towns of a county.',
    })
    parentCode: string | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return listRegions(ctx, parentCode);
  }

  @Query(() => Region, { nullable: true, description: 'One region by division code. Public.' })
  @Allow(allow.public())
  region(@Arg('code') code: string, @Ctx() ctx: RequestContext) {
    return loadRegion(ctx, code);
  }

  @FieldResolver(() => Region, { nullable: true, description: 'The region this one belongs to (a town → its county).' })
  parent(@Root() region: Region, @Ctx() ctx: RequestContext) {
    return region.parentCode ? loadRegion(ctx, region.parentCode) : null;
  }
}
