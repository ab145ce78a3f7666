import { sortFields } from '@integrity/subgraph-kit';

/** The columns procurement projects can be ordered by, and each one's SQL expression in the list's query. */
export const PROCUREMENT_PROJECT_SORT = sortFields('ProcurementProjectSortField', 'procurement projects', {
  TITLE: { column: 'p.title', description: 'Title.' },
  BUDGET: { column: 'p.budget', description: 'Budget.' },
  CREATED_AT: { column: 'p.created_at', description: 'When the project was registered.' },
});
