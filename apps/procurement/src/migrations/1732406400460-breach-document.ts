import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/** The number of the document that found a breach (认定文书), which its credit record then cites. */
export class BreachDocument1732406400460 implements MigrationInterface {
  name = 'BreachDocument1732406400460';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn(
      'breach_record',
      new TableColumn({ name: 'document_number', type: 'varchar', length: '100', isNullable: true }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('breach_record', 'document_number');
  }
}
