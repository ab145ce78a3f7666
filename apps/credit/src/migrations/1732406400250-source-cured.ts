import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * A record made from a fact whose sender reports its cure (the rule table's `cure`) cannot be repaired until
 * the cure is reported; earlier records never needed one.
 */
export class SourceCured1732406400250 implements MigrationInterface {
  name = 'SourceCured1732406400250';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('credit_record', [
      new TableColumn({ name: 'cure_required', type: 'boolean', default: false }),
      new TableColumn({ name: 'cured_on', type: 'varchar', length: '10', isNullable: true }),
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumns('credit_record', ['cure_required', 'cured_on']);
  }
}
