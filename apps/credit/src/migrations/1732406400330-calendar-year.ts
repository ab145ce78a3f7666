import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The years whose arrangement was loaded as a whole. A year that already has a holiday counts as loaded (an
 * arrangement always has 元旦 at least, so a year with a holiday was loaded, or kept by hand, before the table
 * existed: its deadlines keep counting as they did); a year with only exchanged working days does not.
 */
export class CalendarYear1732406400330 implements MigrationInterface {
  name = 'CalendarYear1732406400330';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'calendar_year',
        columns: [
          { name: 'year', type: 'int', isPrimary: true },
          { name: 'loaded_at', type: 'varchar', length: '32' },
          { name: 'loaded_by', type: 'varchar', length: '64' },
        ],
      }),
    );
    const years = (await q.query(
      "SELECT DISTINCT SUBSTR(date, 1, 4) AS y FROM calendar_day WHERE kind = 'HOLIDAY'",
    )) as { y: string }[];
    const at = new Date().toISOString();
    for (const { y } of years)
      await q.query('INSERT INTO calendar_year (year, loaded_at, loaded_by) VALUES (?, ?, ?)', [
        Number(y),
        at,
        'migration',
      ]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('calendar_year');
  }
}
