import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * A hearing is one fact: a body's appearance in a case on a day is recorded once, or the appearance rate counts it
 * twice. Copies recorded before this release (the same body, case number and day) are removed but one — the one
 * with the smallest id, as a hearing keeps no time of recording; copies that disagree (head present in one) were
 * a correction the system could not tell apart — and a unique index keeps it so.
 */
export class CourtAppearanceOnce1732406400750 implements MigrationInterface {
  name = 'CourtAppearanceOnce1732406400750';

  async up(q: QueryRunner): Promise<void> {
    // read first, then delete: MySQL refuses a DELETE whose subquery reads the same table
    const copies = (await q.query(
      `SELECT a.id FROM casework_court_appearance a JOIN casework_court_appearance b
         ON b.department_id = a.department_id AND b.case_number = a.case_number
        AND b.hearing_date = a.hearing_date AND b.id < a.id`,
    )) as { id: string }[];
    const ids = [...new Set(copies.map((c) => c.id))];
    for (let i = 0; i < ids.length; i += 500) {
      const part = ids.slice(i, i + 500);
      await q.query(`DELETE FROM casework_court_appearance WHERE id IN (${part.map(() => '?').join(', ')})`, part);
    }
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
