import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The acceptance period a contract agrees (《保障中小企业款项支付条例》第十条), in days after delivery. Contracts
 * signed before it have none recorded: their ACCEPTANCE milestones keep waiting for a passed acceptance.
 */
export class AcceptancePeriod1732406400370 implements MigrationInterface {
  name = 'AcceptancePeriod1732406400370';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('contract', new TableColumn({ name: 'acceptance_period_days', type: 'int', isNullable: true }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('contract', 'acceptance_period_days');
  }
}
