// A breached commitment becomes the department's record in credit (饶府〔2018〕35号 三.6); credit's rule table
// decides its severity from the sum left unfulfilled.
import { creditRecordMessage } from '@integrity/subgraph-kit';

/**
 * Named as the deciding authority on investment-promotion records: the department the plan charges with
 * investment promotion (三.（六）: 县经信局, renamed 饶平县工业和信息化局 in 2019), a body of the county's
 * directory, so the exchange carries its credit code.
 */
export const INVESTMENT_AUTHORITY = '饶平县工业和信息化局';

export const commitmentBreachMessage = (
  c: {
    id: string;
    departmentId: string;
    breachedOn: string | null;
    breachNote: string | null;
    breachDocumentNumber: string | null;
    description: string;
  },
  unfulfilledYuan: string,
) =>
  creditRecordMessage({
    kind: 'COMMITMENT_BREACHED',
    sourceId: `commitment-${c.id}`,
    departmentId: c.departmentId,
    // the finding's own number where one was recorded; else a reference that names the breach
    documentNumber: c.breachDocumentNumber ?? `承诺违约 ${(c.breachedOn ?? '').slice(0, 4)}-${c.id.slice(0, 8)}`,
    authority: INVESTMENT_AUTHORITY,
    decisionDate: c.breachedOn!,
    amount: unfulfilledYuan,
    summary: `政府承诺“${c.description.slice(0, 200)}”违约：${c.breachNote ?? ''}`.slice(0, 1000),
  });
