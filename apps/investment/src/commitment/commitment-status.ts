/** A commitment's status is derived from its facts and today's date at every read: it is never stored, so never stale. */
export const COMMITMENT_STATUSES = [
  'PENDING',
  'PARTIALLY_FULFILLED',
  'FULFILLED',
  'OVERDUE',
  'BREACHED',
  'WAIVED',
] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

export interface CommitmentFacts {
  amount: bigint;
  fulfilledAmount: bigint;
  dueDate: string;
  breachedOn: string | null;
  waivedOn: string | null;
}

/**
 * WAIVED and BREACHED are recorded decisions and win; then FULFILLED once the events reach the
 * amount (exactly, in fen); then OVERDUE from the day after the due date; then PARTIALLY_FULFILLED
 * or PENDING.
 */
export function commitmentStatus(c: CommitmentFacts, onDate: string): CommitmentStatus {
  if (c.waivedOn) return 'WAIVED';
  if (c.breachedOn) return 'BREACHED';
  if (c.fulfilledAmount >= c.amount) return 'FULFILLED';
  if (c.dueDate < onDate) return 'OVERDUE';
  return c.fulfilledAmount > 0n ? 'PARTIALLY_FULFILLED' : 'PENDING';
}

/** The same rule as SQL over the commitment table (alias c), for filtering lists by status. */
export const STATUS_SQL = `CASE
  WHEN c.waived_on IS NOT NULL THEN 'WAIVED'
  WHEN c.breached_on IS NOT NULL THEN 'BREACHED'
  WHEN c.fulfilled_amount >= c.amount THEN 'FULFILLED'
  WHEN c.due_date < :today THEN 'OVERDUE'
  WHEN c.fulfilled_amount > 0 THEN 'PARTIALLY_FULFILLED'
  ELSE 'PENDING' END`;
