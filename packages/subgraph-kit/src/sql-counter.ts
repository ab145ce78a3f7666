import type { Logger as OrmLogger, QueryRunner } from 'typeorm';
import type { Logger } from '@integrity/logging';
import { backgroundWork } from './background.js';

/** The comment that marks the session-check statement (QueryBuilder.comment). */
export const SESSION_CHECK_COMMENT = 'session-check';

/**
 * Counts every SQL statement a data source sends. Tests read it to prove that a list costs a
 * constant number of statements (no N+1); with LOG_SQL=1 it also prints them.
 */
export class SqlCounter implements OrmLogger {
  count = 0;
  /**
   * Session checks (SESSION_CHECK_COMMENT) are counted here, apart: they cost one statement per login
   * per few seconds, whatever the query, so they would only make per-query counts depend on timing.
   */
  sessionChecks = 0;
  /** Statements of background work (runInBackground: outbox passes, scheduled jobs), counted apart for the same reason. */
  background = 0;
  readonly statements: string[] = [];
  /** The same statements with their parameters (what `npm run explain` asks MariaDB to explain). */
  readonly entries: { query: string; parameters: unknown[] }[] = [];

  constructor(private readonly appLog?: Logger) {}

  reset(): void {
    this.count = 0;
    this.sessionChecks = 0;
    this.background = 0;
    this.statements.length = 0;
    this.entries.length = 0;
  }

  logQuery(query: string, parameters?: unknown[], _runner?: QueryRunner): void {
    if (query.startsWith(`/* ${SESSION_CHECK_COMMENT} */`)) {
      this.sessionChecks += 1;
      return;
    }
    if (backgroundWork() !== undefined) {
      this.background += 1;
      if (process.env.LOG_SQL === '1') this.appLog?.debug('sql', { query, parameters, background: backgroundWork() });
      return;
    }
    this.count += 1;
    if (this.statements.length < 500) {
      this.statements.push(query);
      this.entries.push({ query, parameters: parameters ?? [] });
    }
    if (process.env.LOG_SQL === '1') this.appLog?.debug('sql', { query, parameters });
  }
  logQueryError(error: string | Error, query: string, parameters?: unknown[]): void {
    this.appLog?.error('sql error', { error: String(error), query, parameters });
  }
  logQuerySlow(time: number, query: string): void {
    this.appLog?.warn('slow sql', { ms: time, query });
  }
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    this.appLog?.info('migration', { message });
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.appLog?.warn(String(message));
  }
}
