import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Each payment of a PPP obligation with its date. What was paid before is carried over as one payment dated the
 * last day of its year: the day it was paid was not recorded, and an obligation is paid within its budget year.
 */
export class PppPayment1732406400340 implements MigrationInterface {
  name = 'PppPayment1732406400340';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'ppp_obligation_payment',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'obligation_id', type: 'varchar', length: '36' },
          { name: 'paid_on', type: 'varchar', length: '10' },
          { name: 'amount', type: 'bigint' },
          { name: 'recorded_by', type: 'varchar', length: '64' },
          { name: 'recorded_at', type: 'varchar', length: '32' },
        ],
      }),
    );
    await q.createIndex(
      'ppp_obligation_payment',
      new TableIndex({ name: 'ix_ppp_payment_obligation', columnNames: ['obligation_id', 'paid_on'] }),
    );
    const rows = (await q.query('SELECT id, year, paid_amount FROM ppp_obligation WHERE paid_amount > 0')) as {
      id: string;
      year: number;
      paid_amount: string | number;
    }[];
    for (const r of rows)
      await q.query(
        `INSERT INTO ppp_obligation_payment (id, obligation_id, paid_on, amount, recorded_by, recorded_at)
         VALUES (?, ?, ?, ?, 'migration', '')`,
        [r.id, r.id, `${r.year}-12-31`, String(r.paid_amount)],
      );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('ppp_obligation_payment');
  }
}
