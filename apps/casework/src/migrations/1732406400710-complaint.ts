import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Public complaints: tracking number, hashed access code, encrypted contact, content fingerprint, rating. */
export class Complaint1732406400710 implements MigrationInterface {
  name = 'Complaint1732406400710';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'casework_complaint',
        columns: [
          { name: 'case_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'tracking_number', type: 'varchar', length: '24', isUnique: true },
          { name: 'access_code_hash', type: 'varchar', length: '200' },
          { name: 'contact_cipher', type: 'varchar', length: '600', isNullable: true },
          { name: 'fingerprint', type: 'varchar', length: '64' },
          { name: 'satisfied', type: 'boolean', isNullable: true },
          { name: 'rating_reason', type: 'varchar', length: '1000', isNullable: true },
          { name: 'rated_on', type: 'varchar', length: '10', isNullable: true },
          { name: 'filed_on', type: 'varchar', length: '10' },
        ],
      }),
    );
    await q.createIndex(
      'casework_complaint',
      new TableIndex({ name: 'ix_complaint_fingerprint', columnNames: ['fingerprint', 'filed_on'] }),
    );
    await q.createIndex(
      'casework_complaint',
      new TableIndex({ name: 'ix_complaint_filed', columnNames: ['filed_on'] }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('casework_complaint');
  }
}
