import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { addWorkingDays, type Calendar } from '@integrity/subgraph-kit';
import { REPAIR_RULES } from '../rules/repair-rules.js';

/**
 * 谁认定谁修复: a record keeps the department that recorded it (unknown, so null, for earlier rows), and a
 * repair application its decision deadline, filled for earlier applications from their filing day and the
 * calendar as it stands.
 */
export class RepairClock1732406400240 implements MigrationInterface {
  name = 'RepairClock1732406400240';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn(
      'credit_record',
      new TableColumn({ name: 'recorded_by_department_id', type: 'varchar', length: '36', isNullable: true }),
    );
    await q.addColumn(
      'repair_application',
      new TableColumn({ name: 'decision_deadline', type: 'varchar', length: '10', isNullable: true }),
    );
    const days = (await q.query('SELECT date, kind FROM calendar_day')) as { date: string; kind: string }[];
    const calendar: Calendar = {
      holidays: new Set(days.filter((d) => d.kind === 'HOLIDAY').map((d) => d.date)),
      workdays: new Set(days.filter((d) => d.kind === 'WORKDAY').map((d) => d.date)),
    };
    const rows = (await q.query('SELECT id, applied_on FROM repair_application')) as {
      id: string;
      applied_on: string;
    }[];
    for (const r of rows)
      await q.query('UPDATE repair_application SET decision_deadline = ? WHERE id = ?', [
        addWorkingDays(r.applied_on, REPAIR_RULES.decisionWorkingDays, calendar),
        r.id,
      ]);
    await q.changeColumn(
      'repair_application',
      'decision_deadline',
      new TableColumn({ name: 'decision_deadline', type: 'varchar', length: '10', isNullable: false }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('repair_application', 'decision_deadline');
    await q.dropColumn('credit_record', 'recorded_by_department_id');
  }
}
