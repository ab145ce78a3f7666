// Whether a subgraph's facts are reaching the others, as the administrators' page shows it. Not a regulation's
// figure: how long a failing message may wait before someone should look at the receiver.

/** A message failing for longer than this (since it was written) marks its sender 受阻. */
export const STUCK_AFTER_MINUTES = 10;

export type DeliveryState = 'CLEAR' | 'PENDING' | 'STUCK' | 'UNREACHABLE';

export interface BacklogFigures {
  undelivered: number;
  failing: number;
  heldBack: number;
  oldestSince?: string | null;
}

/**
 * UNREACHABLE: the sender did not answer (no figures); CLEAR: nothing due waits; STUCK: a message fails and
 * the oldest has waited past the limit; else PENDING.
 */
export function deliveryState(b: BacklogFigures | null | undefined, now: Date = new Date()): DeliveryState {
  if (!b) return 'UNREACHABLE';
  if (b.undelivered - b.heldBack <= 0) return 'CLEAR';
  const waitedMs = b.oldestSince ? now.getTime() - Date.parse(b.oldestSince) : 0;
  return b.failing > 0 && waitedMs > STUCK_AFTER_MINUTES * 60_000 ? 'STUCK' : 'PENDING';
}
