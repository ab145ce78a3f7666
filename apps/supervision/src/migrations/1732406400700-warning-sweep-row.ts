import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The sweep row exists from the start, marked never swept: every sweep locks it before reading the warnings, so two
 * processes sweeping a new database at once take turns instead of both inserting the same causes.
 */
export class WarningSweepRow1732406400700 implements MigrationInterface {
  name = 'WarningSweepRow1732406400700';

  async up(q: QueryRunner): Promise<void> {
    const [row] = (await q.query("SELECT id FROM warning_sweep WHERE id = 'main'")) as unknown[];
    if (!row) await q.query("INSERT INTO warning_sweep (id, swept_at) VALUES ('main', '1970-01-01T00:00:00.000Z')");
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("DELETE FROM warning_sweep WHERE id = 'main' AND swept_at = '1970-01-01T00:00:00.000Z'");
  }
}
