import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Re-deliveries after a failed acceptance (整改后重新交付): none was recorded before this. */
export class Redelivery1732406400430 implements MigrationInterface {
  name = 'Redelivery1732406400430';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'redelivery',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'contract_id', type: 'varchar', length: '36' },
          { name: 'redelivered_on', type: 'varchar', length: '10' },
          { name: 'note', type: 'varchar', length: '1000', isNullable: true },
          { name: 'recorded_by', type: 'varchar', length: '64' },
          { name: 'recorded_at', type: 'varchar', length: '32' },
        ],
      }),
    );
    await q.createIndex(
      'redelivery',
      new TableIndex({ name: 'ix_redelivery_contract', columnNames: ['contract_id', 'redelivered_on'] }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('redelivery');
  }
}
