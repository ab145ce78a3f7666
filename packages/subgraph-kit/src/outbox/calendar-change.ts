// The county's working calendar is credit's; casework and supervision store deadlines counted on it. When an
// administrator loads a year or corrects a day, credit tells each of them in the change's own transaction (the
// outbox), and each counts again the open deadlines the change touches: a corrected holiday moves every domain's
// deadlines, not only credit's, and a receiver that was down recounts when it is back.
import { AppError, badInput } from '../errors.js';
import { queryService, subgraphUrl } from '../service-client.js';
import type { OutboxHandler, OutboxHandlers } from './outbox-deliverer.js';
import type { OutboxEntry } from './outbox.js';

/** Who owns the calendar: the one sender of its changes, and the one caller of the recount mutations. */
export const CALENDAR_OWNER = 'credit';

/** A change of the calendar: the days whose kind changed lie in [from, to] (a day, or a whole year). */
export interface CalendarChange {
  from: string;
  to: string;
  /** What changed, for the audit entries of the deadlines it moves (`calendar.load 2027`, `calendar.set …`). */
  cause: string;
}

/**
 * Whether a deadline counted from `start` to `deadline` may move with `change`: its count passed over a changed
 * day. The one test every domain applies (credit in the change's transaction, the others on its message).
 */
export const calendarChangeTouches = (change: CalendarChange, start: string, deadline: string): boolean =>
  start <= change.to && change.from <= deadline;

/** A change as a receiver takes it: DATE_TOO_EARLY on `input.to` when it ends before it starts. */
export function checkedCalendarChange(input: CalendarChange): CalendarChange {
  if (input.to < input.from)
    throw badInput('input.to', 'DATE_TOO_EARLY', 'to may not be before from', { date: input.from });
  return { from: input.from, to: input.to, cause: input.cause };
}

/**
 * A receiver's answer when `count` of its deadlines (`what`, plural) moved while it counted them again (a
 * versioned write lost): the others stay written, and credit's outbox sends the change again.
 */
export const recountConflict = (count: number, what: string) =>
  new AppError('CONFLICT', 'STALE_VERSION', `${count} ${what} changed while counted again; send the change again`, {
    params: { count },
  });

/** The change a whole year's arrangement makes. */
export const calendarYearChange = (year: number, cause: string): CalendarChange => ({
  from: `${year}-01-01`,
  to: `${year}-12-31`,
  cause,
});

/**
 * The subgraphs keeping deadlines counted on credit's calendar, each with its recount mutation. Credit is one of
 * them for the second look only: its first count runs inside the change's own transaction.
 */
const RECEIVERS = [
  {
    service: 'casework',
    port: 4007,
    mutation: 'mutation RecountCaseDeadlines($input: CalendarChangeInput!) { recountCaseDeadlines(input: $input) }',
  },
  {
    service: 'supervision',
    port: 4006,
    mutation:
      'mutation RecountFeedbackDeadlines($input: CalendarChangeInput!) { recountFeedbackDeadlines(input: $input) }',
  },
  {
    service: 'credit',
    port: 4002,
    mutation: 'mutation RecountCreditDeadlines($input: CalendarChangeInput!) { recountCreditDeadlines(input: $input) }',
  },
] as const;

/** How long a receiver may take to count a change's deadlines again before the delivery is retried. */
const RECOUNT_TIMEOUT_MS = 30_000; // inside the outbox lease (OUTBOX_LEASE_MS, 60 s): no second sender meanwhile

/**
 * When every domain counts a change again a second time (CALENDAR_SETTLE_MS, default 5 minutes). A deadline
 * counted on the calendar read just before the change committed, and written just after the first count selected
 * its rows, keeps the old count; the second look finds it, provided no more than this lay between the writer's
 * reading the calendar and its commit: the read (SERVICE_TIMEOUT_MS, 3 s) and two lock waits (MariaDB's
 * innodb_lock_wait_timeout, 50 s each: the kit's transaction tries once more after a lock failure), with room to
 * spare. A server configured with longer waits sets it longer.
 */
export const calendarSettleMs = (env: NodeJS.ProcessEnv = process.env): number => {
  const ms = Number(env.CALENDAR_SETTLE_MS);
  return Number.isFinite(ms) && ms > 0 ? ms : DEFAULT_CALENDAR_SETTLE_MS;
};
export const DEFAULT_CALENDAR_SETTLE_MS = 300_000;

const changedTopic = (service: string) => `calendar.changed.${service}`;
const settleTopic = (service: string) => `calendar.settle.${service}`;

/** What a receiver is told: at once (not credit, which counted in the change's own transaction), then later. */
const toldOf = (service: string) => [
  ...(service === CALENDAR_OWNER ? [] : [{ topic: changedTopic(service), delayMs: 0 }]),
  { topic: settleTopic(service), delayMs: calendarSettleMs() },
];

/**
 * The messages of one change, under its key: to casework and supervision at once, and to every receiver, credit
 * included, once more after calendarSettleMs() (told once each, however often enqueued). Enqueued last in the
 * change's transaction, so the delay runs from about its commit.
 */
export const calendarChangeMessages = (key: string, change: CalendarChange): OutboxEntry[] =>
  RECEIVERS.flatMap((r) => toldOf(r.service))
    .sort((a, b) => a.delayMs - b.delayMs)
    .map(({ topic, delayMs }) => ({ topic, key, payload: change, ...(delayMs ? { delayMs } : {}) }));

/** Credit's handlers: each receiver's recount is idempotent (counted again from its facts, it moves nothing twice). */
export const calendarChangeHandlers: OutboxHandlers = Object.fromEntries(
  RECEIVERS.flatMap((r) => {
    const handler: OutboxHandler = async (caller, message) => {
      await queryService(caller, {
        service: r.service,
        url: subgraphUrl(r.service, r.port),
        query: r.mutation,
        variables: { input: message.payload },
        // a whole year's change counts many open deadlines again: a background delivery, not a user's wait
        timeoutMs: RECOUNT_TIMEOUT_MS,
      });
    };
    return toldOf(r.service).map(({ topic }) => [topic, handler]);
  }),
);
