import { subgraph as directory } from '@integrity/directory';
import { mysqlStatus, startStack, type Stack } from '@integrity/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraph as credit } from '../src/index.js';
import { CalendarYear1732406400330 } from '../src/migrations/1732406400330-calendar-year.js';

const mysql = await mysqlStatus();

// Migration 330 on both databases: the years that had a holiday before calendar_year existed count as loaded;
// a year with only exchanged working days does not.
describe.each(['mysql', 'sqlite'] as const)('the calendar_year migration on %s', (database) => {
  let stack: Stack;
  const skip = database === 'mysql' && !mysql.ok;
  beforeAll(async () => {
    if (!skip) stack = await startStack({ subgraphs: [directory, credit], database });
  }, 180_000);
  afterAll(() => stack?.close());

  it.skipIf(skip)('takes a year with a holiday as loaded, and only such a year', async () => {
    const ds = stack.subgraphs.credit!.dataSource;
    const migration = new CalendarYear1732406400330();
    const runner = ds.createQueryRunner();
    await migration.down(runner); // calendar_year gone, as before the migration
    await ds.query("INSERT INTO calendar_day (date, kind, name) VALUES ('2040-01-01', 'HOLIDAY', '元旦')");
    await ds.query("INSERT INTO calendar_day (date, kind, name) VALUES ('2041-02-02', 'WORKDAY', '调休')");
    await migration.up(runner);
    await runner.release();
    const rows = (await ds.query('SELECT year, loaded_by FROM calendar_year ORDER BY year')) as {
      year: number;
      loaded_by: string;
    }[];
    expect(rows.map((r) => [Number(r.year), r.loaded_by])).toEqual([
      [2026, 'migration'], // the demo's arrangement
      [2040, 'migration'],
    ]);
    const year = await stack.graphql<{ a: { loaded: boolean }; b: { loaded: boolean } }>(
      '{ a: workingCalendarYear(year: 2040) { loaded } b: workingCalendarYear(year: 2041) { loaded } }',
      {},
      await stack.login('admin'),
    );
    expect(year.data).toEqual({ a: { loaded: true }, b: { loaded: false } });
  });
});
