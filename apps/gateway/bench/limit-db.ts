import mysql from 'mysql2/promise';
import type { DataSource } from 'typeorm';

/**
 * The limit's database access: plain mysql2 pools, one per subgraph database, with hand-written SQL and
 * no ORM; every statement is tallied, so the limit's statement count is known without asking the server.
 */
export class LimitDb {
  statements = 0;
  private readonly pools = new Map<string, mysql.Pool>();

  constructor(dataSources: Record<string, DataSource>) {
    for (const [name, ds] of Object.entries(dataSources)) {
      const o = ds.options as { host: string; port: number; username: string; password?: string; database: string };
      this.pools.set(
        name,
        mysql.createPool({
          host: o.host,
          port: o.port,
          user: o.username,
          password: o.password ?? '',
          database: o.database,
          connectionLimit: 10,
          dateStrings: true,
          supportBigNumbers: true,
          bigNumberStrings: true,
        }),
      );
    }
  }

  async query<T = Record<string, unknown>>(db: string, sql: string, params: unknown[] = []): Promise<T[]> {
    this.statements += 1;
    const [rows] = await this.pools.get(db)!.query(sql, params);
    return rows as T[];
  }

  /** Statements on one connection in one transaction; START TRANSACTION and COMMIT are tallied, as MariaDB counts them. */
  async transaction(db: string, statements: [sql: string, params: unknown[]][]): Promise<void> {
    const connection = await this.pools.get(db)!.getConnection();
    try {
      await connection.beginTransaction();
      for (const [sql, params] of statements) await connection.query(sql, params);
      await connection.commit();
      this.statements += statements.length + 2;
    } catch (error) {
      await connection.rollback();
      throw error;
    } finally {
      connection.release();
    }
  }

  async close(): Promise<void> {
    for (const pool of this.pools.values()) await pool.end();
  }
}
