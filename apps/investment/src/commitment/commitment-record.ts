// A breached commitment becomes the department's record in credit (饶府〔2018〕35号 三.6); credit's rule table
// decides its severity from the sum left unfulfilled.
import { creditRecordMessage } from '@integrity/subgraph-kit';

/** Named as the deciding authority on investment-promotion records. */
export const INVESTMENT_AUTHORITY = '饶平县招商引资工作主管部门';

export const commitmentBreachMessage = (
  c: { id: string; departmentId: string; breachedOn: string | null; breachNote: string | null; description: string },
  unfulfilledYuan: string,
) =>
  creditRecordMessage({
    kind: 'COMMITMENT_BREACHED',
    sourceId: `commitment-${c.id}`,
    departmentId: c.departmentId,
    documentNumber: `承诺违约 ${(c.breachedOn ?? '').slice(0, 4)}-${c.id.slice(0, 8)}`,
    authority: INVESTMENT_AUTHORITY,
    decisionDate: c.breachedOn!,
    amount: unfulfilledYuan,
    summary: `政府承诺“${c.description.slice(0, 200)}”违约：${c.breachNote ?? ''}`.slice(0, 1000),
  });
