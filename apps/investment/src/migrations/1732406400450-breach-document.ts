import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/** The number of the document that found a commitment breached (认定文书), which its credit record then cites. */
export class BreachDocument1732406400450 implements MigrationInterface {
  name = 'BreachDocument1732406400450';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn(
      'commitment',
      new TableColumn({ name: 'breach_document_number', type: 'varchar', length: '100', isNullable: true }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('commitment', 'breach_document_number');
  }
}
