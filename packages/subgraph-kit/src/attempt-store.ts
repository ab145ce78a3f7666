import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';

/**
 * Counting attempts per key within a window, with a lock once a count is reached: the store behind the
 * login throttle (directory) and the public complaint limits (casework). In Redis when several processes
 * must share the counts (`REDIS_URL`), else in this process's memory.
 *
 * An attempt is counted when it is taken, before the work it guards, and in the same atomic step as the
 * lock check: of a burst sent at once exactly `max` get through, never all of them. An attempt that turns
 * out not to count (the right password, a complaint that was not filed) is handed back.
 */
export interface LockRule {
  /** How long attempts are remembered after the last one, ms. */
  windowMs: number;
  /** The attempt that makes the count `max` locks the key (it is itself still let through). */
  max: number;
  /** The first lock, ms; each further attempt counted doubles it... */
  lockMs: number;
  /** ...up to this, ms. */
  maxLockMs: number;
}

/** The lock that the `count`-th attempt sets under `rule` (0 below the limit). */
export function lockMsAfter(count: number, rule: LockRule): number {
  if (count < rule.max) return 0;
  return Math.min(rule.lockMs * 2 ** Math.min(count - rule.max, 30), rule.maxLockMs);
}

/** What taking an attempt gave: refused while locked (`lockedMs` > 0, nothing counted), else a token to hand it back. */
export type Attempt = { lockedMs: number; token: null } | { lockedMs: 0; token: string };

export interface AttemptStore {
  /** Milliseconds the key stays locked (0: not locked). */
  lockedFor(key: string): Promise<number>;
  /**
   * Take one attempt on every key at once: refused with the longest lock while any key is locked (nothing
   * counted); else every key's count goes up and a key reaching its rule's limit locks.
   */
  attempt(keys: readonly { key: string; rule: LockRule }[]): Promise<Attempt>;
  /** Hand an attempt back: its key's count goes down and a lock this very attempt set is lifted. */
  release(key: string, token: string): Promise<void>;
  /** Forget the key's count and lock. */
  clear(key: string): Promise<void>;
  close(): Promise<void>;
}

interface Entry {
  count: number;
  forgetAt: number;
  lockedUntil: number;
  lockToken: string | null;
}

export class MemoryAttemptStore implements AttemptStore {
  private readonly entries = new Map<string, Entry>();

  async lockedFor(key: string): Promise<number> {
    const entry = this.entries.get(key);
    return entry ? Math.max(0, entry.lockedUntil - Date.now()) : 0;
  }

  // no await inside: one event-loop turn, so atomic within the process
  async attempt(keys: readonly { key: string; rule: LockRule }[]): Promise<Attempt> {
    const now = Date.now();
    const locked = Math.max(0, ...keys.map(({ key }) => (this.entries.get(key)?.lockedUntil ?? 0) - now));
    if (locked > 0) return { lockedMs: locked, token: null };
    if (this.entries.size > 100_000)
      for (const [k, e] of this.entries) if (e.forgetAt < now && e.lockedUntil < now) this.entries.delete(k);
    const token = randomUUID();
    for (const { key, rule } of keys) {
      const entry = this.entries.get(key);
      const count = entry && entry.forgetAt > now ? entry.count + 1 : 1;
      const lock = lockMsAfter(count, rule);
      this.entries.set(key, {
        count,
        forgetAt: now + rule.windowMs + lock,
        lockedUntil: lock ? now + lock : 0,
        lockToken: lock ? token : null,
      });
    }
    return { lockedMs: 0, token };
  }

  async release(key: string, token: string): Promise<void> {
    const entry = this.entries.get(key);
    if (!entry || entry.forgetAt <= Date.now()) return;
    entry.count = Math.max(0, entry.count - 1);
    if (entry.lockToken === token) Object.assign(entry, { lockedUntil: 0, lockToken: null });
  }

  async clear(key: string): Promise<void> {
    this.entries.delete(key);
  }

  async close(): Promise<void> {}
}

// KEYS: counter and lock of each key, in pairs. ARGV: the token, then windowMs, max, lockMs, maxLockMs per key.
// Refuses with the longest lock while any is set; else counts every key and locks those at their limit.
const ATTEMPT = `
local longest = 0
for i = 2, #KEYS, 2 do
  local ttl = redis.call('PTTL', KEYS[i])
  if ttl > longest then longest = ttl end
end
if longest > 0 then return longest end
for i = 1, #KEYS, 2 do
  local a = 2 * (i - 1) + 2
  local window, max, first, cap = tonumber(ARGV[a]), tonumber(ARGV[a + 1]), tonumber(ARGV[a + 2]), tonumber(ARGV[a + 3])
  local count = redis.call('INCR', KEYS[i])
  local lock = 0
  if count >= max then lock = math.floor(math.min(first * 2 ^ math.min(count - max, 30), cap)) end
  if lock > 0 then redis.call('SET', KEYS[i + 1], ARGV[1], 'PX', lock) end
  redis.call('PEXPIRE', KEYS[i], window + lock)
end
return 0`;

// KEYS: counter, lock. ARGV: the token. The count goes down (only while it exists); the lock goes if it is this attempt's.
const RELEASE = `
if redis.call('EXISTS', KEYS[1]) == 1 and tonumber(redis.call('GET', KEYS[1])) > 0 then redis.call('DECR', KEYS[1]) end
if redis.call('GET', KEYS[2]) == ARGV[1] then redis.call('DEL', KEYS[2]) end
return 0`;

/** Counts in Redis, under `<namespace>:fail:<key>` and `<namespace>:lock:<key>`, so every process sees them. */
export class RedisAttemptStore implements AttemptStore {
  constructor(
    private readonly redis: Redis,
    private readonly namespace: string,
  ) {}

  private counter = (key: string) => `${this.namespace}:fail:${key}`;
  private lock = (key: string) => `${this.namespace}:lock:${key}`;

  async lockedFor(key: string): Promise<number> {
    return Math.max(0, await this.redis.pttl(this.lock(key)));
  }

  async attempt(keys: readonly { key: string; rule: LockRule }[]): Promise<Attempt> {
    const token = randomUUID();
    const redisKeys = keys.flatMap(({ key }) => [this.counter(key), this.lock(key)]);
    const args = keys.flatMap(({ rule }) => [rule.windowMs, rule.max, rule.lockMs, rule.maxLockMs]);
    // ioredis puts its key prefix on the KEYS of eval as on any command's keys
    const locked = Number(await this.redis.eval(ATTEMPT, redisKeys.length, ...redisKeys, token, ...args));
    return locked > 0 ? { lockedMs: locked, token: null } : { lockedMs: 0, token };
  }

  async release(key: string, token: string): Promise<void> {
    await this.redis.eval(RELEASE, 2, this.counter(key), this.lock(key), token);
  }

  async clear(key: string): Promise<void> {
    await this.redis.del(this.counter(key), this.lock(key));
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
