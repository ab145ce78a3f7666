// The credit check a money step embeds (二.4): credit applies the step's rule and logs the check; the step
// refuses on REFUSED. Credit unreachable is DEPENDENCY_UNAVAILABLE (queryService): never unchecked.
import type { CreditCheckResult, CreditCheckStep } from '@integrity/rules';
import type { RequestContext } from './context.js';
import { AppError } from './errors.js';
import { queryService, subgraphUrl } from './service-client.js';

/** What credit answered, as logged there. */
export interface CreditCheckAnswer {
  id: string;
  result: CreditCheckResult;
  activeSeriousCount: number;
  reasons: string[];
}

const CHECK_CREDIT_AT = `mutation CheckCreditAt($input: CheckCreditAtInput!) {
  checkCreditAt(input: $input) { id result activeSeriousCount reasons }
}`;

/** A check at a step: its object (`reference`) and the department whose step it is (the project's purchaser). */
export interface CreditCheckAsked {
  step: CreditCheckStep;
  uscc: string;
  reference: string;
  /** whose check it is in credit's log: that department's officers read it (county-wide officers read all) */
  departmentId: string;
}

/** Check an enterprise at a step, for the user taking it. The step refuses on REFUSED (`creditRestricted`). */
export async function checkCreditAt(ctx: RequestContext, check: CreditCheckAsked): Promise<CreditCheckAnswer> {
  const { checkCreditAt: answer } = await queryService<{ checkCreditAt: CreditCheckAnswer }>(ctx, {
    service: 'credit',
    url: subgraphUrl('credit', 4002),
    query: CHECK_CREDIT_AT,
    variables: { input: { ...check, actor: ctx.caller?.username ?? '-' } },
  });
  return answer;
}

/** The refusal of a step whose check came back REFUSED, naming the input field that chose the enterprise. */
export const creditRestricted = (answer: CreditCheckAnswer, uscc: string, field: string) =>
  new AppError(
    'SUPPLIER_RESTRICTED',
    'SUPPLIER_RESTRICTED',
    `${uscc} has ${answer.activeSeriousCount} active serious dishonesty record(s): ${answer.reasons.join('; ')}`,
    { field },
  );

/** Check, and refuse on REFUSED. */
export async function requireCreditAt(
  ctx: RequestContext,
  check: CreditCheckAsked & { field: string },
): Promise<CreditCheckAnswer> {
  const { field, ...asked } = check;
  const answer = await checkCreditAt(ctx, asked);
  if (answer.result === 'REFUSED') throw creditRestricted(answer, check.uscc, field);
  return answer;
}
