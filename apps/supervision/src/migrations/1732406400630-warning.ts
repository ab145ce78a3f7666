import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Early warnings (监测预警) and the sweep's clock. */
export class Warning1732406400630 implements MigrationInterface {
  name = 'Warning1732406400630';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'integrity_warning',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'kind', type: 'varchar', length: '32' },
          { name: 'source_key', type: 'varchar', length: '100' },
          { name: 'department_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'figure', type: 'varchar', length: '40' },
          { name: 'threshold', type: 'varchar', length: '40' },
          { name: 'source', type: 'varchar', length: '16' },
          { name: 'link', type: 'varchar', length: '300' },
          { name: 'since', type: 'varchar', length: '10' },
          { name: 'status', type: 'varchar', length: '12' },
          { name: 'ack_note', type: 'varchar', length: '1000', isNullable: true },
          { name: 'ack_by', type: 'varchar', length: '64', isNullable: true },
          { name: 'ack_on', type: 'varchar', length: '10', isNullable: true },
          { name: 'resolved_on', type: 'varchar', length: '10', isNullable: true },
          { name: 'version', type: 'int', default: 1 },
        ],
      }),
    );
    await q.createIndex(
      'integrity_warning',
      new TableIndex({ name: 'ux_warning_cause', columnNames: ['kind', 'source_key'], isUnique: true }),
    );
    await q.createIndex(
      'integrity_warning',
      new TableIndex({ name: 'ix_warning_department', columnNames: ['department_id', 'status'] }),
    );
    await q.createTable(
      new Table({
        name: 'warning_sweep',
        columns: [
          { name: 'id', type: 'varchar', length: '16', isPrimary: true },
          { name: 'swept_at', type: 'varchar', length: '24' },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('warning_sweep');
    await q.dropTable('integrity_warning');
  }
}
