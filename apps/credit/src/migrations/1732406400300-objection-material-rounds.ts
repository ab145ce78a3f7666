import { Table, TableColumn, TableForeignKey, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * 补正 rounds: every request for material on an objection and the material supplied in answer, in their own
 * table, where the objection kept only the last. An objection's last request moves over as its first round
 * (who asked was not kept then, so null); `paused_working_days` stays on the objection as the total its
 * deadlines were moved by, which for older objections may include rounds a later request overwrote.
 */
export class ObjectionMaterialRounds1732406400300 implements MigrationInterface {
  name = 'ObjectionMaterialRounds1732406400300';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'objection_material',
        columns: [
          { name: 'objection_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'round_no', type: 'int', isPrimary: true },
          { name: 'request', type: 'varchar', length: '2000' },
          { name: 'requested_on', type: 'varchar', length: '10' },
          { name: 'requested_by', type: 'varchar', length: '64', isNullable: true },
          { name: 'material', type: 'varchar', length: '2000', isNullable: true },
          { name: 'supplied_on', type: 'varchar', length: '10', isNullable: true },
          { name: 'supplied_by', type: 'varchar', length: '64', isNullable: true },
          { name: 'paused_working_days', type: 'int', isNullable: true },
        ],
      }),
    );
    // earlier rounds were not kept, so the one kept carries the objection's whole pause once supplied
    await q.query(
      `INSERT INTO objection_material (objection_id, round_no, request, requested_on, material, supplied_on, paused_working_days)
       SELECT id, 1, material_request, material_requested_on, material, material_supplied_on,
              CASE WHEN material_supplied_on IS NULL THEN NULL ELSE paused_working_days END
       FROM objection WHERE material_request IS NOT NULL`,
    );
    await q.dropColumns('objection', ['material_request', 'material_requested_on', 'material', 'material_supplied_on']);
    // after the objection table is rebuilt without those columns (SQLite rebuilds it to drop one)
    await q.createForeignKey(
      'objection_material',
      new TableForeignKey({
        columnNames: ['objection_id'],
        referencedTableName: 'objection',
        referencedColumnNames: ['id'],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.addColumns('objection', [
      new TableColumn({ name: 'material_request', type: 'varchar', length: '2000', isNullable: true }),
      new TableColumn({ name: 'material_requested_on', type: 'varchar', length: '10', isNullable: true }),
      new TableColumn({ name: 'material', type: 'varchar', length: '2000', isNullable: true }),
      new TableColumn({ name: 'material_supplied_on', type: 'varchar', length: '10', isNullable: true }),
    ]);
    // each objection's last round back on the objection
    const rows = (await q.query(
      `SELECT m.objection_id, m.request, m.requested_on, m.material, m.supplied_on FROM objection_material m
       WHERE m.round_no = (SELECT MAX(n.round_no) FROM objection_material n WHERE n.objection_id = m.objection_id)`,
    )) as {
      objection_id: string;
      request: string;
      requested_on: string;
      material: string | null;
      supplied_on: string | null;
    }[];
    for (const r of rows)
      await q.query(
        'UPDATE objection SET material_request = ?, material_requested_on = ?, material = ?, material_supplied_on = ? WHERE id = ?',
        [r.request, r.requested_on, r.material, r.supplied_on, r.objection_id],
      );
    await q.dropTable('objection_material');
  }
}
