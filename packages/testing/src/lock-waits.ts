/** What lockWaiters needs of a TypeORM data source on MySQL/MariaDB. */
interface MysqlDataSource {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
  options: { database?: unknown };
}

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
