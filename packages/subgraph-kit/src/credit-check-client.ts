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

/** Check an enterprise at a step, for the user taking it. The step refuses on REFUSED (`creditRestricted`). */
export async function checkCreditAt(
  ctx: RequestContext,
  check: { step: CreditCheckStep; uscc: string; reference: string },
): Promise<CreditCheckAnswer> {
  const { checkCreditAt: answer } = await queryService<{ checkCreditAt: CreditCheckAnswer }>(ctx, {
    service: 'credit',
    url: subgraphUrl('credit', 4002),
    query: CHECK_CREDIT_AT,
    variables: {
      input: { ...check, actor: ctx.caller?.username ?? '-', actorDepartmentId: ctx.caller?.departmentId ?? null },
    },
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
  check: { step: CreditCheckStep; uscc: string; reference: string; field: string },
): Promise<CreditCheckAnswer> {
  const answer = await checkCreditAt(ctx, { step: check.step, uscc: check.uscc, reference: check.reference });
  if (answer.result === 'REFUSED') throw creditRestricted(answer, check.uscc, check.field);
  return answer;
}
