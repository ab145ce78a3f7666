import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Audit snapshots can be larger than TEXT's 64 KB (an input of many long fields, before and after):
 * MEDIUMTEXT (16 MB) holds anything a 1 MB request can produce. SQLite's TEXT has no such limit.
 */
export class KitAuditWiden1764748800100 implements MigrationInterface {
  name = 'KitAuditWiden1764748800100';

  async up(q: QueryRunner): Promise<void> {
    if (q.connection.options.type !== 'mysql' && q.connection.options.type !== 'mariadb') return;
    await q.query('ALTER TABLE audit_log MODIFY before_json MEDIUMTEXT NULL, MODIFY after_json MEDIUMTEXT NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    if (q.connection.options.type !== 'mysql' && q.connection.options.type !== 'mariadb') return;
    await q.query('ALTER TABLE audit_log MODIFY before_json TEXT NULL, MODIFY after_json TEXT NULL');
  }
}
