import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * A civil servant's disciplinary sanction records its kind and the last day of its period (政务处分法 art. 8).
 * Rows recorded before carry none: their kind was never entered, and no period is guessed for them.
 */
export class Sanction1732406400220 implements MigrationInterface {
  name = 'Sanction1732406400220';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('credit_record', [
      new TableColumn({ name: 'sanction_kind', type: 'varchar', length: '16', isNullable: true }),
      new TableColumn({ name: 'sanction_end', type: 'varchar', length: '10', isNullable: true }),
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumns('credit_record', ['sanction_kind', 'sanction_end']);
  }
}
