import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource, EntitySchema } from 'typeorm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteBusyError, takeTurnsOnSqlite } from './sqlite-turns.js';
import { isLockFailure, transaction } from './transaction.js';

interface Row {
  id: string;
  n: number;
}
const RowSchema = new EntitySchema<Row>({
  name: 'turn_row',
  columns: { id: { type: 'varchar', primary: true }, n: { type: 'integer' } },
});

let dir: string;
let dataSource: DataSource;

/** A file database as `npm start` keeps it (WAL), with turns unless a test asks for the bare driver. */
async function open(turns = true, waitMs?: number) {
  dataSource = new DataSource({
    type: 'better-sqlite3',
    database: join(dir, 'turns.sqlite'),
    enableWAL: true,
    entities: [RowSchema],
  });
  await dataSource.initialize();
  // the project's rule holds in tests too: tables come from SQL, never from synchronize
  await dataSource.query('CREATE TABLE IF NOT EXISTS turn_row (id varchar PRIMARY KEY NOT NULL, n integer NOT NULL)');
  if (turns) takeTurnsOnSqlite(dataSource, waitMs);
  return dataSource.getRepository(RowSchema);
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sqlite-turns-'));
});
afterEach(async () => {
  if (dataSource?.isInitialized) await dataSource.destroy();
  rmSync(dir, { recursive: true, force: true });
});

/** A transaction that writes, waits while others run, then fails; and a plain save() sent during its wait. */
async function rolledBackBesideASave(repo: Awaited<ReturnType<typeof open>>) {
  const failing = dataSource
    .transaction(async (m) => {
      await m.getRepository(RowSchema).insert({ id: 'doomed', n: 1 });
      await sleep(50);
      throw new Error('refused after its first write');
    })
    .catch(() => 'rolled back');
  await sleep(10); // the transaction is open now
  await repo.save({ id: 'other request', n: 2 });
  expect(await failing).toBe('rolled back');
  return (await repo.find({ order: { id: 'ASC' } })).map((r) => r.id);
}

/** Ten read-modify-write transactions at once, each awaiting between its read and its write. */
async function tenIncrements(repo: Awaited<ReturnType<typeof open>>) {
  await repo.save({ id: 'counter', n: 0 });
  await Promise.all(
    Array.from({ length: 10 }, () =>
      dataSource.transaction(async (m) => {
        const row = await m.getRepository(RowSchema).findOneByOrFail({ id: 'counter' });
        await sleep(2);
        await m.getRepository(RowSchema).update({ id: 'counter' }, { n: row.n + 1 });
      }),
    ),
  );
  return (await repo.findOneByOrFail({ id: 'counter' })).n;
}

describe('SQLite transactions take turns on the one connection', () => {
  it("keeps another request's save out of a transaction that is rolled back", async () => {
    expect(await rolledBackBesideASave(await open())).toEqual(['other request']);
  });

  it('runs concurrent read-modify-write transactions one after the other: no update is lost', async () => {
    expect(await tenIncrements(await open())).toBe(10);
  });

  it('without turns, the bare driver shows both faults (what this guards against)', async () => {
    const repo = await open(false);
    expect(await rolledBackBesideASave(repo)).toEqual([]);
    await repo.clear();
    // a second BEGIN on the open transaction, or an update lost
    const counted = await tenIncrements(repo).catch((e: unknown) => String(e));
    expect(counted === 10).toBe(false);
  });

  it('still nests a transaction inside its own as a savepoint', async () => {
    const repo = await open();
    await dataSource.transaction(async (m) => {
      await m.getRepository(RowSchema).insert({ id: 'outer', n: 1 });
      await m
        .transaction(async (inner) => {
          await inner.getRepository(RowSchema).insert({ id: 'inner', n: 2 });
          throw new Error('inner refused');
        })
        .catch(() => undefined);
    });
    expect((await repo.find()).map((r) => r.id)).toEqual(['outer']);
  });

  it('a statement that waits past the limit fails as SQLITE_BUSY, a lock failure transaction() retries', async () => {
    const repo = await open(true, 100);
    const holding = dataSource.transaction(async (m) => {
      await m.getRepository(RowSchema).insert({ id: 'slow', n: 1 });
      await sleep(400);
    });
    await sleep(10);
    const error = await repo.count().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SqliteBusyError);
    expect(isLockFailure(error)).toBe(true);
    // retried once, still busy: CONFLICT, nothing written
    const refused = await transaction({ dataSource }, (m) =>
      m.getRepository(RowSchema).insert({ id: 'late', n: 1 }),
    ).catch((e: unknown) => e);
    expect((refused as { code?: string }).code).toBe('CONFLICT');
    await holding;
    expect((await repo.find()).map((r) => r.id)).toEqual(['slow']);
  });

  it('gives the connection back after a failed transaction, so the next one runs', async () => {
    const repo = await open(true, 200);
    await dataSource
      .transaction(async (m) => {
        await m.getRepository(RowSchema).insert({ id: 'a', n: 1 });
        await m.getRepository(RowSchema).insert({ id: 'a', n: 2 }); // duplicate key
      })
      .catch(() => undefined);
    await repo.save({ id: 'b', n: 1 });
    expect((await repo.find()).map((r) => r.id)).toEqual(['b']);
  });
});
