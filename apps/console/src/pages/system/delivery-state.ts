// Whether a subgraph's facts are reaching the others, as the administrators' page shows it: the shared rule
// (@integrity/rules' deliveryStuck, which also raises supervision's DELIVERY_STUCK) and how an error reads.
import { deliveryDue, deliveryStuck, outboxField, type BacklogFigures } from '@integrity/rules';

export type DeliveryState = 'CLEAR' | 'PENDING' | 'STUCK' | 'UNREACHABLE' | 'FAILED';

/** An error of the answer, as Apollo gives it. */
export interface AnswerError {
  path?: readonly (string | number)[];
  extensions?: Record<string, unknown> | null;
}

/** The error about one sender's field: by its path, or by the subgraph the gateway could not reach. */
export const errorOf = (errors: readonly AnswerError[], field: string): AnswerError | undefined =>
  errors.find((e) => e.path?.[0] === field) ??
  errors.find((e) => !e.path?.length && outboxField(String(e.extensions?.serviceName ?? '')) === field);

/**
 * No figures: UNREACHABLE when the gateway could not reach the sender (its error names the service), else
 * FAILED (a refusal or an error of the sender's own). With figures: CLEAR when nothing due waits (held-back
 * messages aside), STUCK when the longest-waiting one has waited past the limit (a receiver down, a deliverer not
 * running or hanging alike), else PENDING.
 */
export function deliveryState(
  // failing or not, the same: a deliverer not running or hanging fails nothing
  figures: (BacklogFigures & { failing?: number }) | null | undefined,
  error: AnswerError | undefined,
  now: Date = new Date(),
): DeliveryState {
  if (!figures) {
    const code = error?.extensions?.code;
    const refused = code === 'FORBIDDEN' || code === 'UNAUTHENTICATED';
    return error?.extensions?.serviceName && !refused ? 'UNREACHABLE' : 'FAILED';
  }
  if (deliveryDue(figures) <= 0) return 'CLEAR';
  return deliveryStuck(figures, now.getTime()) ? 'STUCK' : 'PENDING';
}
