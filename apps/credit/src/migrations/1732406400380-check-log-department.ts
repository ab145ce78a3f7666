import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The department whose step a credit check was (a project's purchaser), so an officer reads only their own department's checks (a town's
 * investment officer no longer reads every department's awards). Checks logged before it have none: county-wide
 * officers and credit's readers still see them.
 */
export class CheckLogDepartment1732406400380 implements MigrationInterface {
  name = 'CheckLogDepartment1732406400380';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn(
      'credit_check_log',
      new TableColumn({ name: 'department_id', type: 'varchar', length: '36', isNullable: true }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('credit_check_log', 'department_id');
  }
}
