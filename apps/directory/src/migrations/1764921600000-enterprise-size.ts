import { demoEnterprises } from '@integrity/demo-data';
import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Enterprises carry their size class (保障中小企业款项支付条例: an SME's payment terms and late interest). The demo's
 * enterprises get theirs; any other stays UNKNOWN (not an SME) until it is recorded.
 */
export class EnterpriseSize1764921600000 implements MigrationInterface {
  name = 'EnterpriseSize1764921600000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn(
      'enterprise',
      new TableColumn({ name: 'size', type: 'varchar', length: '8', default: "'UNKNOWN'" }),
    );
    for (const e of demoEnterprises) await q.query('UPDATE enterprise SET size = ? WHERE uscc = ?', [e.size, e.uscc]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('enterprise', 'size');
  }
}
