import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/** The approval of a method other than 公开招标 for goods or services at or above the threshold (政府采购法第二十七条). */
export class NonOpenApproval1732406400440 implements MigrationInterface {
  name = 'NonOpenApproval1732406400440';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn(
      'procurement_project',
      new TableColumn({ name: 'non_open_approval', type: 'varchar', length: '100', isNullable: true }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('procurement_project', 'non_open_approval');
  }
}
