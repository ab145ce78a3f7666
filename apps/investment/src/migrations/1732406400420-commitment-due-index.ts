import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Commitments are listed by due date (then id) and `commitmentsDueSoon` reads a range of due dates: without an
 * index on it both read and sorted every commitment (docs/EXPLAIN.md, scale 1: 2,887 rows for a page of 50).
 * The status filter is computed (STATUS_SQL), so the walk in due-date order filters as it goes.
 */
export class CommitmentDueIndex1732406400420 implements MigrationInterface {
  name = 'CommitmentDueIndex1732406400420';

  async up(q: QueryRunner): Promise<void> {
    await q.createIndex('commitment', new TableIndex({ name: 'ix_commitment_due', columnNames: ['due_date'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('commitment', 'ix_commitment_due');
  }
}
