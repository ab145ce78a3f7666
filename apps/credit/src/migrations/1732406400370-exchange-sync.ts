import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** The row the exchange feed's fillings-in take turns on (ExchangeSyncEntity), there from the start. */
export class ExchangeSync1732406400370 implements MigrationInterface {
  name = 'ExchangeSync1732406400370';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'credit_exchange_sync',
        columns: [{ name: 'id', type: 'varchar', length: '8', isPrimary: true }],
      }),
    );
    await q.query("INSERT INTO credit_exchange_sync (id) VALUES ('main')");
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('credit_exchange_sync');
  }
}
