import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * integrityWarnings lists open warnings first, then acknowledged, then resolved (WARNING_STATUSES' order), each
 * oldest cause first. Ordered by a CASE over the status, that read and sorted every warning for a page of 50
 * (docs/EXPLAIN.md, scale 10: 2,105). The rank is a generated column, so it can never disagree with the status
 * whoever writes it, and the index walks it in the list's order. Plain SQL, the same in MariaDB and SQLite: a
 * virtual generated column may be added by ALTER TABLE and indexed in both. It is not on the entity (nothing
 * writes it); a later migration of this table must not rebuild it through TypeORM's SQLite table copy, which does
 * not know the column's expression.
 */
export class WarningRankIndex1732406400710 implements MigrationInterface {
  name = 'WarningRankIndex1732406400710';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      "ALTER TABLE integrity_warning ADD COLUMN status_rank INTEGER GENERATED ALWAYS AS (CASE status WHEN 'OPEN' THEN 0 WHEN 'ACKNOWLEDGED' THEN 1 ELSE 2 END) VIRTUAL",
    );
    await q.query('CREATE INDEX ix_warning_rank_since ON integrity_warning (status_rank, since)');
  }

  async down(q: QueryRunner): Promise<void> {
    const mysql = q.connection.options.type === 'mysql' || q.connection.options.type === 'mariadb';
    await q.query(`DROP INDEX ix_warning_rank_since${mysql ? ' ON integrity_warning' : ''}`);
    await q.query('ALTER TABLE integrity_warning DROP COLUMN status_rank');
  }
}
