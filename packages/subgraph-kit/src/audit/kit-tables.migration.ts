import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** The kit's own tables, first in every subgraph's migration list. */
export class KitTables1732406400000 implements MigrationInterface {
  name = 'KitTables1732406400000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'audit_log',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'at', type: 'varchar', length: '24' },
          { name: 'actor_id', type: 'varchar', length: '64' },
          { name: 'actor_name', type: 'varchar', length: '100' },
          { name: 'action', type: 'varchar', length: '64' },
          { name: 'entity_type', type: 'varchar', length: '64' },
          { name: 'entity_id', type: 'varchar', length: '64' },
          { name: 'before_json', type: 'text', isNullable: true },
          { name: 'after_json', type: 'text', isNullable: true },
          { name: 'request_id', type: 'varchar', length: '100' },
        ],
      }),
    );
    await q.createIndex(
      'audit_log',
      new TableIndex({ name: 'ix_audit_entity', columnNames: ['entity_type', 'entity_id'] }),
    );
    await q.createIndex('audit_log', new TableIndex({ name: 'ix_audit_at', columnNames: ['at'] }));
    await q.createTable(
      new Table({
        name: 'subgraph_meta',
        columns: [
          { name: 'key', type: 'varchar', length: '64', isPrimary: true },
          { name: 'value', type: 'varchar', length: '255' },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('subgraph_meta');
    await q.dropTable('audit_log');
  }
}
