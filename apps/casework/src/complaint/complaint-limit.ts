import {
  addressBucket,
  AppError,
  attemptStoreFromEnv,
  type AttemptStore,
  type LockRule,
  type RequestContext,
} from '@integrity/subgraph-kit';
import { complaintLimitFromEnv } from './complaint-rules.js';

const stores = new WeakMap<object, AttemptStore>();
const opened = new Set<AttemptStore>();

/** The limiter's store of one running casework (keyed by its data source): Redis with REDIS_URL, else memory. */
const storeOf = (owner: object): AttemptStore => {
  let store = stores.get(owner);
  if (!store) {
    store = attemptStoreFromEnv('complaint');
    stores.set(owner, store);
    opened.add(store);
  }
  return store;
};

/** Close every store's connection (tests). */
export async function closeComplaintLimits(): Promise<void> {
  await Promise.all([...opened].map((s) => s.close()));
  opened.clear();
}

/** The refusal of a locked key; `what` says in the message which limit it is (the console reads the reason). */
const rateLimited = (what: string, seconds: number) =>
  new AppError('RATE_LIMITED', 'RATE_LIMITED', `${what}; try again in ${seconds} s`, {
    retryAfter: seconds,
    params: { retryAfter: seconds },
  });

/** The limiter's store down: refuse rather than take complaints uncounted. */
async function counted<T>(ctx: RequestContext, work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    ctx.log.error('complaint limiter unavailable', { error: String(error) });
    throw new AppError('DEPENDENCY_UNAVAILABLE', 'DEPENDENCY_DOWN', 'complaints cannot be taken right now', {
      service: 'throttle',
      params: { service: 'throttle' },
    });
  }
}

// an IPv6 caller counts by its /64 (addressBucket): any address in it is theirs to pick
const keyOf = (ctx: RequestContext) => `addr:${ctx.clientAddress ? addressBucket(ctx.clientAddress) : 'unknown'}`;

/** A taken attempt handed back when it turned out not to count; never fails the caller's answer. */
export type Release = () => Promise<void>;

/**
 * Take one attempt on `key`, counted now (so a burst sent at once gets no more through than the rule's limit), or
 * refuse with RATE_LIMITED (retryAfter in seconds) while the key is locked. Returns how to hand it back.
 */
async function take(
  ctx: RequestContext,
  key: string,
  rule: LockRule,
  what: string,
  refused?: () => void,
): Promise<Release> {
  const store = storeOf(ctx.dataSource);
  const taken = await counted(ctx, store.attempt([{ key, rule }]));
  if (!taken.token) {
    refused?.();
    throw rateLimited(what, Math.ceil(taken.lockedMs / 1000));
  }
  const { token } = taken;
  return () =>
    store
      .release(key, token)
      .catch((error: unknown) => ctx.log.error('limiter release failed', { key, error: String(error) }));
}

/**
 * Take one complaint of the caller's address; the one that reaches the limit locks the address for the window.
 * Handed back if no complaint is filed.
 */
export function takeComplaint(ctx: RequestContext): Promise<Release> {
  const { maxPerAddress, windowSeconds } = complaintLimitFromEnv();
  const windowMs = windowSeconds * 1000;
  const rule = { windowMs, max: maxPerAddress, lockMs: windowMs, maxLockMs: windowMs };
  return take(ctx, keyOf(ctx), rule, 'too many complaints from this address', () =>
    ctx.log.warn('complaint refused: address limit', { address: ctx.clientAddress }),
  );
}

/** Wrong access codes per tracking number: the fifth within 15 minutes locks it for 15 minutes. */
const CODE_ATTEMPTS = { windowMs: 15 * 60_000, max: 5, lockMs: 15 * 60_000, maxLockMs: 15 * 60_000 } as const;

/** Take one try of an access code for the tracking number, counted as wrong until handed back (the code was right). */
export const takeCodeAttempt = (ctx: RequestContext, trackingNumber: string): Promise<Release> =>
  take(ctx, `code:${trackingNumber}`, CODE_ATTEMPTS, 'too many wrong access codes for this tracking number');
