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

const UNDECIDED = 'c.waived_on IS NULL AND c.breached_on IS NULL';
const OPEN = `${UNDECIDED} AND c.fulfilled_amount < c.amount`;

/**
 * The same rule as SQL over the commitment table (alias c), for filtering lists: one condition per status, each
 * true of exactly the rows commitmentStatus gives that status (the first decisive fact wins, so each condition
 * excludes the ones before it). Conditions on the columns themselves, not a computed CASE, so that the due-date
 * index serves OVERDUE, PARTIALLY_FULFILLED and PENDING (a range before or from today).
 */
export const STATUS_WHERE: Record<CommitmentStatus, string> = {
  WAIVED: 'c.waived_on IS NOT NULL',
  BREACHED: 'c.waived_on IS NULL AND c.breached_on IS NOT NULL',
  FULFILLED: `${UNDECIDED} AND c.fulfilled_amount >= c.amount`,
  OVERDUE: `${OPEN} AND c.due_date < :today`,
  PARTIALLY_FULFILLED: `${OPEN} AND c.due_date >= :today AND c.fulfilled_amount > 0`,
  PENDING: `${OPEN} AND c.due_date >= :today AND c.fulfilled_amount <= 0`,
};
