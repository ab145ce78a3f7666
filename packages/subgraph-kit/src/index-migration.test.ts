import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { afterAll, describe, expect, it } from 'vitest';
import { databaseTarget, dropMySqlDatabase, openDataSource, type DatabaseTarget } from './datasource.js';
import { indexMigration } from './index-migration.js';

class IndexProbeTable1700000000000 implements MigrationInterface {
  async up(q: QueryRunner) {
    await q.createTable(
      new Table({
        name: 'index_probe',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'kind', type: 'varchar', length: '16' },
          { name: 'issued_on', type: 'date' },
        ],
      }),
    );
  }
  async down(q: QueryRunner) {
    await q.dropTable('index_probe');
  }
}

const IndexProbeIndexes1700000000001 = indexMigration('IndexProbeIndexes1700000000001', [
  ['index_probe', 'ix_probe_issued', ['issued_on'], 'the probe list as it opens'],
  ['index_probe', 'ix_probe_kind_issued', ['kind', 'issued_on'], 'the probe list by kind'],
]);

/** Open (which migrates), read the indexes back, undo the index migration and read them again. */
async function roundTrip(target: DatabaseTarget) {
  const { dataSource } = await openDataSource({
    target,
    entities: [],
    migrations: [IndexProbeTable1700000000000, IndexProbeIndexes1700000000001],
  });
  const indexes = async () => {
    const table = await dataSource.createQueryRunner().getTable('index_probe');
    return Object.fromEntries(table!.indices.map((i) => [i.name, i.columnNames]));
  };
  try {
    // openDataSource has run both
    expect(await dataSource.showMigrations()).toBe(false);
    expect(await indexes()).toEqual({ ix_probe_issued: ['issued_on'], ix_probe_kind_issued: ['kind', 'issued_on'] });
    await dataSource.undoLastMigration();
    expect(await indexes()).toEqual({});
  } finally {
    await dataSource.destroy();
  }
}

describe('indexMigration', () => {
  it('refuses a name TypeORM could not order by', () => {
    expect(() => indexMigration('ListIndexes', [])).toThrow(/13-digit timestamp/);
  });

  it('creates its indexes and drops them again on SQLite', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'index-migration-'));
    try {
      await roundTrip({ kind: 'sqlite', file: join(dir, 'probe.sqlite') });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  const mysql = databaseTarget(
    `index_migration_${process.pid}`,
    process.env.MYSQL_TEST_URL ?? 'mysql://root@127.0.0.1:3306/igt',
  ) as Extract<DatabaseTarget, { kind: 'mysql' }>;
  afterAll(() => dropMySqlDatabase(mysql));

  it('creates its indexes and drops them again on MariaDB', () => roundTrip(mysql));
});
