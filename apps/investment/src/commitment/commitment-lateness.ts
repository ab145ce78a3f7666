import { daysBetween } from '@integrity/subgraph-kit';

export interface LatenessFacts {
  dueDate: string;
  /** Whether the fulfilment events reach the amount. */
  fulfilledInFull: boolean;
  /**
   * The date of its latest fulfilment event. Once fulfilled in full it is the day it was fulfilled in full: the
   * events add up to the amount only when all are counted (none is zero, none exceeds what was outstanding).
   */
  lastFulfilmentOn: string | null;
  /** The day the investor released it: a waiver ends the obligation, and with it the count. */
  waivedOn: string | null;
}

/**
 * How many calendar days a commitment is or was late (issue 15: lateness is never erased by fulfilling it).
 * Fulfilled in full: from the due date to the day it was (kept for good). Waived unfulfilled: to the waiver. Else
 * (open, overdue, breached): to `onDate`. null when that day is not after the due date: fulfilled on the due date
 * itself is on time (OVERDUE starts the day after), so the day after is 1.
 */
export function commitmentDaysLate(c: LatenessFacts, onDate: string): number | null {
  // fulfilled in full without a dated event (never made by the API): the day is unknown, so no figure is invented
  if (c.fulfilledInFull && !c.lastFulfilmentOn) return null;
  const until = c.fulfilledInFull ? c.lastFulfilmentOn! : (c.waivedOn ?? onDate);
  return until > c.dueDate ? daysBetween(c.dueDate, until) : null;
}

/** The latest of some dates ('YYYY-MM-DD' compare as strings), null for none. */
export const latestDate = (dates: readonly string[]): string | null =>
  dates.reduce<string | null>((latest, d) => (latest === null || d > latest ? d : latest), null);
