import type { Logger } from '@integrity/logging';

/** How long the start may hold a subgraph's readiness (OUTBOX_READY_WAIT_MS, default 20 s, from the first probe). */
export const readyWaitMsFromEnv = (env: NodeJS.ProcessEnv = process.env): number => {
  const v = Number(env.OUTBOX_READY_WAIT_MS);
  return Number.isFinite(v) && v >= 0 ? v : 20_000;
};

export interface StartupSources {
  /** Messages whose next attempt falls by `until` (outboxWaiting on the subgraph's database). */
  waiting(until: string): Promise<number>;
  /** The process's own deliverer, when it delivers (in a cluster, worker 1 only). */
  deliverer?: { kick(): void; sending(): boolean } | null;
}

export interface StartupBacklog {
  /** The start's own jobs have run once (what they found overdue is in the outbox now). */
  jobsDone(): void;
  /** Why the subgraph is not ready yet, or null. */
  check(): Promise<string | null>;
}

/**
 * Readiness held until the start is over: the start's jobs have run once and what the outbox holds then has
 * been delivered. The subgraphs start together and a message's receiver may not be listening at the first try,
 * so without this `npm start` opened with facts still on their way (the public list one state, the figures
 * another, for a few seconds). Each check asks the deliverer for a pass, so a receiver that has just come up
 * gets its messages at once. Bounded by `waitMs` from the first check: only messages that will be tried within
 * it are waited for (not one a long backoff holds back), and a receiver that is down must not keep its senders
 * out of service. Once settled it stays settled: this is about the start only.
 */
export function startupBacklog(
  sources: StartupSources,
  log: Logger,
  waitMs = readyWaitMsFromEnv(),
  now: () => number = Date.now,
): StartupBacklog {
  let jobsDone = false;
  let settled = false;
  let since: number | null = null;
  return {
    jobsDone: () => void (jobsDone = true),
    async check() {
      if (settled) return null;
      since ??= now();
      const until = new Date(since + waitMs).toISOString();
      const waiting = jobsDone ? await sources.waiting(until) : null;
      if (waiting === 0 && !sources.deliverer?.sending()) {
        settled = true;
        return null;
      }
      if (now() - since >= waitMs) {
        settled = true;
        log.warn('ready before the start was over', { jobsDone, waiting, waitedMs: now() - since });
        return null;
      }
      sources.deliverer?.kick();
      if (waiting === null) return 'starting';
      return waiting ? `delivering ${waiting} outbox message${waiting === 1 ? '' : 's'}` : 'delivering';
    },
  };
}
