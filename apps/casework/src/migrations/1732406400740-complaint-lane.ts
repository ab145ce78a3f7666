import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** The lanes complaint filings take turns on, per department complained about: empty at first, written on demand. */
export class ComplaintLane1732406400740 implements MigrationInterface {
  name = 'ComplaintLane1732406400740';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'casework_complaint_lane',
        columns: [
          { name: 'department_key', type: 'varchar', length: '36', isPrimary: true },
          { name: 'last_filed_at', type: 'varchar', length: '30' },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('casework_complaint_lane');
  }
}
