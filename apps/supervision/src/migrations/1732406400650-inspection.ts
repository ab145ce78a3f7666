import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Inspections (督促检查) and their findings. */
export class Inspection1732406400650 implements MigrationInterface {
  name = 'Inspection1732406400650';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'inspection',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'department_id', type: 'varchar', length: '36' },
          { name: 'inspected_on', type: 'varchar', length: '10' },
          { name: 'team', type: 'varchar', length: '200' },
          { name: 'recorded_by', type: 'varchar', length: '64' },
          { name: 'recorded_on', type: 'varchar', length: '10' },
        ],
      }),
    );
    await q.createIndex(
      'inspection',
      new TableIndex({ name: 'ix_inspection_department', columnNames: ['department_id', 'inspected_on'] }),
    );
    await q.createTable(
      new Table({
        name: 'inspection_finding',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'inspection_id', type: 'varchar', length: '36' },
          { name: 'seq', type: 'int' },
          { name: 'text', type: 'varchar', length: '1000' },
          { name: 'rectification_id', type: 'varchar', length: '36', isNullable: true },
        ],
      }),
    );
    await q.createIndex(
      'inspection_finding',
      new TableIndex({ name: 'ix_finding_inspection', columnNames: ['inspection_id', 'seq'] }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('inspection_finding');
    await q.dropTable('inspection');
  }
}
