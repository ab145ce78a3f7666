import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Column, Entity, In, PrimaryColumn, Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  databaseTarget,
  dropMySqlDatabase,
  ensureMySqlDatabase,
  openDataSource,
  type DatabaseTarget,
} from './datasource.js';
import { bigintTransformer } from './decimal.js';
import { readRows } from './raw-rows.js';

/** Every kind of column the reader passes through as returned, and some it leaves to the driver's conversion. */
@Entity('raw_rows_probe')
class ProbeEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ name: 'region_code', type: 'varchar', length: 12 }) regionCode: string;
  @Column({ name: 'amount_fen', type: 'bigint', transformer: bigintTransformer }) amount: bigint;
  @Column({ name: 'refund_fen', type: 'bigint', nullable: true, transformer: bigintTransformer }) refund: bigint | null;
  @Column({ type: 'int' }) year: number;
  @Column({ type: 'decimal', precision: 12, scale: 4 }) ratio: string;
  @Column({ type: 'boolean' }) closed: boolean;
  @Column({ name: 'due_on', type: 'date' }) dueOn: string;
  @Column({ type: 'varchar', length: 200, nullable: true }) note: string | null;
}

class RawRowsProbe1700000000000 implements MigrationInterface {
  async up(runner: QueryRunner) {
    await runner.createTable(
      new Table({
        name: 'raw_rows_probe',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'region_code', type: 'varchar', length: '12' },
          { name: 'amount_fen', type: 'bigint' },
          { name: 'refund_fen', type: 'bigint', isNullable: true },
          { name: 'year', type: 'int' },
          { name: 'ratio', type: 'decimal', precision: 12, scale: 4 },
          { name: 'closed', type: 'boolean' },
          { name: 'due_on', type: 'date' },
          { name: 'note', type: 'varchar', length: '200', isNullable: true },
        ],
      }),
    );
  }
  async down(runner: QueryRunner) {
    await runner.dropTable('raw_rows_probe');
  }
}

const rows: Partial<ProbeEntity>[] = [
  { id: 'a', regionCode: '445122', amount: 9_007_199_254_740_991n, refund: null, year: 2024 },
  { id: 'b', regionCode: '445122', amount: 0n, refund: 150n, year: 2025, closed: true, note: '饶平县' },
  { id: 'c', regionCode: '445121', amount: 123_456n, refund: 0n, year: 2023, note: null },
  { id: 'd', regionCode: '445100', amount: 1n, refund: 1n, year: 2022 },
].map((r, i) => ({ ratio: `0.${i}250`, closed: false, dueOn: `2025-0${i + 1}-2${i}`, note: 'x', ...r }));

async function probe({ dataSource, counter }: Opened) {
  await dataSource.getRepository(ProbeEntity).save(rows);
  const codes = ['445122', '445121', '445999'];
  const found = await dataSource.manager.find(ProbeEntity, { where: { regionCode: In(codes) }, order: { id: 'ASC' } });
  const read = await readRows(dataSource, ProbeEntity, 'regionCode', codes, { id: 'ASC' });
  expect(read.map((r) => r.id)).toEqual(['a', 'b', 'c']);
  expect(read).toEqual(found.map((f) => ({ ...f })));
  // the same types as find's, not just equal-looking values
  for (const [i, r] of read.entries()) {
    for (const key of Object.keys(found[i]!))
      expect(typeof r[key as keyof ProbeEntity]).toBe(typeof found[i]![key as keyof ProbeEntity]);
  }
  const byYear = await readRows(dataSource, ProbeEntity, 'regionCode', ['445122', '445100'], { year: 'DESC' });
  expect(byYear.map((r) => r.year)).toEqual([2025, 2024, 2022]);
  counter.reset();
  await readRows(dataSource, ProbeEntity, 'regionCode', ['445122', '445121']);
  expect(counter.count).toBe(1);
  expect(await readRows(dataSource, ProbeEntity, 'regionCode', [])).toEqual([]);
  expect(counter.count).toBe(1);
}

type Opened = Awaited<ReturnType<typeof openDataSource>>;
const open = (target: DatabaseTarget): Promise<Opened> =>
  openDataSource({ target, entities: [ProbeEntity], migrations: [RawRowsProbe1700000000000] });

describe('readRows', () => {
  it('returns what find returns, in one statement, on SQLite (better-sqlite3)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'raw-rows-'));
    const opened = await open({ kind: 'sqlite', file: join(dir, 'probe.sqlite') });
    try {
      await probe(opened);
    } finally {
      await opened.dataSource.destroy();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // MariaDB when one answers (the subgraphs' integration tests require it; this unit test only uses it)
  const target = databaseTarget(
    `raw_rows_${process.pid}`,
    process.env.MYSQL_TEST_URL ?? 'mysql://root@127.0.0.1:3306/igt',
  ) as Extract<DatabaseTarget, { kind: 'mysql' }>;
  let mysqlUp = false;
  beforeAll(async () => {
    mysqlUp = await ensureMySqlDatabase(target).then(
      () => true,
      () => false,
    );
  });
  afterAll(() => (mysqlUp ? dropMySqlDatabase(target) : undefined));

  it('returns what find returns on MySQL (mysql2, BIGINT as strings, dates as text)', async (context) => {
    if (!mysqlUp) return context.skip();
    const opened = await open(target);
    try {
      await probe(opened);
    } finally {
      await opened.dataSource.destroy();
    }
  });
});
