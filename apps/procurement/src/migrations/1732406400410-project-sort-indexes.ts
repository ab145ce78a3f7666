import { indexMigration } from '@integrity/subgraph-kit';

/**
 * procurementProjects sorted by title or budget read and sorted every project for a page of 50 (docs/EXPLAIN.md,
 * scale 1: 2,379 rows); one column each, InnoDB appending the id the tie-break sorts by.
 */
export const ProjectSortIndexes1732406400410 = indexMigration('ProjectSortIndexes1732406400410', [
  ['procurement_project', 'ix_project_title', ['title'], 'procurementProjects sortBy TITLE'],
  ['procurement_project', 'ix_project_budget', ['budget'], 'procurementProjects sortBy BUDGET'],
]);
