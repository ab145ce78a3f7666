import type { EntityManager, FindOneOptions } from 'typeorm';
import type { RequestContext } from './context.js';
import { AppError } from './errors.js';

/** MySQL/MariaDB deadlock (1213) or lock wait timeout (1205); SQLite's busy/locked. */
export function isLockFailure(error: unknown): boolean {
  const driver =
    (error as { driverError?: { errno?: number; code?: string } })?.driverError ??
    (error as { errno?: number; code?: string });
  return (
    driver?.errno === 1213 ||
    driver?.errno === 1205 ||
    driver?.code === 'ER_LOCK_DEADLOCK' ||
    driver?.code === 'ER_LOCK_WAIT_TIMEOUT' ||
    driver?.code === 'SQLITE_BUSY' ||
    driver?.code === 'SQLITE_LOCKED'
  );
}

export const lockConflict = () =>
  new AppError(
    'CONFLICT',
    'RECORD_BUSY',
    'the record is being changed by someone else right now; reload it and try again',
  );

/**
 * Run `work` in one transaction. The database may pick this transaction as a deadlock victim (or time
 * out waiting for a lock): it was rolled back whole, so it is tried once more; a second failure is
 * CONFLICT, never an internal error. Services should still lock the parent row first (update it before
 * inserting its children) so that deadlocks stay rare.
 */
export async function transaction<T>(ctx: RequestContext, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await ctx.dataSource.transaction(work);
    } catch (error) {
      if (!isLockFailure(error)) throw error;
      ctx.log.warn('transaction lost a lock race', { attempt, error: String(error) });
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
