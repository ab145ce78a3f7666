import type { RequestContext } from '@integrity/subgraph-kit';
import { getServant } from './civil-servant.service.js';

/** Batched through the request's loader, with the same read rule as the `civilServant` query. */
export const civilServantReference = {
  CivilServant: { __resolveReference: (ref: { id: string }, ctx: RequestContext) => getServant(ctx, ref.id) },
};
