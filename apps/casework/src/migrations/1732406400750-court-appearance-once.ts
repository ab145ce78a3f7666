import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * A hearing is one fact: a body's appearance in a case on a day is recorded once, or the appearance rate counts it
 * twice. Copies recorded before this release (the same body, case number and day) are removed, the first by id
 * kept — they said the same thing, or the later one was a correction the system could not tell apart — and a
 * unique index keeps it so.
 */
export class CourtAppearanceOnce1732406400750 implements MigrationInterface {
  name = 'CourtAppearanceOnce1732406400750';

  async up(q: QueryRunner): Promise<void> {
    // the derived table lets MySQL delete from the table the subquery reads
    await q.query(
      `DELETE FROM casework_court_appearance WHERE id IN (SELECT id FROM (
         SELECT a.id FROM casework_court_appearance a JOIN casework_court_appearance b
           ON b.department_id = a.department_id AND b.case_number = a.case_number
          AND b.hearing_date = a.hearing_date AND b.id < a.id) copies)`,
    );
    await q.createIndex(
      'casework_court_appearance',
      new TableIndex({
        name: 'ux_appearance_hearing',
        columnNames: ['department_id', 'case_number', 'hearing_date'],
        isUnique: true,
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('casework_court_appearance', 'ux_appearance_hearing');
  }
}
