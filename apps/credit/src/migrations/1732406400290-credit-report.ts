import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Credit reports as issued (三.4), and the published evaluation grades they quote (二.5, from supervision). */
export class CreditReport1732406400290 implements MigrationInterface {
  name = 'CreditReport1732406400290';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'credit_report',
        columns: [
          { name: 'number', type: 'varchar', length: '24', isPrimary: true },
          { name: 'subject_type', type: 'varchar', length: '16' },
          { name: 'subject_id', type: 'varchar', length: '36' },
          { name: 'subject_name', type: 'varchar', length: '200' },
          { name: 'issued_at', type: 'varchar', length: '32' },
          { name: 'issued_by', type: 'varchar', length: '64' },
          { name: 'content_json', type: 'text' },
        ],
      }),
    );
    await q.createIndex(
      'credit_report',
      new TableIndex({ name: 'ix_credit_report_subject', columnNames: ['subject_type', 'subject_id', 'issued_at'] }),
    );
    await q.createTable(
      new Table({
        name: 'credit_evaluation_grade',
        columns: [
          { name: 'department_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'year', type: 'int', isPrimary: true },
          { name: 'grade', type: 'varchar', length: '1' },
          { name: 'score_hundredths', type: 'int' },
          { name: 'published_on', type: 'varchar', length: '10' },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('credit_evaluation_grade');
    await q.dropTable('credit_report');
  }
}
