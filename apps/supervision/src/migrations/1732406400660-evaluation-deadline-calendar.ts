import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Whether an evaluation's feedback deadline was counted through a year whose calendar was not loaded. Earlier
 * evaluations are taken as counted on a loaded calendar (false): their deadlines stand as they were fixed.
 */
export class EvaluationDeadlineCalendar1732406400660 implements MigrationInterface {
  name = 'EvaluationDeadlineCalendar1732406400660';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn(
      'evaluation',
      new TableColumn({ name: 'feedback_deadline_calendar_missing', type: 'boolean', default: false }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('evaluation', 'feedback_deadline_calendar_missing');
  }
}
