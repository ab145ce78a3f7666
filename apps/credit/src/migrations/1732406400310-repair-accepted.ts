import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * 受理: a repair application keeps the day it was accepted, from which its decision clock runs (自受理之日起).
 * The county accepts an application on the day it is filed (repairAcceptedOn), so earlier applications were
 * accepted on their filing day and their decision deadlines stand as counted.
 */
export class RepairAccepted1732406400310 implements MigrationInterface {
  name = 'RepairAccepted1732406400310';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn(
      'repair_application',
      new TableColumn({ name: 'accepted_on', type: 'varchar', length: '10', isNullable: true }),
    );
    await q.query('UPDATE repair_application SET accepted_on = applied_on');
    await q.changeColumn(
      'repair_application',
      'accepted_on',
      new TableColumn({ name: 'accepted_on', type: 'varchar', length: '10', isNullable: false }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('repair_application', 'accepted_on');
  }
}
