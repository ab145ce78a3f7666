/** PENDING: not fulfilled, due date not passed; UNFULFILLED: not fulfilled after the due date; FULFILLED. */
export const JUDGMENT_STATUSES = ['PENDING', 'UNFULFILLED', 'FULFILLED'] as const;
export type JudgmentStatus = (typeof JUDGMENT_STATUSES)[number];

/** Fulfilled once a fulfilment has been recorded and the sum (if any) is paid in full. */
export const isFulfilled = (amount: bigint, fulfilledAmount: bigint, fulfilments: number): boolean =>
  fulfilments > 0 && fulfilledAmount >= amount;

/** Unfulfilled from the day after the due date. */
export function judgmentStatus(j: { dueOn: string; fulfilledOn: string | null }, today: string): JudgmentStatus {
  if (j.fulfilledOn) return 'FULFILLED';
  return j.dueOn < today ? 'UNFULFILLED' : 'PENDING';
}
