import {
  attemptStoreFromEnv as kitAttemptStoreFromEnv,
  MemoryAttemptStore,
  RedisAttemptStore,
  type AttemptStore,
} from '@integrity/subgraph-kit';

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

// the store (memory, or Redis with REDIS_URL) is the kit's, shared with casework's complaint limit
export { MemoryAttemptStore, RedisAttemptStore, type AttemptStore };

/** Failures counted in Redis under `login:` (REDIS_KEY_PREFIX first), as before the store moved to the kit. */
export const attemptStoreFromEnv = (env: NodeJS.ProcessEnv = process.env): AttemptStore =>
  kitAttemptStoreFromEnv('login', env);

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
