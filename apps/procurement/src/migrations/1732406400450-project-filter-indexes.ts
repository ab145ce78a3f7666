import { indexMigration } from '@integrity/subgraph-kit';

/**
 * procurementProjects filtered by category or method: a third of the projects are goods, so a filter read and
 * sorted them all for a page of 50. Each index is ordered as the list opens (newest first); InnoDB appends the id
 * the tie-break sorts by.
 */
export const ProjectFilterIndexes1732406400450 = indexMigration('ProjectFilterIndexes1732406400450', [
  ['procurement_project', 'ix_project_category_created', ['category', 'created_at'], 'procurementProjects category'],
  ['procurement_project', 'ix_project_method_created', ['method', 'created_at'], 'procurementProjects method'],
]);
