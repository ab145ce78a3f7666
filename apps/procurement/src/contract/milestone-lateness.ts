import { daysBetween } from '@integrity/subgraph-kit';

/**
 * How many days a milestone is or was paid late: paid in full after its due date, the days from the due date to
 * the day the last of it was paid (kept for good: lateness is never erased by paying); unpaid past its due date,
 * the days until `onDate`. null when it was paid, or is still payable, on time. Due on the 10th, paid on the 11th:
 * 1 day late (it is OVERDUE from the day after its due date). No due date yet (delivery or acceptance not
 * recorded): null, never late.
 */
export function daysLate(
  m: { dueDate: string | null; amount: bigint; paidAmount: bigint; paidOn: string | null },
  onDate: string,
): number | null {
  if (m.dueDate === null) return null;
  const settledOn = m.paidAmount >= m.amount ? m.paidOn : null;
  const until = settledOn ?? onDate;
  return until > m.dueDate ? daysBetween(m.dueDate, until) : null;
}
