import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Until this release a pending repair application outlived the revocation of its record (an objection upheld
 * without a correction, a withdrawal by the source department): it stayed PENDING, warned of an overdue decision
 * and could be approved. Such applications end TERMINATED, as revocation now ends them (repair-termination.ts).
 */
export class TerminateRepairsOfRevoked1732406400360 implements MigrationInterface {
  name = 'TerminateRepairsOfRevoked1732406400360';

  async up(q: QueryRunner): Promise<void> {
    const day = new Date().toISOString().slice(0, 10);
    await q.query(
      `UPDATE repair_application SET status = 'TERMINATED', decided_by = 'system:migration', decided_on = ?,
         note = '记录已撤销，修复申请终止（数据整理）', version = version + 1
       WHERE status = 'PENDING' AND record_id IN (SELECT id FROM credit_record WHERE status = 'REVOKED')`,
      [day],
    );
  }

  async down(): Promise<void> {
    // the applications were undecidable; there is no state worth restoring
  }
}
