import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The OCDS package is read in keyset chunks ordered by creation time then id (ocds.service publishedAfter): an
 * index in that order lets each chunk start where the last ended instead of sorting the whole table again.
 */
export class ProjectCreatedIndex1732406400400 implements MigrationInterface {
  name = 'ProjectCreatedIndex1732406400400';

  async up(q: QueryRunner): Promise<void> {
    await q.createIndex(
      'procurement_project',
      new TableIndex({ name: 'ix_procurement_project_created_at_id', columnNames: ['created_at', 'id'] }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('procurement_project', 'ix_procurement_project_created_at_id');
  }
}
