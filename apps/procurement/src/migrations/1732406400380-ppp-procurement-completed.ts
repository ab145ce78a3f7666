import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The day a PPP project's procurement of its social capital partner was completed: it decides whether the project
 * began under the earlier rules (国办函〔2023〕115号). Projects already recorded have no date on record.
 */
export class PppProcurementCompleted1732406400380 implements MigrationInterface {
  name = 'PppProcurementCompleted1732406400380';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn(
      'ppp_project',
      new TableColumn({ name: 'procurement_completed_on', type: 'varchar', length: '10', isNullable: true }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('ppp_project', 'procurement_completed_on');
  }
}
