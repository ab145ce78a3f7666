import { AppError } from '@integrity/subgraph-kit';
import type { PolicyStatus } from './policy.entity.js';

/** The review workflow (政策审查): which status each action may start from, and where it leads. */
export const POLICY_TRANSITIONS: Record<PolicyStatus, PolicyStatus[]> = {
  DRAFT: ['UNDER_REVIEW'],
  UNDER_REVIEW: ['APPROVED', 'REJECTED'],
  APPROVED: ['UNDER_REVIEW'], // a change to an approved text sends it back to review
  REJECTED: ['UNDER_REVIEW'],
};

/** INVALID_TRANSITION naming what is allowed from the current status. */
export function assertPolicyTransition(from: PolicyStatus, to: PolicyStatus): void {
  if (POLICY_TRANSITIONS[from].includes(to)) return;
  const allowed = POLICY_TRANSITIONS[from];
  throw new AppError(
    'INVALID_TRANSITION',
    'INVALID_TRANSITION',
    `a policy in ${from} cannot move to ${to}; allowed from ${from}: ${allowed.join(', ') || 'none'}`,
    {
      from,
      to,
      allowed,
    },
  );
}

/** The status after an edit: drafts and rejected texts stay editable; an approved text goes back to review. */
export function statusAfterEdit(current: PolicyStatus, textChanged: boolean): PolicyStatus {
  if (current === 'UNDER_REVIEW') {
    throw new AppError(
      'INVALID_TRANSITION',
      'INVALID_STATE',
      'a policy under review cannot be edited; wait for the decision',
      { from: current, allowed: ['APPROVED', 'REJECTED'] },
    );
  }
  if (current === 'APPROVED' && textChanged) return 'UNDER_REVIEW';
  return current;
}
