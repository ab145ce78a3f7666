import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Issue 15: a commitment keeps the fair-competition review it passed (公平竞争审查条例) and, once waived, the investor's
 * written consent. Nullable: commitments made before have neither on record, and nothing is invented for them.
 */
export class CommitmentReviewConsent1732406400410 implements MigrationInterface {
  name = 'CommitmentReviewConsent1732406400410';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('commitment', [
      new TableColumn({ name: 'competition_review_number', type: 'varchar', length: '100', isNullable: true }),
      new TableColumn({ name: 'competition_review_body', type: 'varchar', length: '200', isNullable: true }),
      new TableColumn({ name: 'competition_reviewed_on', type: 'varchar', length: '10', isNullable: true }),
      new TableColumn({ name: 'competition_review_conclusion', type: 'varchar', length: '24', isNullable: true }),
      new TableColumn({ name: 'investor_consent_number', type: 'varchar', length: '100', isNullable: true }),
      new TableColumn({ name: 'investor_consent_date', type: 'varchar', length: '10', isNullable: true }),
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const column of [
      'investor_consent_date',
      'investor_consent_number',
      'competition_review_conclusion',
      'competition_reviewed_on',
      'competition_review_body',
      'competition_review_number',
    ])
      await q.dropColumn('commitment', column);
  }
}
