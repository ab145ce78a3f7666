import { byKey, type RequestContext } from '@integrity/subgraph-kit';
import { In } from 'typeorm';
import { RegionEntity } from './region.entity.js';

const repo = (ctx: RequestContext) => ctx.dataSource.getRepository(RegionEntity);

/** Regions by code through this request's loader: one query however many are asked for. */
export const loadRegion = (ctx: RequestContext, code: string): Promise<RegionEntity | null> =>
  ctx.loaders
    .get<string, RegionEntity | null>('region.byCode', async (codes) =>
      byKey(codes, await repo(ctx).findBy({ code: In([...codes]) }), (r) => r.code),
    )
    .load(code);

/** Every region, county first, then towns by code. */
export const listRegions = (ctx: RequestContext, parentCode?: string): Promise<RegionEntity[]> =>
  repo(ctx).find({ where: parentCode ? { parentCode } : {}, order: { code: 'ASC' } });
