import {
  addressBucket,
  attemptStoreFromEnv as kitAttemptStoreFromEnv,
  MemoryAttemptStore,
  RedisAttemptStore,
  type AttemptStore,
  type LockRule,
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

/** The lock rule of one counter (per username or per address) under the policy. */
export const lockRule = (policy: ThrottlePolicy, max: number): LockRule => ({
  windowMs: policy.windowSeconds * 1000,
  max,
  lockMs: policy.lockoutSeconds * 1000,
  maxLockMs: policy.maxLockoutSeconds * 1000,
});

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

/** One login attempt taken: refused while `retryAfter` > 0, else counted as a failure until it says otherwise. */
export interface LoginAttempt {
  /** Seconds until the user or the address may try again; 0 when this attempt may go ahead. */
  retryAfter: number;
  /** The password was right: the username's count is forgotten and the address's attempt handed back. */
  succeeded(): Promise<void>;
  /** Nothing was decided (an error before the password was judged): the attempt is handed back on both keys. */
  withdrawn(): Promise<void>;
}

export interface LoginThrottle {
  /**
   * Take an attempt for the username and the client address at once, counted as a failure from the start, so
   * that of a burst of guesses sent together only as many as the limit are judged.
   */
  attempt(username: string, address: string | null): Promise<LoginAttempt>;
}

export function loginThrottle(store: AttemptStore, policy: () => ThrottlePolicy = policyFromEnv): LoginThrottle {
  const userKey = (u: string) => `user:${u.trim().toLowerCase()}`;
  // an IPv6 caller counts by its /64 (addressBucket): any address in it is theirs to pick
  const addressKey = (a: string) => `addr:${addressBucket(a)}`;
  const nothing = async () => undefined;
  return {
    async attempt(username, address) {
      const p = policy();
      const user = userKey(username);
      const keys = [{ key: user, rule: lockRule(p, p.maxPerUser) }];
      if (address) keys.push({ key: addressKey(address), rule: lockRule(p, p.maxPerAddress) });
      const taken = await store.attempt(keys);
      if (!taken.token) return { retryAfter: Math.ceil(taken.lockedMs / 1000), succeeded: nothing, withdrawn: nothing };
      const { token } = taken;
      const releaseAddress = async () => {
        if (address) await store.release(addressKey(address), token);
      };
      return {
        retryAfter: 0,
        // the address's count is not cleared: one good account must not reset a password spray from its address
        succeeded: async () => {
          await Promise.all([store.clear(user), releaseAddress()]);
        },
        withdrawn: async () => {
          await Promise.all([store.release(user, token), releaseAddress()]);
        },
      };
    },
  };
}
