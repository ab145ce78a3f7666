import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * 补正: a request for more material on an objection stops its clock; both ends and the days are kept. The
 * status column widens for MATERIAL_REQUESTED.
 */
export class ObjectionMaterial1732406400230 implements MigrationInterface {
  name = 'ObjectionMaterial1732406400230';

  async up(q: QueryRunner): Promise<void> {
    await q.changeColumn(
      'objection',
      'status',
      new TableColumn({ name: 'status', type: 'varchar', length: '20', isNullable: false }),
    );
    await q.addColumns('objection', [
      new TableColumn({ name: 'material_request', type: 'varchar', length: '2000', isNullable: true }),
      new TableColumn({ name: 'material_requested_on', type: 'varchar', length: '10', isNullable: true }),
      new TableColumn({ name: 'material', type: 'varchar', length: '2000', isNullable: true }),
      new TableColumn({ name: 'material_supplied_on', type: 'varchar', length: '10', isNullable: true }),
      new TableColumn({ name: 'paused_working_days', type: 'int', default: 0 }),
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.changeColumn(
      'objection',
      'status',
      new TableColumn({ name: 'status', type: 'varchar', length: '10', isNullable: false }),
    );
    await q.dropColumns('objection', [
      'material_request',
      'material_requested_on',
      'material',
      'material_supplied_on',
      'paused_working_days',
    ]);
  }
}
