import { randomUUID } from 'node:crypto';
import type { Logger } from '@integrity/logging';
import { IsNull, LessThanOrEqual, type DataSource } from 'typeorm';
import type { ServiceCaller } from '../service-client.js';
import { OutboxMessageEntity } from './outbox.entity.js';
import { runInBackground } from '../background.js';

/** One message as its handler sees it. */
export interface OutboxDelivery {
  id: string;
  topic: string;
  key: string;
  payload: unknown;
  attempts: number;
}

/**
 * Sends one message to its receiver. Throwing means "not delivered": it is tried again later. Receivers
 * must be idempotent on the message's key (a process killed after sending and before recording the
 * acknowledgement sends it again), which is what makes the whole path exactly-once.
 */
export type OutboxHandler = (caller: ServiceCaller, message: OutboxDelivery) => Promise<void>;
export type OutboxHandlers = Record<string, OutboxHandler>;

export interface OutboxTiming {
  /** How often the deliverer looks for due messages (OUTBOX_POLL_MS, default 2000). */
  pollMs: number;
  /** First retry delay; doubles per attempt up to maxBackoffMs. */
  backoffMs: number;
  maxBackoffMs: number;
  /** How long a deliverer holds a message it is sending before another may take it (a crash mid-send). */
  leaseMs: number;
}

export const outboxTimingFromEnv = (env: NodeJS.ProcessEnv = process.env): OutboxTiming => {
  const ms = (name: string, fallback: number) => {
    const v = Number(env[name]);
    return Number.isFinite(v) && v > 0 ? v : fallback;
  };
  return {
    pollMs: ms('OUTBOX_POLL_MS', 2000),
    backoffMs: ms('OUTBOX_BACKOFF_MS', 1000),
    maxBackoffMs: ms('OUTBOX_MAX_BACKOFF_MS', 300_000),
    leaseMs: ms('OUTBOX_LEASE_MS', 60_000),
  };
};

/**
 * Messages not yet delivered that a deliverer will try by `until` (ISO-8601): due now or failed and waiting out
 * a short backoff, and a first attempt under way (claimed, no error yet: its lease runs further, and the
 * process counting may not be the one sending). Any process of the subgraph may count; only one delivers.
 */
export const outboxWaiting = (dataSource: DataSource, until: string): Promise<number> =>
  dataSource
    .getRepository(OutboxMessageEntity)
    .createQueryBuilder('m')
    .where('m.delivered_at IS NULL AND (m.next_attempt_at <= :until OR (m.attempts > 0 AND m.last_error IS NULL))', {
      until,
    })
    .getCount();

/** Delay before attempt n+1 after n failed attempts: backoff·2^(n−1), capped. */
export const retryDelayMs = (attempts: number, timing: Pick<OutboxTiming, 'backoffMs' | 'maxBackoffMs'>): number =>
  Math.min(timing.maxBackoffMs, timing.backoffMs * 2 ** Math.max(0, attempts - 1));

export interface OutboxDeliverer {
  /** Deliver every due message now (tests, and right after a commit that enqueued one). */
  drain(): Promise<number>;
  /** Start a pass unless one is running (a readiness probe asking for delivery; never piles passes up). */
  kick(): void;
  /** Whether a pass is running or queued in this process. */
  sending(): boolean;
  stop(): Promise<void>;
}

export interface DelivererOptions {
  dataSource: DataSource;
  subgraph: string;
  secret: string;
  log: Logger;
  handlers: OutboxHandlers;
  timing?: Partial<OutboxTiming>;
  /** Start the polling timer (false in unit tests that call drain themselves). */
  poll?: boolean;
}

const BATCH = 20;

export function startOutboxDeliverer(options: DelivererOptions): OutboxDeliverer {
  const timing = { ...outboxTimingFromEnv(), ...options.timing };
  const repo = options.dataSource.getRepository(OutboxMessageEntity);
  let stopped = false;

  // Take a message for one attempt: a conditional update, so two processes never send it at once.
  const claim = async (m: OutboxMessageEntity, now: Date): Promise<boolean> => {
    const result = await repo
      .createQueryBuilder()
      .update(OutboxMessageEntity)
      .set({ attempts: m.attempts + 1, nextAttemptAt: new Date(now.getTime() + timing.leaseMs).toISOString() })
      .where('id = :id AND next_attempt_at = :seen AND delivered_at IS NULL', { id: m.id, seen: m.nextAttemptAt })
      .execute();
    return result.affected === 1;
  };

  const deliverOne = async (m: OutboxMessageEntity): Promise<boolean> => {
    const handler = options.handlers[m.topic];
    const now = new Date();
    if (!(await claim(m, now))) return false;
    const caller: ServiceCaller = {
      subgraph: options.subgraph,
      secret: options.secret,
      requestId: `outbox-${randomUUID()}`,
      log: options.log,
    };
    try {
      if (!handler) throw new Error(`no handler for topic ${m.topic}`);
      await handler(caller, {
        id: m.id,
        topic: m.topic,
        key: m.dedupeKey,
        payload: JSON.parse(m.payloadJson),
        attempts: m.attempts + 1,
      });
      await repo.update({ id: m.id }, { deliveredAt: new Date().toISOString(), lastError: null });
      options.log.info('outbox message delivered', { topic: m.topic, key: m.dedupeKey, attempts: m.attempts + 1 });
      return true;
    } catch (error) {
      const retryAt = new Date(Date.now() + retryDelayMs(m.attempts + 1, timing)).toISOString();
      await repo.update({ id: m.id }, { nextAttemptAt: retryAt, lastError: String(error).slice(0, 1000) });
      options.log.warn('outbox delivery failed; will retry', { topic: m.topic, key: m.dedupeKey, retryAt });
      return false;
    }
  };

  // one batch; `pass` repeats it while whole batches go through, so a backlog (a receiver back after an hour)
  // drains in one go rather than a batch per poll
  const batch = async (): Promise<{ seen: number; delivered: number }> => {
    const due = await repo.find({
      where: { deliveredAt: IsNull(), nextAttemptAt: LessThanOrEqual(new Date().toISOString()) },
      order: { createdAt: 'ASC' },
      take: BATCH,
    });
    let delivered = 0;
    // in order, one at a time: a receiver that is down is not hammered in parallel
    for (const m of due) if (!stopped && (await deliverOne(m))) delivered += 1;
    return { seen: due.length, delivered };
  };

  const pass = async (): Promise<number> => {
    let total = 0;
    for (;;) {
      const { seen, delivered } = await batch();
      total += delivered;
      if (stopped || seen < BATCH || delivered < seen) return total;
    }
  };

  // passes run one after another in this process: a drain during a pass waits for it, then runs its own
  let chain: Promise<unknown> = Promise.resolve();
  let busy = 0;
  const drain = (): Promise<number> => {
    busy += 1;
    const next = chain
      .then(() => runInBackground('outbox', pass))
      .finally(() => {
        busy -= 1;
      });
    chain = next.catch(() => 0);
    return next;
  };

  // a pass unless one is running: the poll's, and a readiness probe's asking for delivery
  const kick = () => {
    if (busy === 0 && !stopped)
      drain().catch((error) => options.log.warn('outbox pass failed', { error: String(error) }));
  };
  const timer = options.poll === false ? null : setInterval(kick, timing.pollMs);
  timer?.unref();

  return {
    drain,
    sending: () => busy > 0,
    kick,
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      await chain;
    },
  };
}
