import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Every payment against a milestone, with its own date (issue 15: a partial payment used to overwrite the last
 * one's date). What was paid before is carried over as one payment on the date last recorded.
 */
export class MilestonePayment1732406400320 implements MigrationInterface {
  name = 'MilestonePayment1732406400320';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'milestone_payment',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'milestone_id', type: 'varchar', length: '36' },
          { name: 'paid_on', type: 'varchar', length: '10' },
          { name: 'amount', type: 'bigint' },
          { name: 'recorded_by', type: 'varchar', length: '64' },
          { name: 'recorded_at', type: 'varchar', length: '32' },
        ],
      }),
    );
    await q.createIndex(
      'milestone_payment',
      new TableIndex({ name: 'ix_milestone_payment_milestone', columnNames: ['milestone_id', 'paid_on'] }),
    );
    await q.query(
      `INSERT INTO milestone_payment (id, milestone_id, paid_on, amount, recorded_by, recorded_at)
       SELECT id, id, paid_on, paid_amount, 'migration', '' FROM payment_milestone
       WHERE paid_amount > 0 AND paid_on IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('milestone_payment');
  }
}
