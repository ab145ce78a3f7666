import { byKey, type RequestContext } from '@integrity/subgraph-kit';
import { In } from 'typeorm';
import { RectificationEntity } from './rectification.entity.js';

/** Orders by id, many in one statement (the findings of a page of inspections). */
export const rectificationsById = (ctx: RequestContext) =>
  ctx.loaders.get<string, RectificationEntity | null>('rectification.byId', async (ids) =>
    byKey(ids, await ctx.dataSource.getRepository(RectificationEntity).findBy({ id: In([...ids]) }), (r) => r.id),
  );
