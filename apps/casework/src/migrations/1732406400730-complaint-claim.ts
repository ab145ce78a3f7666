import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * A complaint's content and day as a key of its own: empty at first (complaints already filed keep their
 * fingerprint index for the duplicate check), written by every filing from now on.
 */
export class ComplaintClaim1732406400730 implements MigrationInterface {
  name = 'ComplaintClaim1732406400730';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'casework_complaint_claim',
        columns: [
          { name: 'fingerprint', type: 'varchar', length: '64', isPrimary: true },
          { name: 'filed_on', type: 'varchar', length: '10', isPrimary: true },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('casework_complaint_claim');
  }
}
