import type { Logger } from '@integrity/logging';
import type { OutboxDeliverer } from './outbox-deliverer.js';

/** How long the messages waiting at start may hold a subgraph's readiness (OUTBOX_READY_WAIT_MS, default 20 s). */
export const readyWaitMsFromEnv = (env: NodeJS.ProcessEnv = process.env): number => {
  const v = Number(env.OUTBOX_READY_WAIT_MS);
  return Number.isFinite(v) && v >= 0 ? v : 20_000;
};

/**
 * Why the subgraph is not ready yet, or null: until what its outbox holds at start has been delivered. The
 * subgraphs start together and a message's receiver may not be listening at the first try, so without this
 * `npm start` opened with facts still on their way (the public list one state, the figures another, for a few
 * seconds). Each check also asks for a delivery, so a receiver that has just come up gets its messages at once.
 * Bounded by `waitMs` from the first check: a receiver that is down must not keep its senders out of service.
 * Once settled it stays settled: this is about the start only.
 */
export function startupBacklog(
  outbox: Pick<OutboxDeliverer, 'drain' | 'waiting'>,
  log: Logger,
  waitMs = readyWaitMsFromEnv(),
  now: () => number = Date.now,
): () => Promise<string | null> {
  let settled = false;
  let since: number | null = null;
  return async () => {
    if (settled) return null;
    since ??= now();
    const waiting = await outbox.waiting();
    if (waiting === 0) {
      settled = true;
      return null;
    }
    if (now() - since >= waitMs) {
      settled = true;
      log.warn('ready with outbox messages still undelivered', { waiting, waitedMs: now() - since });
      return null;
    }
    void outbox.drain().catch((error) => log.warn('outbox pass failed', { error: String(error) }));
    return `delivering ${waiting} outbox message${waiting === 1 ? '' : 's'}`;
  };
}
