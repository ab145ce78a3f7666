import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** The annual evaluation (考核评价): evaluations, results per department, feedback. */
export class Evaluation1732406400620 implements MigrationInterface {
  name = 'Evaluation1732406400620';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'evaluation',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'year', type: 'int' },
          { name: 'status', type: 'varchar', length: '12' },
          { name: 'rule_version', type: 'int' },
          { name: 'started_on', type: 'varchar', length: '10' },
          { name: 'started_by', type: 'varchar', length: '64' },
          { name: 'feedback_deadline', type: 'varchar', length: '10' },
          { name: 'finalized_on', type: 'varchar', length: '10', isNullable: true },
          { name: 'published_on', type: 'varchar', length: '10', isNullable: true },
          { name: 'version', type: 'int', default: 1 },
        ],
      }),
    );
    await q.createIndex(
      'evaluation',
      new TableIndex({ name: 'ux_evaluation_year', columnNames: ['year'], isUnique: true }),
    );
    await q.createTable(
      new Table({
        name: 'evaluation_result',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'evaluation_id', type: 'varchar', length: '36' },
          { name: 'department_id', type: 'varchar', length: '36' },
          { name: 'department_name', type: 'varchar', length: '200' },
          { name: 'score', type: 'int' },
          { name: 'grade', type: 'varchar', length: '1' },
          { name: 'deductions_json', type: 'text' },
          { name: 'final_score', type: 'int' },
          { name: 'final_grade', type: 'varchar', length: '1' },
        ],
      }),
    );
    await q.createIndex(
      'evaluation_result',
      new TableIndex({ name: 'ux_result_department', columnNames: ['evaluation_id', 'department_id'], isUnique: true }),
    );
    await q.createTable(
      new Table({
        name: 'evaluation_feedback',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'result_id', type: 'varchar', length: '36' },
          { name: 'evaluation_id', type: 'varchar', length: '36' },
          { name: 'text', type: 'varchar', length: '2000' },
          { name: 'filed_by', type: 'varchar', length: '64' },
          { name: 'filed_on', type: 'varchar', length: '10' },
          { name: 'decision', type: 'varchar', length: '8', isNullable: true },
          { name: 'decision_note', type: 'varchar', length: '1000', isNullable: true },
          { name: 'decided_by', type: 'varchar', length: '64', isNullable: true },
          { name: 'decided_on', type: 'varchar', length: '10', isNullable: true },
        ],
      }),
    );
    await q.createIndex(
      'evaluation_feedback',
      new TableIndex({ name: 'ux_feedback_result', columnNames: ['result_id'], isUnique: true }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('evaluation_feedback');
    await q.dropTable('evaluation_result');
    await q.dropTable('evaluation');
  }
}
