import { AppError, attemptStoreFromEnv, type AttemptStore, type RequestContext } from '@integrity/subgraph-kit';
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

export const rateLimited = (seconds: number) =>
  new AppError('RATE_LIMITED', 'RATE_LIMITED', `too many complaints from this address; try again in ${seconds} s`, {
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

const keyOf = (ctx: RequestContext) => `addr:${ctx.clientAddress ?? 'unknown'}`;

/** Refuse with RATE_LIMITED (retryAfter in seconds) while the caller's address has used up its complaints. */
export async function checkComplaintLimit(ctx: RequestContext): Promise<void> {
  const ms = await counted(ctx, storeOf(ctx.dataSource).lockedFor(keyOf(ctx)));
  if (ms > 0) {
    ctx.log.warn('complaint refused: address limit', { address: ctx.clientAddress });
    throw rateLimited(Math.ceil(ms / 1000));
  }
}

/** Count a complaint taken; the one that reaches the limit locks the address for the window. */
export async function countComplaint(ctx: RequestContext): Promise<void> {
  const { maxPerAddress, windowSeconds } = complaintLimitFromEnv();
  const windowMs = windowSeconds * 1000;
  await counted(
    ctx,
    storeOf(ctx.dataSource).fail(keyOf(ctx), windowMs, (n) => (n >= maxPerAddress ? windowMs : 0)),
  );
}

/** Wrong access codes per tracking number: five within 15 minutes lock it for 15 minutes. */
const CODE_ATTEMPTS = { max: 5, windowMs: 15 * 60_000 } as const;

export async function checkCodeAttempts(ctx: RequestContext, trackingNumber: string): Promise<void> {
  const ms = await counted(ctx, storeOf(ctx.dataSource).lockedFor(`code:${trackingNumber}`));
  if (ms > 0) throw rateLimited(Math.ceil(ms / 1000));
}

export async function failedCodeAttempt(ctx: RequestContext, trackingNumber: string): Promise<void> {
  await counted(
    ctx,
    storeOf(ctx.dataSource).fail(`code:${trackingNumber}`, CODE_ATTEMPTS.windowMs, (n) =>
      n >= CODE_ATTEMPTS.max ? CODE_ATTEMPTS.windowMs : 0,
    ),
  );
}
