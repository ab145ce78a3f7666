import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The day a task report was first filed, which lateness is judged on: filing it again (a correction after the
 * due day) kept only the latest day and turned an on-time report late. Reports filed before it take the earliest
 * filing day their audit trail records (each `plan-task.report` entry keeps the report as filed, its day
 * included), else the day they were last filed: the only day known.
 */
export class ReportFirstFiled1732406400720 implements MigrationInterface {
  name = 'ReportFirstFiled1732406400720';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn(
      'plan_task_report',
      new TableColumn({ name: 'first_reported_on', type: 'varchar', length: '10', isNullable: true }),
    );
    const filings = (await q.query(
      "SELECT entity_id AS id, after_json AS after FROM audit_log WHERE entity_type = 'TaskReport' AND action = 'plan-task.report'",
    )) as { id: string; after: string | null }[];
    const first = new Map<string, string>();
    for (const f of filings) {
      let day: unknown;
      try {
        day = (JSON.parse(f.after ?? 'null') as { reportedOn?: unknown } | null)?.reportedOn;
      } catch {
        continue;
      }
      const known = first.get(f.id);
      if (typeof day === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(day) && (known === undefined || day < known))
        first.set(f.id, day);
    }
    for (const [id, day] of first)
      await q.query('UPDATE plan_task_report SET first_reported_on = ? WHERE id = ? AND reported_on >= ?', [
        day,
        id,
        day,
      ]);
    await q.query('UPDATE plan_task_report SET first_reported_on = reported_on WHERE first_reported_on IS NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('plan_task_report', 'first_reported_on');
  }
}
