import { BUILT_IN_LPR } from '@integrity/rules';
import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** The one-year LPR as data officers keep: started from the published values the rules package carries. */
export class LprPublication1732406400360 implements MigrationInterface {
  name = 'LprPublication1732406400360';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'lpr_publication',
        columns: [
          { name: 'published_on', type: 'varchar', length: '10', isPrimary: true },
          { name: 'one_year_bp', type: 'int' },
          { name: 'recorded_by', type: 'varchar', length: '64' },
          { name: 'recorded_at', type: 'varchar', length: '32' },
        ],
      }),
    );
    const at = new Date().toISOString();
    for (const r of BUILT_IN_LPR)
      await q.query(
        'INSERT INTO lpr_publication (published_on, one_year_bp, recorded_by, recorded_at) VALUES (?, ?, ?, ?)',
        [r.publishedOn, r.bp, 'system', at],
      );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('lpr_publication');
  }
}
