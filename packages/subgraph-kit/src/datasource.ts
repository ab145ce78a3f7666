import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import mysql from 'mysql2/promise';
import { DataSource, type MixedList, type EntitySchema } from 'typeorm';
import type { Logger } from '@integrity/logging';
import { SqlCounter } from './sql-counter.js';
import { SQLITE_TURN_WAIT_MS, takeTurnsOnSqlite } from './sqlite-turns.js';

/** Where a subgraph keeps its data: one MySQL database per subgraph, or one SQLite file. */
export type DatabaseTarget = { kind: 'mysql'; url: URL; database: string } | { kind: 'sqlite'; file: string };

/**
 * `DATABASE_URL=mysql://user:pass@host:port/prefix` → database `<prefix>_<subgraph>`;
 * no URL → `<dataDir>/<subgraph>.sqlite` (dataDir defaults to ./data of the working directory).
 */
export function databaseTarget(
  subgraph: string,
  databaseUrl?: string,
  dataDir = resolve(process.cwd(), 'data'),
): DatabaseTarget {
  if (!databaseUrl) return { kind: 'sqlite', file: resolve(dataDir, `${subgraph}.sqlite`) };
  const url = new URL(databaseUrl);
  if (url.protocol !== 'mysql:' && url.protocol !== 'mariadb:') {
    throw new Error(`DATABASE_URL must start with mysql:// (got ${url.protocol})`);
  }
  const prefix = decodeURIComponent(url.pathname.replace(/^\//, '')) || 'integrity';
  const database = `${prefix}_${subgraph}`;
  if (!/^[A-Za-z0-9_]{1,64}$/.test(database)) throw new Error(`database name ${database} is not a plain identifier`);
  return { kind: 'mysql', url, database };
}

const connectionOptions = (url: URL) => ({
  host: url.hostname || '127.0.0.1',
  port: Number(url.port || 3306),
  user: decodeURIComponent(url.username || 'root'),
  password: decodeURIComponent(url.password || ''),
});

/** Create the subgraph's database when it is missing, in utf8mb4 so Chinese names round-trip. */
export async function ensureMySqlDatabase(target: Extract<DatabaseTarget, { kind: 'mysql' }>): Promise<void> {
  const connection = await mysql.createConnection(connectionOptions(target.url));
  try {
    await connection.query(
      `CREATE DATABASE IF NOT EXISTS \`${target.database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
  } finally {
    await connection.end();
  }
}

export async function dropMySqlDatabase(target: Extract<DatabaseTarget, { kind: 'mysql' }>): Promise<void> {
  const connection = await mysql.createConnection(connectionOptions(target.url));
  try {
    await connection.query(`DROP DATABASE IF EXISTS \`${target.database}\``);
  } finally {
    await connection.end();
  }
}

export interface OpenDataSourceOptions {
  target: DatabaseTarget;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  log?: Logger;
  poolSize?: number;
}

/** Open (creating when needed) and migrate a subgraph's database. Migrations only: never synchronize. */
export async function openDataSource(
  options: OpenDataSourceOptions,
): Promise<{ dataSource: DataSource; counter: SqlCounter }> {
  const { target } = options;
  const counter = new SqlCounter(options.log);
  const common = {
    entities: options.entities,
    migrations: options.migrations,
    migrationsRun: false,
    synchronize: false,
    logging: ['query', 'error', 'warn', 'migration'] as ('query' | 'error' | 'warn' | 'migration')[],
    logger: counter,
    maxQueryExecutionTime: 1000,
  };
  let dataSource: DataSource;
  if (target.kind === 'mysql') {
    await ensureMySqlDatabase(target);
    dataSource = new DataSource({
      ...common,
      type: 'mysql',
      host: connectionOptions(target.url).host,
      port: connectionOptions(target.url).port,
      username: connectionOptions(target.url).user,
      password: connectionOptions(target.url).password,
      database: target.database,
      charset: 'utf8mb4_unicode_ci',
      timezone: 'Z',
      // BIGINT money and DECIMAL sums come back as strings, dates as YYYY-MM-DD text: nothing becomes a float
      supportBigNumbers: true,
      bigNumberStrings: true,
      dateStrings: true,
      poolSize: options.poolSize ?? 10,
      // mysql2 captures a stack trace on every query to date a later error (issue 16: 1% of a subgraph's CPU);
      // TypeORM's QueryFailedError carries the statement and its own stack
      extra: { trace: false },
    });
  } else {
    mkdirSync(resolve(target.file, '..'), { recursive: true });
    dataSource = new DataSource({
      ...common,
      type: 'better-sqlite3',
      database: target.file,
      enableWAL: true,
      prepareDatabase: (db: { pragma(source: string): unknown }) => {
        // another process's write lock is waited for as long as a turn on this process's connection
        db.pragma(`busy_timeout = ${SQLITE_TURN_WAIT_MS}`);
      },
    });
  }
  await dataSource.initialize();
  // one SQLite connection serves every request: transactions take turns on it instead of nesting (sqlite-turns.ts)
  if (target.kind === 'sqlite') takeTurnsOnSqlite(dataSource);
  await dataSource.runMigrations({ transaction: 'each' });
  return { dataSource, counter };
}
