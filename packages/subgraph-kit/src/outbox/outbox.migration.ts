import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** The kit's transactional outbox, in every subgraph (empty where nothing is sent). */
export class KitOutbox1764748800200 implements MigrationInterface {
  name = 'KitOutbox1764748800200';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'outbox_message',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'topic', type: 'varchar', length: '64' },
          { name: 'dedupe_key', type: 'varchar', length: '200' },
          { name: 'payload_json', type: 'text' },
          { name: 'created_at', type: 'varchar', length: '24' },
          { name: 'attempts', type: 'int', default: 0 },
          { name: 'next_attempt_at', type: 'varchar', length: '24' },
          { name: 'delivered_at', type: 'varchar', length: '24', isNullable: true },
          { name: 'last_error', type: 'varchar', length: '1000', isNullable: true },
        ],
      }),
    );
    await q.createIndex(
      'outbox_message',
      new TableIndex({ name: 'ux_outbox_topic_key', columnNames: ['topic', 'dedupe_key'], isUnique: true }),
    );
    await q.createIndex(
      'outbox_message',
      new TableIndex({ name: 'ix_outbox_due', columnNames: ['delivered_at', 'next_attempt_at'] }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('outbox_message');
  }
}
