import type { Logger } from '@integrity/logging';
import type { DataSource, EntityManager, FindOneOptions } from 'typeorm';
import { AppError } from './errors.js';

/** The database driver's error under TypeORM's QueryFailedError (or the driver's own, thrown directly). */
const driverOf = (error: unknown): { errno?: number; code?: string } | undefined =>
  (error as { driverError?: { errno?: number; code?: string } })?.driverError ??
  (error as { errno?: number; code?: string });

/**
 * MySQL/MariaDB deadlock (1213) or lock wait timeout (1205); MariaDB's "record has changed since last read" (1020),
 * which with innodb_snapshot_isolation (on by default from 11.6.2) ends a transaction whose locking read meets a row
 * changed after its snapshot — rolled back whole like a deadlock victim (MDEV-35235); SQLite's busy/locked.
 */
export function isLockFailure(error: unknown): boolean {
  const driver = driverOf(error);
  return (
    driver?.errno === 1213 ||
    driver?.errno === 1205 ||
    driver?.errno === 1020 ||
    driver?.code === 'ER_LOCK_DEADLOCK' ||
    driver?.code === 'ER_LOCK_WAIT_TIMEOUT' ||
    driver?.code === 'ER_CHECKREAD' ||
    driver?.code === 'SQLITE_BUSY' ||
    driver?.code === 'SQLITE_LOCKED'
  );
}

/**
 * A unique index refused an insert: MySQL/MariaDB 1062, SQLite's UNIQUE or PRIMARY KEY constraint. Under concurrency
 * this is a check that passed in two requests at once (a double submit, two officers registering the same thing).
 */
export function isDuplicateKey(error: unknown): boolean {
  const driver = driverOf(error);
  return (
    driver?.errno === 1062 ||
    driver?.code === 'ER_DUP_ENTRY' ||
    driver?.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    driver?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}

/** What a request that lost such a race is answered: nothing of it was written; the other one's is there. */
export const alreadyRecorded = () =>
  new AppError(
    'CONFLICT',
    'ALREADY_RECORDED',
    'the same was recorded by someone else a moment ago; nothing of this request was written: reload to see it',
  );

export const lockConflict = () =>
  new AppError(
    'CONFLICT',
    'RECORD_BUSY',
    'the record is being changed by someone else right now; reload it and try again',
  );

/** What a transaction needs: the data source, and a log for its retries (a request's, a job's; a test may omit it). */
export interface TransactionContext {
  dataSource: DataSource;
  log?: Logger;
}

/**
 * Run `work` in one transaction. The database may pick this transaction as a deadlock victim (or time
 * out waiting for a lock, or find a row it locks changed since its snapshot): it was rolled back whole, so it
 * is tried once more; a second failure is CONFLICT, never an internal error. Services should still lock the
 * parent row first (update it before inserting its children) so that deadlocks stay rare. Takes a request's
 * context or a scheduled job's.
 */
export async function transaction<T>(
  ctx: TransactionContext,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await ctx.dataSource.transaction(work);
    } catch (error) {
      if (!isLockFailure(error)) throw error;
      ctx.log?.warn('transaction lost a lock race', { attempt, error: String(error) });
      if (attempt >= 2) throw lockConflict();
    }
  }
}

/**
 * Find options that make a read inside a transaction a locking read on MySQL/MariaDB (FOR UPDATE): it reads the
 * latest committed rows rather than the transaction's snapshot, waits for a concurrent uncommitted change of them,
 * and holds them until commit. (No shared mode: TypeORM writes MySQL 8's FOR SHARE, which MariaDB refuses.) SQLite
 * runs one writing transaction at a time, so there the read is plain.
 */
export function rowLock(m: EntityManager): Pick<FindOneOptions, 'lock'> {
  const type = m.connection.options.type;
  return type === 'mysql' || type === 'mariadb' ? { lock: { mode: 'pessimistic_write' } } : {};
}
