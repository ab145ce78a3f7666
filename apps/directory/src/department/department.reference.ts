import type { RequestContext } from '@integrity/subgraph-kit';
import { loadDepartment } from './department.service.js';

export const departmentReference = {
  Department: {
    __resolveReference: (ref: { id: string }, ctx: RequestContext) => loadDepartment(ctx, ref.id),
  },
};
