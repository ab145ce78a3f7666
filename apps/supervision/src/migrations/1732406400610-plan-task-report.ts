import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Quarterly progress reports on the plan's tasks, one per task, department and quarter. */
export class PlanTaskReport1732406400610 implements MigrationInterface {
  name = 'PlanTaskReport1732406400610';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'plan_task_report',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'task_id', type: 'varchar', length: '16' },
          { name: 'department_id', type: 'varchar', length: '36' },
          { name: 'period', type: 'varchar', length: '6' },
          { name: 'status', type: 'varchar', length: '12' },
          { name: 'progress', type: 'text' },
          { name: 'evidence', type: 'varchar', length: '1000', isNullable: true },
          { name: 'reported_by', type: 'varchar', length: '64' },
          { name: 'reported_on', type: 'varchar', length: '10' },
          { name: 'version', type: 'int', default: 1 },
        ],
      }),
    );
    await q.createIndex(
      'plan_task_report',
      new TableIndex({
        name: 'ux_plan_task_report',
        columnNames: ['task_id', 'department_id', 'period'],
        isUnique: true,
      }),
    );
    await q.createIndex(
      'plan_task_report',
      new TableIndex({ name: 'ix_plan_task_report_period', columnNames: ['period', 'department_id'] }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('plan_task_report');
  }
}
