import { courtCaseNumber } from '@integrity/rules';
import { badInput } from '@integrity/subgraph-kit';

/** As the inputs allow (@TextLength); 64 is also the column's width. */
const MIN = 4;
const MAX = 64;

/**
 * A judgment's or hearing's 案号 as it is stored and compared (courtCaseNumber). Its length is checked again on the
 * court's spelling: spaces removed can shorten it, NFKC can lengthen it (㈠ is (一)) past what the column holds.
 */
export function caseNumberOf(typed: string): string {
  const caseNumber = courtCaseNumber(typed);
  if (caseNumber.length < MIN)
    throw badInput('input.caseNumber', 'TOO_SHORT', `at least ${MIN} characters`, { min: MIN });
  if (caseNumber.length > MAX)
    throw badInput('input.caseNumber', 'TOO_LONG', `at most ${MAX} characters`, { max: MAX });
  return caseNumber;
}
