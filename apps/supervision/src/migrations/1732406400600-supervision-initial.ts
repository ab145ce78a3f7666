import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Scoring rule versions and the county plan's task ledger. */
export class SupervisionInitial1732406400600 implements MigrationInterface {
  name = 'SupervisionInitial1732406400600';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'scoring_rule_version',
        columns: [
          { name: 'version', type: 'int', isPrimary: true },
          { name: 'rules_json', type: 'text' },
          { name: 'note', type: 'varchar', length: '1000' },
          { name: 'published_by', type: 'varchar', length: '64' },
          { name: 'published_at', type: 'varchar', length: '32' },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'plan_task',
        columns: [
          { name: 'id', type: 'varchar', length: '16', isPrimary: true },
          { name: 'plan_code', type: 'varchar', length: '40' },
          { name: 'section', type: 'varchar', length: '8' },
          { name: 'seq', type: 'int' },
          { name: 'sort_key', type: 'int' },
          { name: 'duty_title', type: 'varchar', length: '200' },
          { name: 'text', type: 'text' },
          { name: 'responsible', type: 'varchar', length: '500' },
          { name: 'unresolved_names', type: 'varchar', length: '500' },
        ],
      }),
    );
    await q.createIndex('plan_task', new TableIndex({ name: 'ix_plan_task_sort', columnNames: ['sort_key'] }));
    await q.createTable(
      new Table({
        name: 'plan_task_unit',
        columns: [
          { name: 'task_id', type: 'varchar', length: '16', isPrimary: true },
          { name: 'department_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'role', type: 'varchar', length: '12' },
          { name: 'named_as', type: 'varchar', length: '60' },
        ],
      }),
    );
    await q.createIndex(
      'plan_task_unit',
      new TableIndex({ name: 'ix_plan_task_unit_department', columnNames: ['department_id', 'task_id'] }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('plan_task_unit');
    await q.dropTable('plan_task');
    await q.dropTable('scoring_rule_version');
  }
}
