/**
 * One listing of a judgment debtor (失信被执行人) as the two channels that report it write its number. The court's
 * list names the enforcement case (（2026）粤5122执45号); casework records the court's listing decision, numbered
 * after that case with 之一, 之二 … The year's brackets (（）〔〕【】()), spaces and the decision's suffix aside, the
 * numbers are one case, and the department one listing: credit keeps one record of it, whichever channel told it
 * first.
 */
export function listingKey(departmentId: string, documentNumber: string): string {
  const caseNumber = documentNumber
    .normalize('NFKC')
    .replace(/\s+/g, '')
    // the year in any bracket the county writes: （2026） 〔2026〕 【2026】 [2026]
    .replace(/[〔【［[]/g, '(')
    .replace(/[〕】］\]]/g, ')')
    .replace(/之[一二三四五六七八九十]+$/, '');
  return `${departmentId}\n${caseNumber}`;
}

/** The listing a credit record names: its department and its document number. */
export const recordListingKey = (record: { departmentId: string | null; documentNumber: string }): string =>
  listingKey(record.departmentId ?? '', record.documentNumber);
