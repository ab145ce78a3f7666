import { createHash } from 'node:crypto';

/**
 * One listing of a judgment debtor (失信被执行人) as the two channels that report it write its number. The court's
 * list names the enforcement case (（2026）粤5122执45号); casework records the court's listing decision, numbered
 * after that case with 之一, 之二 … The year's brackets (（）〔〕【】()), spaces and the decision's suffix aside, the
 * numbers are one case, and the department one listing: credit keeps one record of it, whichever channel told it
 * first. Stored as its SHA-256 in hex (credit_record.listing_key, unique): a fixed 64 ASCII characters, which the
 * database compares as exactly as this code does (a case-insensitive collation would not, on the text itself).
 */
export const listingKey = (departmentId: string, documentNumber: string): string =>
  createHash('sha256')
    .update(`${departmentId}\n${listingCase(documentNumber)}`)
    .digest('hex');

/** The enforcement case a listing's number names, however it is written. */
export function listingCase(documentNumber: string): string {
  return (
    documentNumber
      .normalize('NFKC')
      .replace(/\s+/g, '')
      // the year in any bracket the county writes: （2026） 〔2026〕 【2026】 [2026]
      .replace(/[〔【［[]/g, '(')
      .replace(/[〕】］\]]/g, ')')
      .replace(/之[一二三四五六七八九十]+$/, '')
  );
}
