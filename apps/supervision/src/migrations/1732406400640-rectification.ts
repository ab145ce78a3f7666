import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Rectification orders (整改) and their course. */
export class Rectification1732406400640 implements MigrationInterface {
  name = 'Rectification1732406400640';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'rectification_order',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'department_id', type: 'varchar', length: '36' },
          { name: 'subject', type: 'varchar', length: '500' },
          { name: 'basis', type: 'varchar', length: '500' },
          { name: 'deadline', type: 'varchar', length: '10' },
          { name: 'status', type: 'varchar', length: '12' },
          { name: 'origin', type: 'varchar', length: '12' },
          { name: 'origin_id', type: 'varchar', length: '64', isNullable: true },
          { name: 'report', type: 'text', isNullable: true },
          { name: 'evidence', type: 'varchar', length: '1000', isNullable: true },
          { name: 'reported_on', type: 'varchar', length: '10', isNullable: true },
          { name: 'decision_note', type: 'varchar', length: '1000', isNullable: true },
          { name: 'decided_on', type: 'varchar', length: '10', isNullable: true },
          { name: 'overdue_on', type: 'varchar', length: '10', isNullable: true },
          { name: 'ordered_by', type: 'varchar', length: '64' },
          { name: 'ordered_on', type: 'varchar', length: '10' },
          { name: 'version', type: 'int', default: 1 },
        ],
      }),
    );
    await q.createIndex(
      'rectification_order',
      new TableIndex({ name: 'ix_rectification_status_deadline', columnNames: ['status', 'deadline'] }),
    );
    await q.createIndex(
      'rectification_order',
      new TableIndex({ name: 'ix_rectification_department', columnNames: ['department_id', 'status'] }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('rectification_order');
  }
}
