import { courtCaseNumber } from '@integrity/rules';
import { isDuplicateKey } from '@integrity/subgraph-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

type Hearing = { id: string; department_id: string; case_number: string; hearing_date: string };
type Judgment = { id: string; case_number: string };

/**
 * Case numbers as the court writes them (courtCaseNumber), so that a hearing or judgment entered under another
 * spelling is refused as entered already. A hearing written two ways before this release is one hearing: the copy
 * already in the court's spelling is kept, else the one with the smallest id (as migration 750), and the others
 * removed. Two judgments whose numbers become one are left as written — each carries its own payments and listing,
 * which no migration can merge — and every other judgment's number is rewritten. Down restores nothing: the
 * court's spelling is a valid spelling of every number it replaced.
 */
export class CourtCaseNumbers1732406400760 implements MigrationInterface {
  name = 'CourtCaseNumbers1732406400760';

  async up(q: QueryRunner): Promise<void> {
    const hearings = (await q.query(
      'SELECT id, department_id, case_number, hearing_date FROM casework_court_appearance ORDER BY id',
    )) as Hearing[];
    const kept = new Map<string, Hearing>();
    const remove: string[] = [];
    const written = (h: Hearing) => h.case_number === courtCaseNumber(h.case_number);
    for (const h of hearings) {
      const key = `${h.department_id}\n${courtCaseNumber(h.case_number)}\n${h.hearing_date}`;
      const other = kept.get(key);
      if (!other) kept.set(key, h);
      else if (written(h) && !written(other)) {
        remove.push(other.id);
        kept.set(key, h);
      } else remove.push(h.id);
    }
    for (let i = 0; i < remove.length; i += 500) {
      const part = remove.slice(i, i + 500);
      await q.query(`DELETE FROM casework_court_appearance WHERE id IN (${part.map(() => '?').join(', ')})`, part);
    }
    for (const h of kept.values())
      if (!written(h)) await respell(q, 'casework_court_appearance', h.id, courtCaseNumber(h.case_number));

    const judgments = (await q.query('SELECT id, case_number FROM casework_judgment')) as Judgment[];
    const spellings = new Map<string, number>();
    for (const j of judgments) {
      const number = courtCaseNumber(j.case_number);
      spellings.set(number, (spellings.get(number) ?? 0) + 1);
    }
    const pairs: string[] = [];
    for (const j of judgments) {
      const number = courtCaseNumber(j.case_number);
      if (spellings.get(number)! > 1) pairs.push(`${j.id} ${j.case_number}`);
      else if (number !== j.case_number) await respell(q, 'casework_judgment', j.id, number);
    }
    // for an administrator to correct in the database: casework records no correction of a judgment's number
    if (pairs.length) console.warn(`judgments of one case under two spellings, left as written:\n${pairs.join('\n')}`);
  }

  async down(): Promise<void> {
    // the court's spelling stays: it is a valid spelling of every number it replaced
  }
}

/**
 * Rewrite one number, unless the court's spelling is too long for the column (NFKC lengthens ㈠) or the database's
 * collation, coarser than the code (letter case, ignorable characters), finds it taken: then it stays as written.
 */
async function respell(q: QueryRunner, table: string, id: string, caseNumber: string): Promise<void> {
  if (caseNumber.length > 64) return;
  try {
    await q.query(`UPDATE ${table} SET case_number = ? WHERE id = ?`, [caseNumber, id]);
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
  }
}
