import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Every credit check at a money step (二.4), kept: who, whom, when, the result and the records seen. */
export class CreditCheckLog1732406400260 implements MigrationInterface {
  name = 'CreditCheckLog1732406400260';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'credit_check_log',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'checked_at', type: 'varchar', length: '32' },
          { name: 'step', type: 'varchar', length: '24' },
          { name: 'subject_type', type: 'varchar', length: '16' },
          { name: 'subject_id', type: 'varchar', length: '36' },
          { name: 'subject_name', type: 'varchar', length: '200', isNullable: true },
          { name: 'result', type: 'varchar', length: '8' },
          { name: 'active_serious_count', type: 'int' },
          { name: 'record_ids_json', type: 'text' },
          { name: 'reasons_json', type: 'text' },
          { name: 'service', type: 'varchar', length: '32' },
          { name: 'actor', type: 'varchar', length: '64' },
          { name: 'reference', type: 'varchar', length: '64' },
        ],
      }),
    );
    await q.createIndex(
      'credit_check_log',
      new TableIndex({ name: 'ix_check_subject', columnNames: ['subject_id', 'checked_at'] }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('credit_check_log');
  }
}
