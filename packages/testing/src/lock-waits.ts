/** What lockWaiters and whileHeld need of a TypeORM data source on MySQL/MariaDB. */
interface MysqlDataSource {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
  options: { database?: unknown };
  createQueryRunner(): {
    startTransaction(): Promise<void>;
    query(sql: string, parameters?: unknown[]): Promise<unknown>;
    commitTransaction(): Promise<void>;
    rollbackTransaction(): Promise<void>;
    release(): Promise<void>;
    readonly isTransactionActive: boolean;
  };
}

type Statement = [sql: string, parameters: unknown[]];

/**
 * The rows each transaction of this database has changed so far, for the transactions waiting for a lock, once
 * `n` of them are: a race test holds a row by hand, starts the requests, and asserts they wait before writing.
 * Polled every 250 ms (InnoDB refreshes INNODB_TRX only when it was last read over 100 ms ago), for 10 s at most.
 */
export async function lockWaiters(dataSource: MysqlDataSource, n: number): Promise<number[]> {
  for (let tries = 0; tries < 40; tries += 1) {
    await new Promise((r) => setTimeout(r, 250));
    const waiting = (await dataSource.query(
      `SELECT t.trx_rows_modified AS modified FROM information_schema.INNODB_TRX t
       JOIN information_schema.PROCESSLIST p ON p.ID = t.trx_mysql_thread_id
       WHERE t.trx_state = 'LOCK WAIT' AND p.DB = ?`,
      [dataSource.options.database],
    )) as { modified: number | string }[];
    if (waiting.length >= n) return waiting.map((w) => Number(w.modified));
  }
  throw new Error(`fewer than ${n} transactions of ${String(dataSource.options.database)} ever waited for a lock`);
}

/**
 * A race test's frame: another transaction runs `hold` (locks or writes a row, not committed), the requests
 * `start` sends reach it, and once `waiters` of them wait for its lock the holder runs `change` (if any) and ends
 * (`commit`, or `rollback`: that other work failed). Returns what `start` gave and the rows each waiter had
 * written while it waited, for the test to assert.
 */
export async function whileHeld<T>(
  dataSource: MysqlDataSource,
  hold: Statement,
  start: () => Promise<T>,
  options: { waiters: number; change?: Statement; end: 'commit' | 'rollback' },
): Promise<{ result: T; written: number[] }> {
  const holder = dataSource.createQueryRunner();
  await holder.startTransaction();
  try {
    await holder.query(...hold);
    const result = start();
    result.catch(() => undefined); // awaited below; not an unhandled rejection if the wait is never seen
    const written = await lockWaiters(dataSource, options.waiters);
    if (options.change) await holder.query(...options.change);
    await (options.end === 'commit' ? holder.commitTransaction() : holder.rollbackTransaction());
    return { result: await result, written };
  } finally {
    if (holder.isTransactionActive) await holder.rollbackTransaction();
    await holder.release();
  }
}
