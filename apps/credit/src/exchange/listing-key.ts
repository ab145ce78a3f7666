import { createHash } from 'node:crypto';
import { courtCaseNumber } from '@integrity/rules';

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

/**
 * The enforcement case a listing's number names, however it is written: the court's spelling (courtCaseNumber)
 * with half-width brackets, as listing keys have been computed since they were introduced (not NFKC again, which
 * would join characters the removed spaces kept apart), without the listing decision's 之一.
 */
export const listingCase = (documentNumber: string): string =>
  courtCaseNumber(documentNumber)
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/之[一二三四五六七八九十]+$/, '');
