import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/** A record made from another domain's fact learns when its cause was cured: until then it cannot be repaired. */
export class SourceCured1732406400250 implements MigrationInterface {
  name = 'SourceCured1732406400250';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn(
      'credit_record',
      new TableColumn({ name: 'cured_on', type: 'varchar', length: '10', isNullable: true }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('credit_record', 'cured_on');
  }
}
