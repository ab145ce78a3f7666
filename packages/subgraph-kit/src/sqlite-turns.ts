import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';

/**
 * SQLite (the demo set-up; MySQL is what is deployed) is one connection per subgraph process: TypeORM's better-sqlite3
 * driver hands every caller the same query runner. Left alone, a request whose transaction awaits between statements
 * lets other requests' statements run inside it: a second transaction becomes a savepoint of the first, and a plain
 * save() joins it and is rolled back with it. Here the connection takes turns: a transaction holds it from BEGIN to
 * COMMIT or ROLLBACK for the async context that began it; the statements and transactions of every other context
 * wait, as they would for a row lock in MySQL, and after `waitMs` fail as SQLITE_BUSY, a lock failure that
 * `transaction` retries once and then answers CONFLICT.
 */

/** The turn the current async context holds, if any (set when it begins a transaction or sends a lone statement). */
const turnOf = new AsyncLocalStorage<object>();

/** How long a turn is waited for; SQLite's own busy timeout for the file's lock (datasource.ts) is the same. */
export const SQLITE_TURN_WAIT_MS = 5000;

export class SqliteBusyError extends Error {
  readonly code = 'SQLITE_BUSY';
  constructor(waitedMs: number) {
    super(`the database was busy with another request for ${waitedMs} ms`);
  }
}

/** Who holds the one connection, and who waits for it, in order. */
export class ConnectionTurns {
  holder: object | null = null;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly waitMs: number) {}

  /** True when the current async context holds the connection. */
  mine(): boolean {
    return this.holder !== null && turnOf.getStore() === this.holder;
  }

  /** Wait until nobody holds the connection, then hold it for `turn`; SqliteBusyError after waitMs. */
  async take(turn: object): Promise<void> {
    const started = Date.now();
    while (this.holder !== null) {
      const left = this.waitMs - (Date.now() - started);
      if (left <= 0) throw new SqliteBusyError(this.waitMs);
      await new Promise<void>((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(wake), 1);
          resolve(); // the loop sees the time used up
        }, left);
        this.waiting.push(wake);
      });
    }
    this.holder = turn;
  }

  /** Give the connection up and wake the next in line (who takes it unless a newcomer was quicker, then waits again). */
  give(): void {
    this.holder = null;
    this.waiting.shift()?.();
  }
}

/**
 * Make the data source's one SQLite query runner take turns (see above). Call once, after initialize(); for MySQL
 * nothing is needed, as every transaction has a pooled connection of its own.
 */
export function takeTurnsOnSqlite(dataSource: DataSource, waitMs = SQLITE_TURN_WAIT_MS): ConnectionTurns {
  const runner: QueryRunner = dataSource.createQueryRunner(); // the driver's single runner, shared by every caller
  const turns = new ConnectionTurns(waitMs);
  const query = runner.query.bind(runner);
  const start = runner.startTransaction.bind(runner);
  const commit = runner.commitTransaction.bind(runner);
  const rollback = runner.rollbackTransaction.bind(runner);
  const depth = () => (runner as unknown as { transactionDepth: number }).transactionDepth;

  // A transaction is active only for the context that holds it: another context's save() then begins its own (and
  // waits for its turn) instead of running inside this one.
  let active = runner.isTransactionActive;
  Object.defineProperty(runner, 'isTransactionActive', {
    configurable: true,
    get: () => active && turns.mine(),
    set: (value: boolean) => void (active = value),
  });

  runner.query = (async (...args: Parameters<QueryRunner['query']>) => {
    if (turns.mine()) return query(...args);
    const turn = {}; // a lone statement holds the connection for itself
    await turns.take(turn);
    try {
      return await turnOf.run(turn, () => query(...args));
    } finally {
      turns.give();
    }
  }) as QueryRunner['query'];

  // dataSource.transaction(work) (and its manager's): `work` and everything it starts run in a scope of their own,
  // whose turn its BEGIN takes. Inside a transaction already held, it nests as a savepoint, as it always did here.
  const scopes = new WeakSet<object>();
  const manager = dataSource.manager;
  const managerTransaction = manager.transaction.bind(manager) as (...args: unknown[]) => Promise<unknown>;
  manager.transaction = ((...args: unknown[]) => {
    if (turns.mine()) return managerTransaction(...args);
    const scope = {};
    scopes.add(scope);
    return turnOf.run(scope, () => managerTransaction(...args));
  }) as EntityManager['transaction'];

  runner.startTransaction = async (isolationLevel?: Parameters<QueryRunner['startTransaction']>[0]) => {
    if (turns.mine()) return start(isolationLevel); // a savepoint within this context's own transaction
    let turn = turnOf.getStore();
    if (turn && scopes.has(turn)) scopes.delete(turn);
    else {
      // A transaction TypeORM begins by itself (a save() outside any): entered before the first await, so that the
      // caller's continuation (the save's statements) carries it too. It stays on the caller's context afterwards,
      // harmless once given back, as no turn is ever taken twice.
      turn = {};
      turnOf.enterWith(turn);
    }
    await turns.take(turn);
    try {
      await start(isolationLevel);
    } catch (error) {
      turns.give();
      throw error;
    }
  };

  runner.commitTransaction = async () => {
    await commit(); // a failed COMMIT keeps the turn: the caller rolls back next
    if (depth() === 0 && turns.mine()) turns.give();
  };

  runner.rollbackTransaction = async () => {
    try {
      await rollback();
    } catch (error) {
      // the connection's transaction is gone either way (SQLite ends it on some failures): never keep the turn
      if (turns.mine() && depth() <= 1) {
        (runner as unknown as { transactionDepth: number }).transactionDepth = 0;
        active = false;
        turns.give();
      }
      throw error;
    }
    if (depth() === 0 && turns.mine()) turns.give();
  };
  return turns;
}
