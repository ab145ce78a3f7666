import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { listingKey } from '../exchange/listing-key.js';

/**
 * One listing, one record, held by the database: the court's list and casework's report of a listing used to
 * find each other by reading first, so two arriving at once both wrote. Each listing record now carries its
 * listing key under a unique index. Existing records get theirs: the court's list's and casework's (casework
 * reports listings only). Of a listing recorded twice before this release, the record that is active (else one
 * repaired, else one revoked), and of those the earliest, keeps the key, so that later imports and reports find
 * it; the other stays as it is, without a key. (The key is today's listingKey: a change to it needs a migration
 * like this.)
 */
export class RecordListingKey1732406400400 implements MigrationInterface {
  name = 'RecordListingKey1732406400400';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn(
      'credit_record',
      new TableColumn({ name: 'listing_key', type: 'varchar', length: '64', isNullable: true }),
    );
    const rows: { id: string; department_id: string | null; document_number: string }[] = await q.query(
      `SELECT id, department_id, document_number FROM credit_record
       WHERE source_subgraph IN ('court-list', 'casework')
       ORDER BY CASE status WHEN 'ACTIVE' THEN 0 WHEN 'REVOKED' THEN 2 ELSE 1 END, created_at, id`,
    );
    const seen = new Set<string>();
    for (const r of rows) {
      const key = listingKey(r.department_id ?? '', r.document_number);
      if (seen.has(key)) continue;
      seen.add(key);
      await q.query('UPDATE credit_record SET listing_key = ? WHERE id = ?', [key, r.id]);
    }
    await q.createIndex(
      'credit_record',
      new TableIndex({ name: 'ux_record_listing', columnNames: ['listing_key'], isUnique: true }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('credit_record', 'ux_record_listing');
    await q.dropColumn('credit_record', 'listing_key');
  }
}
