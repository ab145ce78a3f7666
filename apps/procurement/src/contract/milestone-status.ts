/**
 * A milestone as of a day: OVERDUE from the day after its due date while not paid in full. One with no due date yet
 * (its delivery or acceptance not recorded) is never overdue.
 */
export function milestoneStatus(
  m: { dueDate: string | null; amount: bigint; paidAmount: bigint },
  onDate: string,
): 'SCHEDULED' | 'PARTIALLY_PAID' | 'PAID' | 'OVERDUE' {
  if (m.paidAmount >= m.amount) return 'PAID';
  if (m.dueDate !== null && m.dueDate < onDate) return 'OVERDUE';
  return m.paidAmount > 0n ? 'PARTIALLY_PAID' : 'SCHEDULED';
}
