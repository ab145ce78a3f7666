/**
 * Facts on their way between domains (each sending subgraph's outbox): who sends, what its query is called, and
 * when a sender counts as stuck. One rule for 跨领域数据传递 (the console) and DELIVERY_STUCK (supervision's sweep).
 */

/** The domains whose subgraphs send facts to others through an outbox, in the order 跨领域数据传递 lists them. */
export const OUTBOX_SENDERS = ['PROCUREMENT', 'INVESTMENT', 'SUPERVISION', 'CASEWORK', 'CREDIT'] as const;
export type OutboxSender = (typeof OUTBOX_SENDERS)[number];

/** The query a sending subgraph answers its backlog on: `procurementOutbox` for the procurement subgraph. */
export const outboxField = <S extends string>(subgraph: S): `${Lowercase<S>}Outbox` =>
  `${subgraph.toLowerCase() as Lowercase<S>}Outbox`;

/**
 * A fact due waiting longer than this, in minutes, marks its sender 受阻 and raises a DELIVERY_STUCK warning.
 * Not a regulation's figure: the county's operating rule for when someone should look at a sender or its
 * receiver (retries begin at one second).
 */
export const DELIVERY_STUCK_MINUTES = 10;

/** A sender's backlog as its `<subgraph>Outbox` gives it (the fields the rule reads). */
export interface BacklogFigures {
  undelivered: number;
  heldBack: number;
  /** Since when the longest-waiting fact due has waited (ISO-8601). */
  oldestSince?: string | null;
}

/** Facts due: undelivered, those held back for later aside. */
export const deliveryDue = (b: BacklogFigures): number => b.undelivered - b.heldBack;

/** How long the longest-waiting fact due has waited, in milliseconds, at `now`. */
export const deliveryWaitedMs = (b: BacklogFigures, now: number): number =>
  b.oldestSince ? Math.max(0, now - Date.parse(b.oldestSince)) : 0;

/** Whether a sender is stuck: a fact due has waited more than DELIVERY_STUCK_MINUTES (exactly that is not). */
export const deliveryStuck = (b: BacklogFigures, now: number): boolean =>
  deliveryDue(b) > 0 && deliveryWaitedMs(b, now) > DELIVERY_STUCK_MINUTES * 60_000;
