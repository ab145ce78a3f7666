import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { afterAll, describe, expect, it } from 'vitest';
import { columnMigration } from './column-migration.js';
import { databaseTarget, dropMySqlDatabase, openDataSource, type DatabaseTarget } from './datasource.js';

class ColumnProbeTable1700000000000 implements MigrationInterface {
  async up(q: QueryRunner) {
    await q.createTable(
      new Table({ name: 'column_probe', columns: [{ name: 'id', type: 'varchar', length: '36', isPrimary: true }] }),
    );
    await q.query("INSERT INTO column_probe (id) VALUES ('before')");
  }
  async down(q: QueryRunner) {
    await q.dropTable('column_probe');
  }
}

const ColumnProbeColumns1700000000001 = columnMigration('ColumnProbeColumns1700000000001', [
  ['column_probe', 'document_number', 'varchar', 100],
  ['column_probe', 'note', 'varchar', 200],
]);

/** Open (which migrates), read the columns and the older row back, undo the column migration and read again. */
async function roundTrip(target: DatabaseTarget) {
  const { dataSource } = await openDataSource({
    target,
    entities: [],
    migrations: [ColumnProbeTable1700000000000, ColumnProbeColumns1700000000001],
  });
  const columns = async () =>
    (await dataSource.createQueryRunner().getTable('column_probe'))!.columns
      .filter((c) => c.name !== 'id')
      .map((c) => [c.name, c.length, c.isNullable]);
  try {
    expect(await dataSource.showMigrations()).toBe(false);
    expect(await columns()).toEqual([
      ['document_number', '100', true],
      ['note', '200', true],
    ]);
    // the row from before the migration holds no value in the new column
    expect(await dataSource.query('SELECT document_number FROM column_probe')).toEqual([{ document_number: null }]);
    await dataSource.undoLastMigration();
    expect(await columns()).toEqual([]);
  } finally {
    await dataSource.destroy();
  }
}

describe('columnMigration', () => {
  it('refuses a name TypeORM could not order by', () => {
    expect(() => columnMigration('AddColumns', [])).toThrow(/13-digit timestamp/);
  });

  it('adds its nullable columns and drops them again on SQLite', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'column-migration-'));
    try {
      await roundTrip({ kind: 'sqlite', file: join(dir, 'probe.sqlite') });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  const mysql = databaseTarget(
    `column_migration_${process.pid}`,
    process.env.MYSQL_TEST_URL ?? 'mysql://root@127.0.0.1:3306/igt',
  ) as Extract<DatabaseTarget, { kind: 'mysql' }>;
  afterAll(() => dropMySqlDatabase(mysql));

  it('adds its nullable columns and drops them again on MariaDB', () => roundTrip(mysql));
});
