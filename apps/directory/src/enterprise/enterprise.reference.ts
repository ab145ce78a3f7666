import type { RequestContext } from '@integrity/subgraph-kit';
import { loadEnterprise } from './enterprise.service.js';

export const enterpriseReference = {
  Enterprise: {
    __resolveReference: (ref: { uscc: string }, ctx: RequestContext) => loadEnterprise(ctx, ref.uscc),
  },
};
