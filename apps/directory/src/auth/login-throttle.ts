import { Redis } from 'ioredis';

/**
 * Login throttling: failed attempts are counted per username and per client address; after too many
 * within the window the key is locked for a back-off that doubles with every further failure (capped).
 * While a key is locked no password is checked at all (not even the right one), which also spares the
 * scrypt CPU an attacker would make us spend.
 */
export interface ThrottlePolicy {
  /** Failures per username before it locks (LOGIN_MAX_FAILURES, default 5). */
  maxPerUser: number;
  /** Failures per client address before it locks (LOGIN_MAX_FAILURES_PER_ADDRESS, default 20). */
  maxPerAddress: number;
  /** How long failures are remembered, seconds (LOGIN_FAILURE_WINDOW_SECONDS, default 900). */
  windowSeconds: number;
  /** First lockout, seconds; each further failure doubles it (LOGIN_LOCKOUT_SECONDS, default 30). */
  lockoutSeconds: number;
  /** The longest lockout, seconds (LOGIN_LOCKOUT_MAX_SECONDS, default 900). */
  maxLockoutSeconds: number;
}

const positive = (value: string | undefined, fallback: number) => {
  const n = Number(value);
  return value !== undefined && Number.isFinite(n) && n > 0 ? n : fallback;
};

export const policyFromEnv = (env: NodeJS.ProcessEnv = process.env): ThrottlePolicy => ({
  maxPerUser: positive(env.LOGIN_MAX_FAILURES, 5),
  maxPerAddress: positive(env.LOGIN_MAX_FAILURES_PER_ADDRESS, 20),
  windowSeconds: positive(env.LOGIN_FAILURE_WINDOW_SECONDS, 900),
  lockoutSeconds: positive(env.LOGIN_LOCKOUT_SECONDS, 30),
  maxLockoutSeconds: positive(env.LOGIN_LOCKOUT_MAX_SECONDS, 900),
});

/** The lockout after `failures` failures against a limit of `max` (0 while under it). */
export function lockoutMs(failures: number, max: number, policy: ThrottlePolicy): number {
  if (failures < max) return 0;
  return Math.min(policy.lockoutSeconds * 2 ** Math.min(failures - max, 30), policy.maxLockoutSeconds) * 1000;
}

/** Where failures are counted: Redis when several processes must share them, else this process. */
export interface AttemptStore {
  /** Milliseconds the key stays locked (0: not locked). */
  lockedFor(key: string): Promise<number>;
  /** Count a failure; lock the key for `lockMs(count)` when that is above 0. Returns the count. */
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

/** Counts in Redis (`REDIS_URL`), so every directory process behind every gateway sees the same lockouts. */
export class RedisAttemptStore implements AttemptStore {
  constructor(private readonly redis: Redis) {}

  async lockedFor(key: string): Promise<number> {
    return Math.max(0, await this.redis.pttl(`login:lock:${key}`));
  }

  async fail(key: string, windowMs: number, lockMs: (count: number) => number): Promise<number> {
    const [[, count]] = (await this.redis
      .multi()
      .incr(`login:fail:${key}`)
      .pexpire(`login:fail:${key}`, windowMs)
      .exec()) as [[unknown, number]];
    const lock = lockMs(count);
    if (lock)
      await this.redis
        .multi()
        .set(`login:lock:${key}`, '1', 'PX', lock)
        .pexpire(`login:fail:${key}`, windowMs + lock)
        .exec();
    return count;
  }

  async clear(key: string): Promise<void> {
    await this.redis.del(`login:fail:${key}`, `login:lock:${key}`);
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => undefined);
  }
}

/**
 * REDIS_URL set: Redis, keys under REDIS_KEY_PREFIX (default `igraph:`), failing fast when it is down so a
 * login is refused rather than left unthrottled; else this process's memory.
 */
export function attemptStoreFromEnv(env: NodeJS.ProcessEnv = process.env): AttemptStore {
  if (!env.REDIS_URL) return new MemoryAttemptStore();
  const keyPrefix = env.REDIS_KEY_PREFIX ?? 'igraph:';
  const redis = new Redis(env.REDIS_URL, { keyPrefix, maxRetriesPerRequest: 1, connectTimeout: 2000 });
  redis.on('error', () => undefined); // each command that fails says so to its caller; no unhandled event noise
  return new RedisAttemptStore(redis);
}

const throttles = new WeakMap<object, LoginThrottle>();
const stores = new Set<AttemptStore>();

/**
 * The throttle of one running directory (keyed by its data source), made on first use from the
 * environment (REDIS_URL, LOGIN_*). Two directories in one process count apart unless they share Redis,
 * exactly as two processes would.
 */
export function throttleOf(owner: object): LoginThrottle {
  let throttle = throttles.get(owner);
  if (!throttle) {
    const store = attemptStoreFromEnv();
    stores.add(store);
    throttle = loginThrottle(store);
    throttles.set(owner, throttle);
  }
  return throttle;
}

/** Close every store's connection (tests; a process that exits needs nothing). */
export async function closeLoginThrottles(): Promise<void> {
  await Promise.all([...stores].map((s) => s.close()));
  stores.clear();
}

export interface LoginThrottle {
  /** Seconds until the user or the address may try again; 0 when they may try now. */
  retryAfter(username: string, address: string | null): Promise<number>;
  failed(username: string, address: string | null): Promise<void>;
  succeeded(username: string): Promise<void>;
}

export function loginThrottle(store: AttemptStore, policy: () => ThrottlePolicy = policyFromEnv): LoginThrottle {
  const userKey = (u: string) => `user:${u.trim().toLowerCase()}`;
  const addressKey = (a: string) => `addr:${a}`;
  return {
    async retryAfter(username, address) {
      const waits = await Promise.all([
        store.lockedFor(userKey(username)),
        address ? store.lockedFor(addressKey(address)) : 0,
      ]);
      const ms = Math.max(...waits);
      return ms > 0 ? Math.ceil(ms / 1000) : 0;
    },
    async failed(username, address) {
      const p = policy();
      await store.fail(userKey(username), p.windowSeconds * 1000, (n) => lockoutMs(n, p.maxPerUser, p));
      if (address)
        await store.fail(addressKey(address), p.windowSeconds * 1000, (n) => lockoutMs(n, p.maxPerAddress, p));
    },
    // the address counter is not cleared: one good account must not reset a password spray from its address
    succeeded: (username) => store.clear(userKey(username)),
  };
}
