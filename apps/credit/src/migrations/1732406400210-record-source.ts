import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Records made from another subgraph's fact name it; (subgraph, id) unique makes the delivery exactly-once. */
export class RecordSource1732406400210 implements MigrationInterface {
  name = 'RecordSource1732406400210';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('credit_record', [
      new TableColumn({ name: 'source_subgraph', type: 'varchar', length: '32', isNullable: true }),
      new TableColumn({ name: 'source_id', type: 'varchar', length: '64', isNullable: true }),
    ]);
    await q.createIndex(
      'credit_record',
      new TableIndex({ name: 'ux_record_source', columnNames: ['source_subgraph', 'source_id'], isUnique: true }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('credit_record', 'ux_record_source');
    await q.dropColumns('credit_record', ['source_subgraph', 'source_id']);
  }
}
