import { Redis } from 'ioredis';

/**
 * Counting attempts per key within a window, with a lock once a count is reached: the store behind the
 * login throttle (directory) and the public complaint limit (casework). In Redis when several processes
 * must share the counts (`REDIS_URL`), else in this process's memory.
 */
export interface AttemptStore {
  /** Milliseconds the key stays locked (0: not locked). */
  lockedFor(key: string): Promise<number>;
  /** Count an attempt; lock the key for `lockMs(count)` when that is above 0. Returns the count. */
  fail(key: string, windowMs: number, lockMs: (count: number) => number): Promise<number>;
  clear(key: string): Promise<void>;
  close(): Promise<void>;
}

export class MemoryAttemptStore implements AttemptStore {
  private readonly entries = new Map<string, { count: number; forgetAt: number; lockedUntil: number }>();

  async lockedFor(key: string): Promise<number> {
    const entry = this.entries.get(key);
    return entry ? Math.max(0, entry.lockedUntil - Date.now()) : 0;
  }

  async fail(key: string, windowMs: number, lockMs: (count: number) => number): Promise<number> {
    const now = Date.now();
    if (this.entries.size > 100_000)
      for (const [k, e] of this.entries) if (e.forgetAt < now && e.lockedUntil < now) this.entries.delete(k);
    const entry = this.entries.get(key);
    const count = entry && entry.forgetAt > now ? entry.count + 1 : 1;
    const lock = lockMs(count);
    this.entries.set(key, { count, forgetAt: now + windowMs + lock, lockedUntil: lock ? now + lock : 0 });
    return count;
  }

  async clear(key: string): Promise<void> {
    this.entries.delete(key);
  }

  async close(): Promise<void> {}
}

/** Counts in Redis, under `<namespace>:fail:<key>` and `<namespace>:lock:<key>`, so every process sees them. */
export class RedisAttemptStore implements AttemptStore {
  constructor(
    private readonly redis: Redis,
    private readonly namespace: string,
  ) {}

  async lockedFor(key: string): Promise<number> {
    return Math.max(0, await this.redis.pttl(`${this.namespace}:lock:${key}`));
  }

  async fail(key: string, windowMs: number, lockMs: (count: number) => number): Promise<number> {
    const counter = `${this.namespace}:fail:${key}`;
    const [[, count]] = (await this.redis.multi().incr(counter).pexpire(counter, windowMs).exec()) as [
      [unknown, number],
    ];
    const lock = lockMs(count);
    if (lock)
      await this.redis
        .multi()
        .set(`${this.namespace}:lock:${key}`, '1', 'PX', lock)
        .pexpire(counter, windowMs + lock)
        .exec();
    return count;
  }

  async clear(key: string): Promise<void> {
    await this.redis.del(`${this.namespace}:fail:${key}`, `${this.namespace}:lock:${key}`);
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => undefined);
  }
}

/**
 * REDIS_URL set: Redis, keys under REDIS_KEY_PREFIX (default `igraph:`) and the namespace, failing fast when
 * it is down so the caller refuses rather than lets attempts through uncounted; else this process's memory.
 */
export function attemptStoreFromEnv(namespace: string, env: NodeJS.ProcessEnv = process.env): AttemptStore {
  if (!env.REDIS_URL) return new MemoryAttemptStore();
  const keyPrefix = env.REDIS_KEY_PREFIX ?? 'igraph:';
  const redis = new Redis(env.REDIS_URL, { keyPrefix, maxRetriesPerRequest: 1, connectTimeout: 2000 });
  redis.on('error', () => undefined); // each command that fails says so to its caller; no unhandled event noise
  return new RedisAttemptStore(redis, namespace);
}
