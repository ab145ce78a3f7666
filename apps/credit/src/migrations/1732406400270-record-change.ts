import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The exchange feed of government dishonesty records' changes. Empty at first: the first export fills in
 * every record already on disclosure (syncChanges).
 */
export class RecordChange1732406400270 implements MigrationInterface {
  name = 'RecordChange1732406400270';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'credit_record_change',
        columns: [
          { name: 'seq', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'record_id', type: 'varchar', length: '36' },
          { name: 'change_kind', type: 'varchar', length: '12' },
          { name: 'at', type: 'varchar', length: '32' },
        ],
      }),
    );
    await q.createIndex(
      'credit_record_change',
      new TableIndex({ name: 'ix_change_record', columnNames: ['record_id', 'change_kind'] }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('credit_record_change');
  }
}
