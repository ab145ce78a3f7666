import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * procurementProjects sorted by title or budget read and sorted every project for a page of 50 (docs/EXPLAIN.md,
 * scale 1: 2,379 rows); one column each, InnoDB appending the id the tie-break sorts by.
 */
export class ProjectSortIndexes1732406400410 implements MigrationInterface {
  name = 'ProjectSortIndexes1732406400410';

  async up(q: QueryRunner): Promise<void> {
    await q.createIndex('procurement_project', new TableIndex({ name: 'ix_project_title', columnNames: ['title'] }));
    await q.createIndex('procurement_project', new TableIndex({ name: 'ix_project_budget', columnNames: ['budget'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('procurement_project', 'ix_project_budget');
    await q.dropIndex('procurement_project', 'ix_project_title');
  }
}
