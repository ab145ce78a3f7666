import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

const OLD_NAME = 'ix_record_department_figures';
const OLD = new TableIndex({
  name: OLD_NAME,
  columnNames: ['department_id', 'status', 'publicity_end', 'category', 'severity'],
});

/**
 * The per-department figures also count the active records procurement sent as breaches (by source), so the
 * covering index of migration 280 no longer covered their one grouped statement: MariaDB read every matching row
 * (7–10 s per dashboard at scale 10 in the bench run of 2026-12-05). The same index with the source columns
 * after it answers the statement from the index again.
 */
export class RecordFiguresBreachIndex1732406400350 implements MigrationInterface {
  name = 'RecordFiguresBreachIndex1732406400350';

  async up(q: QueryRunner): Promise<void> {
    await q.createIndex(
      'credit_record',
      new TableIndex({
        name: 'ix_record_department_figures_source',
        columnNames: [...OLD.columnNames, 'source_subgraph', 'source_id'],
      }),
    );
    await q.dropIndex('credit_record', OLD_NAME);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.createIndex('credit_record', OLD);
    await q.dropIndex('credit_record', 'ix_record_department_figures_source');
  }
}
