import type { RequestContext } from '@integrity/subgraph-kit';
import { loadRegion } from './region.service.js';

export const regionReference = {
  Region: {
    __resolveReference: (ref: { code: string }, ctx: RequestContext) => loadRegion(ctx, ref.code),
  },
};
