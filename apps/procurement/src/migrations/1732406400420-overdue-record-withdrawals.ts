import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * How many overdue records of a milestone were withdrawn because its due date moved afterwards (a failed
 * acceptance recorded late): the next record of the same milestone needs a source id of its own. 0 for every
 * milestone so far — no record was ever withdrawn before this.
 */
export class OverdueRecordWithdrawals1732406400420 implements MigrationInterface {
  name = 'OverdueRecordWithdrawals1732406400420';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn(
      'payment_milestone',
      new TableColumn({ name: 'record_withdrawals', type: 'int', default: 0, isNullable: false }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('payment_milestone', 'record_withdrawals');
  }
}
