// Whether a subgraph's facts are reaching the others, as the administrators' page shows it; the limit is the
// shared one that also raises supervision's DELIVERY_STUCK warning.
import { DELIVERY_STUCK_MINUTES } from '@integrity/rules';

/** The longest-waiting message due waiting longer than this marks its sender 受阻, whatever the cause. */
export const STUCK_AFTER_MINUTES = DELIVERY_STUCK_MINUTES;

export type DeliveryState = 'CLEAR' | 'PENDING' | 'STUCK' | 'UNREACHABLE' | 'FAILED';

export interface BacklogFigures {
  undelivered: number;
  failing: number;
  heldBack: number;
  oldestSince?: string | null;
}

/** An error of the answer, as Apollo gives it. */
export interface AnswerError {
  path?: readonly (string | number)[];
  extensions?: Record<string, unknown> | null;
}

/** The error about one sender's field: by its path, or by the subgraph the gateway could not reach. */
export const errorOf = (errors: readonly AnswerError[], field: string): AnswerError | undefined =>
  errors.find((e) => e.path?.[0] === field) ??
  errors.find((e) => !e.path?.length && `${String(e.extensions?.serviceName ?? '')}Outbox` === field);

/**
 * No figures: UNREACHABLE when the gateway could not reach the sender (its error names the service), else
 * FAILED (a refusal or an error of the sender's own). With figures: CLEAR when nothing due waits (held-back
 * messages aside), STUCK when the longest-waiting one has waited past the limit (a receiver down, a deliverer not
 * running or hanging alike), else PENDING.
 */
export function deliveryState(
  figures: BacklogFigures | null | undefined,
  error: AnswerError | undefined,
  now: Date = new Date(),
): DeliveryState {
  if (!figures) {
    const code = error?.extensions?.code;
    const refused = code === 'FORBIDDEN' || code === 'UNAUTHENTICATED';
    return error?.extensions?.serviceName && !refused ? 'UNREACHABLE' : 'FAILED';
  }
  if (figures.undelivered - figures.heldBack <= 0) return 'CLEAR';
  const waitedMs = figures.oldestSince ? now.getTime() - Date.parse(figures.oldestSince) : 0;
  return waitedMs > STUCK_AFTER_MINUTES * 60_000 ? 'STUCK' : 'PENDING';
}
