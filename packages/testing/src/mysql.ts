import mysql from 'mysql2/promise';

/** The server tests create their throw-away databases on (MYSQL_TEST_URL, default local MariaDB as root). */
export const mysqlTestUrl = (): string => process.env.MYSQL_TEST_URL ?? 'mysql://root@127.0.0.1:3306/igt';

export interface MysqlStatus {
  ok: boolean;
  reason: string;
}

let status: Promise<MysqlStatus> | undefined;

/**
 * Whether MySQL answers. Outside CI an unreachable server makes the MySQL suites skip with the reason
 * in their title; under CI=true it is an error, so a green CI always means MariaDB was exercised.
 */
export function mysqlStatus(): Promise<MysqlStatus> {
  status ??= (async () => {
    const url = new URL(mysqlTestUrl());
    try {
      const connection = await mysql.createConnection({
        host: url.hostname,
        port: Number(url.port || 3306),
        user: decodeURIComponent(url.username || 'root'),
        password: decodeURIComponent(url.password),
        connectTimeout: 3000,
      });
      const [rows] = await connection.query('SELECT VERSION() AS v');
      await connection.end();
      return { ok: true, reason: `MySQL ${(rows as { v: string }[])[0]?.v} at ${url.host}` };
    } catch (error) {
      const reason = `no MySQL server reachable at ${url.host} (${(error as Error).message}); set MYSQL_TEST_URL or start MariaDB`;
      if (process.env.CI === 'true') throw new Error(`CI requires MySQL: ${reason}`, { cause: error });
      console.warn(`[integrity-graph] MySQL tests skipped: ${reason}`);
      return { ok: false, reason };
    }
  })();
  return status;
}
