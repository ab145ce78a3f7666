import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Party sanctions (党纪处分) join the sanction kinds: their codes (PARTY_SERIOUS_WARNING, …) are longer than the
 * column's 16 characters. Widening keeps every stored kind as it is.
 */
export class PartySanctions1732406400325 implements MigrationInterface {
  name = 'PartySanctions1732406400325';

  async up(q: QueryRunner): Promise<void> {
    await q.changeColumn(
      'credit_record',
      'sanction_kind',
      new TableColumn({ name: 'sanction_kind', type: 'varchar', length: '32', isNullable: true }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.changeColumn(
      'credit_record',
      'sanction_kind',
      new TableColumn({ name: 'sanction_kind', type: 'varchar', length: '16', isNullable: true }),
    );
  }
}
